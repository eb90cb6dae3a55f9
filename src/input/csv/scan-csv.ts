import { scanSlowRecord } from './scan-csv-slow.js';
import { CsvSyntaxError, emitRecord, growFields, INCOMPLETE, nulByteError, type CsvRecord, type RecordDelimiter, type SlowContext } from './csv-record.js';

/**
 * A byte-level RFC 4180 scanner: it finds the fields of each record without
 * decoding them, so the reader can decode only the columns it needs. It
 * follows csv-parse's reading of a file (as fairgate used it: a one-byte field
 * separator — `,` unless told otherwise: `;`, tab or `|` —, `"` quotes with `""` escapes, the record delimiter fixed by the first line
 * break outside quotes — CRLF, LF or CR —, other CR/LF bytes as field content,
 * blank lines skipped, every record as long as the header), which the
 * property tests check on generated files.
 *
 * Lines: a line break is LF, CRLF or a lone CR, wherever it appears; a
 * record's line is the line of its first byte, and an error names the line
 * where the problem is (where an unclosed quote opened, for instance).
 */
export interface CsvScanner {
  readonly delimiter: RecordDelimiter | null;
  /** the byte between fields */
  readonly separator: number;
  /** the line the next record starts on */
  readonly line: number;
  /**
   * Scans the records of buf[start, end) that start before `stopBefore` and
   * returns where the first record not scanned begins: an incomplete one (more
   * bytes needed), or the first at or after `stopBefore`. With `isLast`, the
   * end of the buffer ends the last record.
   */
  scan(buf: Buffer, start: number, end: number, isLast: boolean, stopBefore?: number): number;
}

export interface ScannerOptions {
  onRecord(record: CsvRecord): void;
  /** known from the file's start (worker threads); found by the scanner otherwise */
  delimiter?: RecordDelimiter | null;
  /** fields per record; the first record (the header) sets it otherwise */
  fieldCount?: number;
  line?: number;
  /** the bytes before the first one scanned end with a lone CR (a worker's range in a CR-delimited file) */
  isAfterCr?: boolean;
  /** the byte between fields (default `,`); see FIELD_SEPARATORS */
  separator?: number;
}

const SLOW = -2;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;

export function createCsvScanner(options: ScannerOptions): CsvScanner {
  const record: CsvRecord = { buf: Buffer.alloc(0), starts: new Int32Array(16), ends: new Int32Array(16), fieldCount: 0, hasQuoted: false, quoted: [], line: options.line ?? 1 };
  const ctx: SlowContext = {
    record,
    delimiter: options.delimiter ?? null,
    expected: options.fieldCount ?? -1,
    line: record.line,
    isAfterCr: options.isAfterCr ?? false,
    separator: options.separator ?? COMMA,
    emit: options.onRecord,
  };
  // Every byte above `above` is ordinary content: one comparison for most bytes, whatever the separator
  // (`"`, CR and LF are below it too). Kept in locals of fastRecord, the two are as cheap as literals.
  const separatorByte = ctx.separator;
  const aboveAll = Math.max(separatorByte, QUOTE);

  /** The common record: no quote, no stray CR/LF. Returns the next record's start, SLOW or INCOMPLETE. */
  const fastRecord = (buf: Buffer, rs: number, end: number, isLast: boolean): number => {
    const mode = ctx.delimiter;
    const sep = separatorByte;
    const above = aboveAll;
    let { starts, ends } = record;
    let pos = rs;
    let f = 0;
    let fs = rs;
    for (;;) {
      if (pos >= end) return isLast ? SLOW : INCOMPLETE;
      const c = buf[pos]!;
      if (c > above) {
        pos++;
        continue;
      }
      if (c === sep) {
        if (f === starts.length) ({ starts, ends } = growFields(record));
        starts[f] = fs;
        ends[f++] = pos;
        fs = ++pos;
        continue;
      }
      if (c > QUOTE) {
        pos++;
        continue;
      }
      let next: number;
      if (c === LF) {
        if (mode !== 'lf') return SLOW;
        next = pos + 1;
      } else if (c === CR) {
        if (mode === 'cr') {
          next = pos + 1;
          ctx.isAfterCr = true;
        }
        else if (mode !== 'crlf') return SLOW;
        else if (pos + 1 >= end) return isLast ? SLOW : INCOMPLETE;
        else if (buf[pos + 1] !== LF) return SLOW;
        else next = pos + 2;
      } else if (c === QUOTE || c === 0) return SLOW;
      else {
        pos++;
        continue;
      }
      if (pos > rs) {
        if (f === starts.length) ({ starts, ends } = growFields(record));
        starts[f] = fs;
        ends[f++] = pos;
        emitRecord(ctx, buf, f, false);
      }
      ctx.line += 1;
      return next;
    }
  };

  return {
    get delimiter() {
      return ctx.delimiter;
    },
    separator: separatorByte,
    get line() {
      return ctx.line;
    },
    scan(buf, start, end, isLast, stopBefore = Infinity) {
      let rs = start;
      while (rs < end && rs < stopBefore) {
        let next = ctx.delimiter === null ? SLOW : fastRecord(buf, rs, end, isLast);
        if (next === SLOW) next = scanSlowRecord(ctx, buf, rs, end, isLast);
        if (next === INCOMPLETE) return rs;
        rs = next;
      }
      return rs;
    },
  };
}
