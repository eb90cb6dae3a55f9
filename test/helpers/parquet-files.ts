import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/** The codecs DuckDB writes (its `lz4` is Parquet's LZ4_RAW); Parquet files in the tests are written by DuckDB. */
export const DUCKDB_CODECS = ['uncompressed', 'snappy', 'gzip', 'zstd', 'brotli', 'lz4'] as const;
export type DuckdbCodec = (typeof DUCKDB_CODECS)[number];

let connection: Promise<DuckDBConnection> | undefined;

/** One in-memory DuckDB for the test file (single-threaded: files are written in row order). */
export function duckdb(): Promise<DuckDBConnection> {
  connection ??= DuckDBInstance.create(':memory:', { threads: '1' }).then((db) => db.connect());
  return connection;
}

export const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Writes the rows of `select` to a Parquet file with DuckDB's COPY, with a
 * codec and, optionally, row groups of about `rowGroupSize` rows (DuckDB
 * writes at least 2048 rows per row group).
 */
export async function writeParquet(select: string, out: string, codec: DuckdbCodec = 'snappy', rowGroupSize?: number): Promise<void> {
  const c = await duckdb();
  const groups = rowGroupSize === undefined ? '' : `, ROW_GROUP_SIZE ${rowGroupSize}`;
  await c.run(`COPY (${select}) TO ${sqlString(out)} (FORMAT parquet, COMPRESSION ${codec}${groups})`);
}

/** A CSV file as Parquet: its columns typed as given (others as DuckDB infers them), empty cells as NULL. */
export async function csvToParquet(csv: string, out: string, codec: DuckdbCodec, types: Record<string, string> = {}, rowGroupSize?: number): Promise<void> {
  const typed = Object.keys(types).length === 0 ? '' : `, types = {${Object.entries(types).map(([k, t]) => `${sqlString(k)}: ${sqlString(t)}`).join(', ')}}`;
  await writeParquet(`SELECT * FROM read_csv(${sqlString(csv)}, header = true${typed})`, out, codec, rowGroupSize);
}
