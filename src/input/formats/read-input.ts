import { createWriteStream, mkdtempSync, openSync, closeSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InputError } from '../../model/errors.js';
import { scanCsv, toInputError, type InputSource, type ReadSummary } from '../csv/read-csv.js';
import { peek } from '../csv/raw-input.js';
import { rowLocated } from '../parquet/row-errors.js';
import { formatOfName, isParquetStart, type InputHandlers, type ReadFacts, type TextDialect } from './input-format.js';
import { chooseTextScanner, type TextScannerChoice } from './text-scanner.js';

export interface ReadInputOptions {
  dialect: TextDialect;
  /** bytes read so far (of the input as given) */
  onProgress?: (bytes: number) => void;
}

/** Whether a file is Parquet: by its first bytes (PAR1), or by its name (then a file that is not is refused as such). */
export function isParquetFile(file: string, name: string): boolean {
  if (formatOfName(name)?.format === 'parquet') return true;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    return isParquetStart(head.subarray(0, readSync(fd, head, 0, 4, 0)));
  } finally {
    closeSync(fd);
  }
}

/** Parquet needs its footer (at the end) first: standard input is copied to a private temporary file, removed afterwards. */
async function spooled<T>(chunks: AsyncIterable<Buffer>, read: (file: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-parquet-'));
  try {
    const file = path.join(dir, 'input.parquet');
    await pipeline(Readable.from(chunks), createWriteStream(file, { mode: 0o600 }));
    return await read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function readParquet(file: string, name: string, handlers: InputHandlers, options: ReadInputOptions): Promise<ReadSummary & { facts: ReadFacts }> {
  const facts: ReadFacts = { format: 'parquet', decimalComma: options.dialect.decimalComma ?? false };
  let header: string[] | undefined;
  try {
    // hyparquet and its decompressors are loaded only for Parquet input
    const { scanParquet } = await import('../parquet/read-parquet.js');
    const summary = await scanParquet(file, (names) => handlers.header((header = names), facts), options.onProgress && ((bytes) => options.onProgress!(bytes)));
    return { ...summary, facts };
  } catch (error) {
    throw rowLocated(toInputError(name, error, header));
  }
}

/**
 * One pass over an input of any format in this thread: Parquet (a file, or
 * standard input copied to a temporary file), or text — delimited (its
 * separator sniffed unless given) or JSON Lines —, gzip-compressed or not,
 * from a file or standard input. Every reader hands the same records over.
 */
export async function readInput(source: InputSource, handlers: InputHandlers, options: ReadInputOptions): Promise<ReadSummary & { facts: ReadFacts }> {
  let text = source;
  if (source.path !== undefined) {
    let isParquet: boolean;
    try {
      isParquet = isParquetFile(source.path, source.name);
    } catch (error) {
      throw toInputError(source.name, error);
    }
    if (isParquet) return readParquet(source.path, source.name, handlers, options);
  } else {
    const { head, chunks } = await peek(source.open(), 4);
    if (isParquetStart(head) || formatOfName(source.name)?.format === 'parquet') return spooled(chunks, (file) => readParquet(file, source.name, handlers, options));
    text = { name: source.name, open: () => Readable.from(chunks) };
  }
  let choice: TextScannerChoice | undefined;
  const summary = await scanCsv(
    text,
    {
      header(fields) {
        const sink = handlers.header(fields, choice!.facts()!);
        choice!.jsonl()?.setNeeded(sink.used);
        return sink.onRecord;
      },
    },
    { ...(options.onProgress ? { onProgress: options.onProgress } : {}), scannerFromHead: (onRecord) => (choice = chooseTextScanner(source.name, options.dialect, onRecord)).scannerFromHead },
  );
  const facts = choice?.facts();
  if (!facts) throw new InputError(source.name, undefined, 'the file is empty; expected a header line and rows');
  return { ...summary, facts };
}
