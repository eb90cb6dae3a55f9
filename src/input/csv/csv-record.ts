/**
 * A scanned CSV record and what both scanner paths (the fast one in scan-csv.ts,
 * the general one in scan-csv-slow.ts) share: the record, the scanner state,
 * the syntax error, and how a record is checked and handed over.
 *
 * The record is also the one interface between every reader and the decoding
 * of cells: the JSON Lines scanner and the Parquet reader hand over the same
 * records (cells as bytes of a buffer, or as decoded text), so the tally, the
 * worker threads and every report work alike for each format.
 */
import { countOf } from '../../util/plural.js';

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
  /**
   * Typed readers (Parquet): field i's value when the reader holds it as a
   * number (not NaN), which a score is read from directly; its text is then
   * the number's shortest decimal (`fieldText`). NaN: the field is bytes or text as above.
   */
  numbers?: Float64Array;
  /**
   * Dictionary-encoded readers (Parquet): field i is entry `entries[i]` (−1:
   * none) of the list `dictionaries[i]`, a list whose identity stands for its
   * texts, so that a reader of many records may decode a cell once per entry
   * of a list instead of once per record. The field is read as above all the same.
   */
  entries?: Int32Array;
  dictionaries?: (readonly unknown[] | undefined)[];
}

/** The scanner's state that the general path reads and updates. */
export interface SlowContext {
  record: CsvRecord;
  delimiter: RecordDelimiter | null;
  /** fields per record, −1 until the header is read */
  expected: number;
  line: number;
  /** the last record ended with a lone CR (CR-delimited files): an LF right after it is part of that line break */
  isAfterCr: boolean;
  /** the byte between fields */
  separator: number;
  emit(record: CsvRecord): void;
}

/** Malformed CSV at a line, and in a field when one is at fault (the reader adds the file name and the column's name). */
export class CsvSyntaxError extends Error {
  /** the format as messages name it (`malformed CSV: …`) */
  readonly format: string = 'CSV';
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
  return new CsvSyntaxError(line, 'a NUL byte (0x00), which CSV text never contains: the file is binary, or text in an encoding other than UTF-8 (UTF-16 or UTF-32?); fairgate reads UTF-8 text (CSV, TSV, JSON Lines) and Parquet', field);
}

export const INCOMPLETE = -1;

/** Checks the field count, then hands the record over. */
export function emitRecord(ctx: SlowContext, buf: Buffer, fieldCount: number, hasQuoted: boolean): void {
  const { record } = ctx;
  if (ctx.expected < 0) ctx.expected = fieldCount;
  else if (fieldCount !== ctx.expected) throw fieldCountError(ctx.line, ctx.expected, fieldCount, ctx.separator);
  record.buf = buf;
  record.fieldCount = fieldCount;
  record.hasQuoted = hasQuoted;
  record.line = ctx.line;
  ctx.emit(record);
}

/** How messages name a separator byte: `a comma`, `a semicolon`, `a tab`, `a vertical bar`. */
export function separatorName(separator: number): string {
  return SEPARATOR_NAMES.get(separator) ?? `the separator ${JSON.stringify(String.fromCharCode(separator))}`;
}

const SEPARATOR_NAMES = new Map([
  [44, 'a comma'],
  [59, 'a semicolon'],
  [9, 'a tab'],
  [124, 'a vertical bar'],
]);

function fieldCountError(line: number, expected: number, found: number, separator: number): CsvSyntaxError {
  const example = separator === 9 ? '"a<tab>b"' : `"a${String.fromCharCode(separator)}b"`;
  const hint =
    found > expected
      ? `a value that contains ${separatorName(separator)} must be in double quotes (${example})`
      : 'check for a missing separator or a line break inside an unquoted value';
  return new CsvSyntaxError(line, `expected ${countOf(expected, 'fields')}, as in the header, but found ${found}; ${hint}`);
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
  const n = record.numbers?.[i];
  if (n !== undefined && n === n) return String(n);
  if (record.hasQuoted && record.quoted[i] != null) return record.quoted[i]!;
  return record.buf.toString('utf8', record.starts[i], record.ends[i]);
}
