import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parquetMetadataAsync, parquetSchema, type AsyncBuffer, type FileMetaData, type SchemaTree } from 'hyparquet';
import { UnreadableInputError } from '../csv/sniff-bytes.js';

/**
 * A Parquet file opened for reading: its footer (the metadata: schema, row
 * groups, column chunks) parsed by hyparquet, and its bytes read on demand
 * (only the column chunks of the columns read). A file that is not Parquet,
 * is cut short or has a damaged footer is an UnreadableInputError that says so.
 */
export interface ParquetFile {
  metadata: FileMetaData;
  /** the top-level columns, in the file's order */
  columns: SchemaTree[];
  file: AsyncBuffer;
  size: number;
  /** rows per row group, and the first row of each (0-based) */
  groupRows: number[];
  groupStarts: number[];
  close(): void;
}

const MAGIC = Buffer.from('PAR1');
const CUT_SHORT = 'is cut short or damaged: it does not end with the Parquet footer (the metadata and the 4 bytes PAR1 that close every Parquet file), as when a copy or an export stopped early; copy or export it again';

function readAt(fd: number, start: number, end: number): ArrayBuffer {
  const buf = Buffer.allocUnsafeSlow(end - start);
  let done = 0;
  while (done < buf.length) {
    const n = readSync(fd, buf, done, buf.length - done, start + done);
    if (n === 0) throw new UnreadableInputError(`the Parquet file ${CUT_SHORT}`);
    done += n;
  }
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length) as ArrayBuffer;
}

/** The file's first and last 4 bytes must be PAR1; an encrypted footer (PARE) is named as such. */
function checkMagic(fd: number, size: number): void {
  const head = Buffer.from(readAt(fd, 0, Math.min(4, size)));
  if (!head.equals(MAGIC)) throw new UnreadableInputError('this is not a Parquet file: it does not start with the 4 bytes PAR1; give the file a name that says its format (.csv, .jsonl) or export it as Parquet again');
  if (size < 12) throw new UnreadableInputError(`the Parquet file (${size} bytes) ${CUT_SHORT}`);
  const tail = Buffer.from(readAt(fd, size - 4, size));
  if (tail.toString('latin1') === 'PARE') throw new UnreadableInputError('the Parquet file is encrypted (its footer ends PARE), which fairgate cannot read; export it without encryption');
  if (!tail.equals(MAGIC)) throw new UnreadableInputError(`the Parquet file ${CUT_SHORT}`);
}

export async function openParquet(path: string): Promise<ParquetFile> {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    checkMagic(fd, size);
    const file: AsyncBuffer = { byteLength: size, slice: (start, end = size) => readAt(fd, start, end) };
    let metadata: FileMetaData;
    try {
      metadata = await parquetMetadataAsync(file);
    } catch (error) {
      if (error instanceof UnreadableInputError) throw error;
      throw new UnreadableInputError(`the Parquet footer (the file's metadata) cannot be read, so the file is damaged (${(error as Error).message}); export it again`);
    }
    const groupRows = metadata.row_groups.map((g) => Number(g.num_rows));
    let rows = 0;
    const groupStarts = groupRows.map((n) => (rows += n) - n);
    const columns = parquetSchema(metadata).children;
    return { metadata, columns, file, size, groupRows, groupStarts, close: () => closeSync(fd) };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
