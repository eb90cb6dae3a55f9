import { CsvSyntaxError, type CsvRecord } from '../csv/csv-record.js';
import type { CsvScanner } from '../csv/scan-csv.js';
import { isBlankLine, ValueKind, walkObjectLine, type Member } from './json-object-line.js';
import { JsonValueError, stringText } from './json-values.js';

/**
 * JSON Lines (one JSON object per line, LF or CRLF) scanned into the same
 * records as CSV, so the tally reads it alike: each column is a key, and a
 * record's cell is the value's bytes — a string's content, a number or
 * `true`/`false` as written —, a string with escapes as its decoded text,
 * and an empty cell for `null` or a missing key (a missing value, as an
 * empty CSV cell). Values of columns the audit does not read are checked as
 * JSON but not decoded; a nested object or array is an error only in a
 * column the audit reads (`setNeeded`). Blank lines are skipped. A JSON
 * string cannot hold a raw line break, so every LF ends a record: worker
 * threads split a file at any LF.
 */

/** Malformed JSON Lines at a line (and in a column when one is at fault). */
export class JsonlSyntaxError extends CsvSyntaxError {
  override readonly format = 'JSON Lines';
}

export interface JsonlScannerOptions {
  onRecord(record: CsvRecord): void;
  /** the columns: the keys of the file's first objects (see jsonl-header.ts) */
  header: readonly string[];
  /** hand the header over as a first record (a single pass); worker threads know it already */
  isHeaderEmitted: boolean;
  line?: number;
}

export interface JsonlScanner extends CsvScanner {
  /** the columns the audit reads: a nested value there is an error */
  setNeeded(columns: ReadonlySet<number>): void;
}

export function createJsonlScanner(options: JsonlScannerOptions): JsonlScanner {
  const { header } = options;
  const n = header.length;
  const keyBytes = header.map((k) => Buffer.from(JSON.stringify(k)));
  const indexOfKey = new Map(header.map((k, i) => [k, i]));
  const record: CsvRecord = { buf: Buffer.alloc(0), starts: new Int32Array(n), ends: new Int32Array(n), fieldCount: n, hasQuoted: false, quoted: header.map(() => null), line: options.line ?? 1 };
  const seenIn = new Float64Array(n).fill(-1);
  let needed: ReadonlySet<number> = new Set();
  let line = record.line;
  let isHeaderPending = options.isHeaderEmitted;
  let buf = record.buf;
  let order = 0;

  /** The column of a member's key: the next column's when the keys come in the header's order (compared byte by byte), else looked up. */
  const columnOf = (m: Member): number => {
    const expected = keyBytes[order];
    if (!m.isKeyEscaped && expected !== undefined && expected.length === m.keyEnd - m.keyStart) {
      let k = 0;
      while (k < expected.length && buf[m.keyStart + k] === expected[k]) k++;
      if (k === expected.length) return order;
    }
    return indexOfKey.get(stringText(buf, m.keyStart, m.keyEnd, m.isKeyEscaped)) ?? -1;
  };

  const visit = (m: Member) => {
    const i = columnOf(m);
    order++;
    if (i < 0) return; // a key not among the columns is not read
    if (seenIn[i] === line) throw new JsonlSyntaxError(line, `key ${JSON.stringify(header[i])} appears twice in this object; give each column once per line`, i + 1);
    seenIn[i] = line;
    if (m.kind === ValueKind.Nested && needed.has(i)) {
      const what = buf[m.valueStart] === 123 ? 'an object' : 'an array';
      throw new JsonlSyntaxError(line, `the value is ${what}; fairgate reads strings, numbers, true, false and null in the columns it audits: flatten it in the export`, i + 1);
    }
    const isString = m.kind === ValueKind.String;
    record.starts[i] = isString ? m.valueStart + 1 : m.valueStart;
    record.ends[i] = m.kind === ValueKind.Null ? m.valueStart : isString ? m.valueEnd - 1 : m.valueEnd;
    if (m.isEscaped) {
      record.quoted[i] = stringText(buf, m.valueStart, m.valueEnd, true);
      record.hasQuoted = true;
    }
  };

  const emitHeader = () => {
    isHeaderPending = false;
    const names: CsvRecord = { buf, starts: new Int32Array(n), ends: new Int32Array(n), fieldCount: n, hasQuoted: true, quoted: [...header], line };
    options.onRecord(names);
  };

  const scanLine = (from: number, to: number) => {
    if (isBlankLine(buf, from, to)) return;
    record.starts.fill(0);
    record.ends.fill(0);
    if (record.hasQuoted) record.quoted.fill(null);
    record.hasQuoted = false;
    order = 0;
    try {
      // The header first (the consumer then says which columns it reads), but only once the
      // first line is known to be an object: a first line that is not is reported as such.
      if (isHeaderPending) {
        walkObjectLine(buf, from, to, () => undefined);
        emitHeader();
      }
      walkObjectLine(buf, from, to, visit);
    } catch (error) {
      if (error instanceof JsonValueError) throw new JsonlSyntaxError(line, error.message);
      throw error;
    }
    record.buf = buf;
    record.line = line;
    options.onRecord(record);
  };

  return {
    delimiter: 'lf',
    separator: 44,
    get line() {
      return line;
    },
    setNeeded(columns) {
      needed = columns;
    },
    scan(chunk, start, end, isLast, stopBefore = Infinity) {
      buf = chunk;
      let rs = start;
      while (rs < end && rs < stopBefore) {
        let lf = chunk.indexOf(10, rs);
        if (lf < 0 || lf >= end) {
          if (!isLast) return rs;
          lf = end;
        }
        scanLine(rs, lf);
        line++;
        rs = Math.min(lf + 1, end);
      }
      return rs;
    },
  };
}
