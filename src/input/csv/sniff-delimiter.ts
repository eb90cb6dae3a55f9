import type { FieldDelimiter } from '../../model/config.js';
import { UnreadableInputError } from './sniff-bytes.js';

/**
 * Which byte separates the fields of a delimited text file, found from its
 * header and first records when the user did not say: each candidate is
 * counted outside double quotes on every record of the first bytes; a
 * candidate that appears in the header and splits every sampled record into
 * as many fields as the header is consistent. One consistent candidate is the
 * answer; two are ambiguous (an error that asks for --delimiter); none means
 * a malformed file, read with the candidate that splits the header most (so
 * the scanner names the record at fault) or with `,`.
 */

/** The separators fairgate reads, in the order of preference of the sniffer. */
export type FieldSeparator = FieldDelimiter;
export const FIELD_SEPARATORS: readonly FieldSeparator[] = [',', ';', '\t', '|'];

/** The first bytes looked at (after a byte order mark). */
export const DELIMITER_SNIFF_BYTES = 1 << 16;
/** Records after the header looked at, at most. */
const SAMPLE_RECORDS = 100;

/** A separator as messages and flags write it: `tab` for the tab. */
export function separatorLabel(separator: string): string {
  return separator === '\t' ? 'tab' : `'${separator}'`;
}

/** The records of the head (the last one only when complete), each with its count of each candidate outside quotes. */
function sampleRecords(head: Uint8Array, isLast: boolean): { text: string; counts: number[] }[] {
  const records: { text: string; counts: number[] }[] = [];
  const codes = FIELD_SEPARATORS.map((s) => s.charCodeAt(0));
  let counts = codes.map(() => 0);
  let isQuoted = false;
  let from = 0;
  const close = (to: number) => {
    if (to > from) records.push({ text: Buffer.from(head.buffer, head.byteOffset + from, to - from).toString('utf8'), counts });
    counts = codes.map(() => 0);
  };
  for (let i = 0; i < head.length && records.length <= SAMPLE_RECORDS; i++) {
    const c = head[i]!;
    if (c === 34) isQuoted = !isQuoted; // a doubled quote toggles twice
    else if (isQuoted) continue;
    else if (c === 10 || c === 13) {
      close(i);
      from = i + 1;
    } else {
      const k = codes.indexOf(c);
      if (k >= 0) counts[k]! += 1;
    }
  }
  if (isLast && records.length <= SAMPLE_RECORDS) close(head.length);
  return records.slice(0, SAMPLE_RECORDS + 1);
}

/** The fields of a record's text split at `separator` outside quotes, quotes removed. */
function fieldsOf(text: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let isQuoted = false;
  for (const ch of text) {
    if (ch === '"') isQuoted = !isQuoted;
    else if (ch === separator && !isQuoted) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  return [...fields, field];
}

const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;
const DECIMAL_POINT = /^[+-]?\d*\.\d+$/;

/** Decimal commas: some sampled value is a number written with one (`0,82`) and none with a decimal point. */
function hasDecimalCommas(records: readonly { text: string }[], separator: string): boolean {
  const values = records.slice(1).flatMap((r) => fieldsOf(r.text, separator).map((v) => v.trim()));
  return values.some((v) => DECIMAL_COMMA.test(v)) && !values.some((v) => DECIMAL_POINT.test(v));
}

export interface DelimiterChoice {
  separator: FieldSeparator;
  decimalComma: boolean;
  /** what was found rather than given (for the one-line notice), with the records it was found from */
  sniffed: { separator: boolean; decimalComma: boolean; records: number };
}

/**
 * The separator and decimal mark of a delimited text from its first bytes:
 * those given are kept; the others are found. Decimal commas are looked for
 * only in files whose separator is not a comma.
 */
export function chooseDelimiter(head: Uint8Array, isLast: boolean, given: { separator: FieldSeparator | null; decimalComma: boolean | null }): DelimiterChoice {
  const records = sampleRecords(head, isLast);
  const separator = given.separator ?? sniffSeparator(records);
  const decimalComma = given.decimalComma ?? (separator !== ',' && hasDecimalCommas(records, separator));
  return {
    separator,
    decimalComma,
    sniffed: { separator: given.separator === null && separator !== ',', decimalComma: given.decimalComma === null && decimalComma, records: Math.max(0, records.length - 1) },
  };
}

function sniffSeparator(records: readonly { counts: number[] }[]): FieldSeparator {
  const header = records[0]?.counts ?? FIELD_SEPARATORS.map(() => 0);
  const consistent = FIELD_SEPARATORS.filter((_, k) => header[k]! > 0 && records.every((r) => r.counts[k] === header[k]));
  if (consistent.length > 1) throw ambiguous(consistent, header, records.length - 1);
  let widest: FieldSeparator = ',';
  FIELD_SEPARATORS.forEach((s, k) => {
    if (header[k]! > header[FIELD_SEPARATORS.indexOf(widest)]!) widest = s;
  });
  return consistent[0] ?? widest;
}

/** `the first record`, `the first 100 records` */
const firstRecords = (n: number) => (n === 1 ? 'the first record' : `the first ${n} records`);

function ambiguous(candidates: readonly FieldSeparator[], header: readonly number[], records: number): UnreadableInputError {
  const splits = candidates.map((s) => `${separatorLabel(s)} into ${header[FIELD_SEPARATORS.indexOf(s)]! + 1} fields`).join(', ');
  return new UnreadableInputError(
    `cannot tell which separator the fields use: the header and ${firstRecords(records)} split evenly at more than one (${splits}); say which with --delimiter (',', ';', tab or '|')`,
  );
}

/** The one-line notice of what was found, or undefined when nothing was (a comma, or everything given). */
export function delimiterNotice(choice: DelimiterChoice): string | undefined {
  const { sniffed } = choice;
  if (!sniffed.separator && !sniffed.decimalComma) return undefined;
  const what = [sniffed.separator ? `${separatorLabel(choice.separator)}-separated` : '', sniffed.decimalComma ? 'with decimal commas (0,5)' : ''].filter(Boolean).join(' ');
  const flags = [sniffed.separator ? `--delimiter ${choice.separator === '\t' ? 'tab' : `'${choice.separator}'`}` : '', sniffed.decimalComma ? '--decimal-comma' : ''].filter(Boolean).join(' ');
  return `read as ${what}, as the header and ${firstRecords(sniffed.records)} show; ${flags} says so and skips this note`;
}
