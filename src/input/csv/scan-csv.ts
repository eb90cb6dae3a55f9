import { scanSlowRecord, type SlowContext } from './scan-csv-slow.js';

/**
 * A byte-level RFC 4180 scanner: it finds the fields of each record without
 * decoding them, so the reader can decode only the columns it needs. It
 * follows csv-parse's reading of a file (as fairgate used it: `,` separator,
 * `"` quotes with `""` escapes, the record delimiter fixed by the first line
 * break outside quotes — CRLF, LF or CR —, other CR/LF bytes as field content,
 * blank lines skipped, every record as long as the header), which the
 * property tests check on generated files.
 *
 * Lines: a line break is LF, CRLF or a lone CR, wherever it appears; a
 * record's line is the line of its first byte, and an error names the line
 * where the problem is (where an unclosed quote opened, for instance).
 */
export type RecordDelimiter = 'lf' | 'crlf' | 'cr';

/** One record, valid only during the `onRecord` call. */
export interface CsvRecord {
  buf: Buffer;
  /** field i is bytes [starts[i], ends[i]) of buf — or `quoted[i]`, its decoded text, when hasQuoted and not null */
  starts: Int32Array;
  ends: Int32Array;
  fieldCount: number;
  hasQuoted: boolean;
  quoted: (string | null)[];
  /** 1-based line of the record's first byte */
  line: number;
}

/** Malformed CSV at a line, and in a field when one is at fault (the reader adds the file name and the column's name). */
export class CsvSyntaxError extends Error {
  readonly line: number;
  /** 1-based position of the field at fault in its record */
  readonly field: number | undefined;
  constructor(line: number, message: string, field?: number) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.line = line;
    this.field = field;
  }
}

/** A NUL byte in field `field` of a record on `line`: never part of CSV text. */
export function nulByteError(line: number, field: number): CsvSyntaxError {
  return new CsvSyntaxError(line, 'a NUL byte (0x00), which CSV text never contains: the file is binary, or text in an encoding other than UTF-8 (UTF-16 or UTF-32?); fairgate reads comma-separated UTF-8 text', field);
}

export interface CsvScanner {
  readonly delimiter: RecordDelimiter | null;
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
}

export const INCOMPLETE = -1;
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
    emit: options.onRecord,
  };

  /** The common record: no quote, no stray CR/LF. Returns the next record's start, SLOW or INCOMPLETE. */
  const fastRecord = (buf: Buffer, rs: number, end: number, isLast: boolean): number => {
    const mode = ctx.delimiter;
    let { starts, ends } = record;
    let pos = rs;
    let f = 0;
    let fs = rs;
    for (;;) {
      if (pos >= end) return isLast ? SLOW : INCOMPLETE;
      const c = buf[pos]!;
      if (c > COMMA) {
        pos++;
        continue;
      }
      if (c === COMMA) {
        if (f === starts.length) ({ starts, ends } = growFields(record));
        starts[f] = fs;
        ends[f++] = pos;
        fs = ++pos;
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

/** Checks the field count, then hands the record over. */
export function emitRecord(ctx: SlowContext, buf: Buffer, fieldCount: number, hasQuoted: boolean): void {
  const { record } = ctx;
  if (ctx.expected < 0) ctx.expected = fieldCount;
  else if (fieldCount !== ctx.expected) throw fieldCountError(ctx.line, ctx.expected, fieldCount);
  record.buf = buf;
  record.fieldCount = fieldCount;
  record.hasQuoted = hasQuoted;
  record.line = ctx.line;
  ctx.emit(record);
}

function fieldCountError(line: number, expected: number, found: number): CsvSyntaxError {
  const hint =
    found > expected
      ? 'a value that contains a comma must be in double quotes ("a,b")'
      : 'check for a missing separator or a line break inside an unquoted value';
  return new CsvSyntaxError(line, `expected ${expected} fields, as in the header, but found ${found}; ${hint}`);
}

export function growFields(record: CsvRecord): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(2 * record.starts.length);
  const ends = new Int32Array(2 * record.ends.length);
  starts.set(record.starts);
  ends.set(record.ends);
  record.starts = starts;
  record.ends = ends;
  return record;
}

/** A field's text (decoded UTF-8, quotes removed); for headers and slow paths. */
export function fieldText(record: CsvRecord, i: number): string {
  if (record.hasQuoted && record.quoted[i] != null) return record.quoted[i]!;
  return record.buf.toString('utf8', record.starts[i], record.ends[i]);
}
