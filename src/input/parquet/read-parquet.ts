import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { CsvRecord } from '../csv/csv-record.js';
import { UnreadableInputError } from '../csv/sniff-bytes.js';
import { parquetColumn, unsupportedColumnMessage, type ParquetColumn } from './parquet-columns.js';
import { openParquet, type ParquetFile } from './parquet-file.js';
import { readRowGroups, type GroupPlan } from './parquet-records.js';

/** What the consumer of a Parquet file's records reads (see RecordSink in input/formats). */
export interface ParquetSink {
  onRecord(record: CsvRecord): void;
  used: ReadonlySet<number>;
  numeric: ReadonlySet<number>;
  sampleRows: number;
}

/** The plan of a read: the needed columns (an unsupported one is an error here), and the text columns sampled for advice. */
export function groupPlan(columns: readonly ParquetColumn[], sink: ParquetSink, isFirst: boolean): GroupPlan {
  const read = [...sink.used].sort((a, b) => a - b);
  const bad = read.map((i) => columns[i]!).find((c) => c.kind === 'unsupported');
  if (bad) throw new UnreadableInputError(unsupportedColumnMessage(bad));
  const sample = isFirst ? columns.flatMap((c, i) => (c.kind === 'text' && !sink.used.has(i) ? [i] : [])) : [];
  const numeric = new Set(read.filter((i) => sink.numeric.has(i) && (columns[i]!.kind === 'number' || columns[i]!.kind === 'float32')));
  return { columns, read, numeric, sample, sampleRows: sink.sampleRows };
}

export const parquetColumns = (pq: ParquetFile): ParquetColumn[] => pq.columns.map(parquetColumn);

/** Compressed bytes of a row group (progress is counted in the file's bytes). */
export function groupBytes(pq: ParquetFile, g: number): number {
  return pq.metadata.row_groups[g]!.columns.reduce((sum, c) => sum + Number(c.meta_data?.total_compressed_size ?? 0n), 0);
}

/** SHA-256 of a file, read in order (the report's provenance). */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** One pass over every row group in this thread: the header to `header`, every row to its sink. */
export async function scanParquet(path: string, header: (names: string[]) => ParquetSink, onProgress?: (bytes: number, rows: number) => void): Promise<{ sha256: string; bytes: number }> {
  const pq = await openParquet(path);
  try {
    const columns = parquetColumns(pq);
    const sink = header(columns.map((c) => c.name));
    const plan = groupPlan(columns, sink, true);
    let bytes = 0;
    let rows = 0;
    let g = 0;
    await readRowGroups(pq, 0, pq.groupRows.length, plan, sink.onRecord, (n) => {
      bytes += groupBytes(pq, g++);
      rows += n;
      onProgress?.(bytes, rows);
    });
    return { sha256: await hashFile(path), bytes: pq.size };
  } finally {
    pq.close();
  }
}
