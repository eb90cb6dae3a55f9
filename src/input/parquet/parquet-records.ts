import { parquetScan, type DecodedArray, type ParquetParsers } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { CsvRecord } from '../csv/csv-record.js';
import { UnreadableInputError } from '../csv/sniff-bytes.js';
import { readFlatColumn, type FlatColumn } from './flat-column.js';
import { rowGroupCells, textOf, type CellBuffers } from './parquet-cells.js';
import type { ParquetColumn } from './parquet-columns.js';
import type { ParquetFile } from './parquet-file.js';

/**
 * Row groups of a Parquet file into records, one row group at a time (the
 * memory of one row group's needed columns): each needed column is read by
 * hyparquet (decompressed with hyparquet-compressors: snappy, gzip, zstd,
 * brotli, lz4), then the rows are handed over as records whose cells are
 * text (`quoted`) or, for the columns read as numbers, the number itself.
 * A null is an empty cell (missing). A record's `line` is its row number + 1
 * (row 1 is line 2, as if a header were line 1); errors speak of rows.
 */
export interface GroupPlan {
  columns: readonly ParquetColumn[];
  /** header positions of the columns read for every row */
  read: readonly number[];
  /** of those, the ones read as numbers (the score) */
  numeric: ReadonlySet<number>;
  /** text columns read for the file's first `sampleRows` rows only (the identifier-column advice) */
  sample: readonly number[];
  sampleRows: number;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });
const PARSERS: Partial<ParquetParsers> = {
  stringFromBytes: (bytes) => bytes && fatalUtf8.decode(bytes),
  dateFromDays: (days) => new Date(days * 86_400_000).toISOString().slice(0, 10),
  timestampFromMilliseconds: (ms) => new Date(Number(ms)).toISOString(),
  timestampFromMicroseconds: (us) => new Date(Number(us / 1000n)).toISOString(),
  timestampFromNanoseconds: (ns) => new Date(Number(ns / 1_000_000n)).toISOString(),
};

function readError(error: unknown, column: string, group: number, groups: number): UnreadableInputError {
  const message = (error as Error).message ?? String(error);
  if ((error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
    return new UnreadableInputError(`column "${column}" holds bytes that are not UTF-8 text (row group ${group + 1} of ${groups}); Parquet strings are UTF-8: write the column again as text, or as binary if it is not text`);
  }
  const codec = /unsupported compression codec: (\w+)/.exec(message);
  if (codec) return new UnreadableInputError(`the file is compressed with ${codec[1]}, which fairgate cannot decompress; write it again with snappy, zstd, gzip, brotli or lz4`);
  return new UnreadableInputError(`row group ${group + 1} of ${groups}, column "${column}" cannot be read, so the file is damaged (${message}); export it again`);
}

/** Reads row groups [from, to) of the file into `onRecord`, calling `onGroup` after each. */
export async function readRowGroups(pq: ParquetFile, from: number, to: number, plan: GroupPlan, onRecord: (record: CsvRecord) => void, onGroup?: (rows: number) => void): Promise<void> {
  const n = plan.columns.length;
  const names = [...plan.read, ...plan.sample].map((i) => plan.columns[i]!.name);
  const scan = await parquetScan({ file: pq.file, metadata: pq.metadata, columns: names, compressors, parsers: PARSERS, useOffsetIndex: false });
  const record: CsvRecord = { buf: Buffer.alloc(0), starts: new Int32Array(n), ends: new Int32Array(n), fieldCount: n, hasQuoted: true, quoted: new Array<string | null>(n).fill(null), line: 0, numbers: new Float64Array(n).fill(NaN) };
  const entries = (record.entries = new Int32Array(n).fill(-1));
  const dictionaries = (record.dictionaries = new Array<readonly unknown[] | undefined>(n).fill(undefined));
  const caches = plan.columns.map(() => new Map<unknown, string>());
  const floats = new Map<number, number>();
  const groups = pq.groupRows.length;
  const buffers = plan.read.map((): CellBuffers => ({ text: [], numbers: undefined, entries: undefined }));
  const flats = plan.read.map((): FlatColumn => ({ dictionary: undefined, entries: new Int32Array(0), values: [] }));
  const read = async (i: number, g: number, rowStart: number, rowEnd: number, into?: FlatColumn): Promise<DecodedArray | FlatColumn> => {
    try {
      // a flat column's whole row group page by page; any other (or a page the fast path cannot place) as hyparquet reads it
      const flat = into && (await readFlatColumn(pq, g, plan.columns[i]!.name, PARSERS, compressors, into).catch(() => undefined));
      if (flat) return flat;
      return await scan.readColumn({ column: plan.columns[i]!.name, rowStart, rowEnd });
    } catch (error) {
      throw readError(error, plan.columns[i]!.name, g, groups);
    }
  };
  for (let g = from; g < to; g++) {
    const rowStart = pq.groupStarts[g]!;
    const rows = pq.groupRows[g]!;
    const data: (DecodedArray | FlatColumn)[] = [];
    for (const [k, i] of plan.read.entries()) data.push(await read(i, g, rowStart, rowStart + rows, flats[k]!));
    const sampleEnd = Math.min(rows, Math.max(0, plan.sampleRows - rowStart));
    const samples: DecodedArray[] = [];
    for (const i of sampleEnd > 0 ? plan.sample : []) samples.push((await read(i, g, rowStart, rowStart + sampleEnd)) as DecodedArray);
    // column by column first (one type per loop), then the rows
    const cells = plan.read.map((i, k) => rowGroupCells(data[k]!, plan.columns[i]!, plan.numeric.has(i), caches[i]!, floats, buffers[k]!));
    plan.read.forEach((i, k) => {
      dictionaries[i] = cells[k]!.entries && cells[k]!.text;
      entries[i] = -1;
    });
    for (let r = 0; r < rows; r++) {
      for (let k = 0; k < cells.length; k++) {
        const i = plan.read[k]!;
        const { text, numbers, entries: rowEntries } = cells[k]!;
        // a dictionary's cells: row r is entry e of the column's texts (a null or an entry out of range: an empty cell)
        const e = rowEntries === undefined ? r : rowEntries[r]!;
        const cell = e >= 0 ? text[e] : undefined;
        if (rowEntries !== undefined) entries[i] = cell === undefined ? -1 : e;
        record.quoted[i] = cell ?? (rowEntries === undefined ? null : '');
        record.numbers![i] = numbers === undefined || cell === undefined ? NaN : numbers[e]!;
      }
      if (r < sampleEnd) plan.sample.forEach((i, k) => (record.quoted[i] = textOf(samples[k]![r], caches[i]!)));
      else if (r === sampleEnd) plan.sample.forEach((i) => (record.quoted[i] = null));
      record.line = rowStart + r + 2;
      onRecord(record);
    }
    onGroup?.(rows);
  }
}
