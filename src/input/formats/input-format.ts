import type { CsvRecord } from '../csv/csv-record.js';
import type { FieldSeparator } from '../csv/sniff-delimiter.js';

/**
 * The formats fairgate reads, and how an input's format is found: by the
 * name's extension when it says (`.parquet`, `.jsonl`/`.ndjson`, `.tsv`,
 * with `.gz` after a text one), else by the first bytes — Parquet's magic
 * number `PAR1`, a `{` first for JSON Lines, delimited text otherwise (whose
 * separator is then sniffed, see sniff-delimiter.ts).
 */
export type InputFormat = 'csv' | 'jsonl' | 'parquet';

/** How delimited text is read: each null is found from the first bytes. */
export interface TextDialect {
  delimiter: FieldSeparator | null;
  decimalComma: boolean | null;
}

/** How an input was read, as the tally needs it (the decimal mark) and the CLI tells it (the notice). */
export interface ReadFacts {
  format: InputFormat;
  /** scores (and outcomes) are written with a decimal comma */
  decimalComma: boolean;
  /** a one-line notice of what was detected rather than given (a separator other than `,`, decimal commas) */
  notice?: string;
}

/** What the extension says, or undefined when the first bytes decide (`.csv`, no extension, standard input). */
export function formatOfName(name: string): { format: InputFormat; delimiter?: FieldSeparator } | undefined {
  const lower = name.toLowerCase().replace(/\.gz$/, '');
  if (lower.endsWith('.parquet') || lower.endsWith('.parq')) return { format: 'parquet' };
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return { format: 'jsonl' };
  if (lower.endsWith('.tsv') || lower.endsWith('.tab')) return { format: 'csv', delimiter: '\t' };
  return undefined;
}

/** Parquet's magic number, at the start (and end) of every Parquet file. */
export const PARQUET_MAGIC = Buffer.from('PAR1');

export function isParquetStart(head: Uint8Array): boolean {
  return head.length >= 4 && PARQUET_MAGIC.equals(head.subarray(0, 4));
}

/** Where a reader's records go, and what of them the consumer reads. */
export interface RecordSink {
  onRecord(record: CsvRecord): void;
  /** header positions the consumer reads (a nested JSON value or an unsupported Parquet column is an error only there) */
  used: ReadonlySet<number>;
  /** of those, the ones read as numbers (a Parquet number then reaches them as a number, not text) */
  numeric: ReadonlySet<number>;
  /** the first rows whose other cells the consumer looks at too (the identifier-column advice) */
  sampleRows: number;
}

/** The header (column names) and how the input is read → the sink of every record. */
export interface InputHandlers {
  header(fields: string[], facts: ReadFacts): RecordSink;
}
