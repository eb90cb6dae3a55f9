import type { AuditConfig } from '../../model/config.js';
import { toInputError } from '../csv/read-csv.js';
import { isParquetFile } from '../formats/read-input.js';
import { tallyFile, type FileTallyRun } from './tally-file.js';

/** A data file in parallel, by its format: row groups of Parquet, byte ranges of text; undefined when one thread should read it. */
export async function tallyDataFile(config: Readonly<AuditConfig>, file: string, path: string, options: Parameters<typeof tallyFile>[3]): Promise<FileTallyRun | undefined> {
  let isParquet: boolean;
  try {
    isParquet = isParquetFile(path, file);
  } catch (error) {
    throw toInputError(file, error);
  }
  if (!isParquet) return tallyFile(config, file, path, options);
  // hyparquet and its decompressors are loaded only for Parquet input
  return (await import('./parquet-tally.js')).tallyParquetFile(config, file, path, options);
}
