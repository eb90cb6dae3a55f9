import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { InputError, type ColumnRef } from '../../model/errors.js';
import { createCsvChunkReader, type ChunkReaderOptions, type CsvChunkReader } from './csv-reader.js';
import { isZlibError, openRawInput, pumpCompressed } from './raw-input.js';
import { UnreadableInputError } from './sniff-bytes.js';
import { CsvSyntaxError, fieldText, type CsvRecord } from './csv-record.js';

/** Where the rows come from: a file or standard input, opened lazily. */
export interface InputSource {
  /** shown in messages and the report: the path as given, or `-` for standard input */
  name: string;
  open(): Readable;
  /** the absolute path when the input is a file: read directly, and in parallel when large */
  path?: string;
}

export interface CsvHandlers {
  /** the first record; may throw (e.g. a missing column) */
  header(fields: string[]): void;
  /** every further record with its 1-based line number in the file */
  record(fields: string[], line: number): void;
  /** optional: bytes read so far, after each chunk (drives the CLI's progress bar) */
  progress?(bytes: number): void;
}

/** The header's fields in, the handler of every further record out. */
export type RecordHandlers = { header(fields: string[]): (record: CsvRecord) => void };

export interface ReadSummary {
  sha256: string;
  bytes: number;
}

export interface ReadOptions {
  /** bytes read so far, called every few MB (a progress bar plugs in here) */
  onProgress?: (bytes: number) => void;
  /** the scanner from the first bytes (the separator sniffed, or JSON Lines); a comma CSV scanner without it */
  scannerFromHead?: (onRecord: (record: CsvRecord) => void) => ChunkReaderOptions['scannerFromHead'];
}

/** Field `field` (1-based) with its header name, for an error's location. */
export function columnRef(field: number | undefined, header: readonly string[] | undefined): { column?: ColumnRef } {
  if (field === undefined) return {};
  const name = header?.[field - 1];
  return { column: name === undefined ? { number: field } : { number: field, name } };
}

/** A reading error as an InputError naming the file (and line and column where known); unknown errors as they are. */
export function toInputError(file: string, error: unknown, header?: readonly string[]): unknown {
  if (error instanceof InputError) return error;
  if (error instanceof CsvSyntaxError) return new InputError(file, error.line, `malformed ${error.format}: ${error.message}`, { cause: error, ...columnRef(error.field, header) });
  if (error instanceof UnreadableInputError) return new InputError(file, error.line, error.message, { cause: error });
  if (isZlibError(error)) {
    return new InputError(file, undefined, `the gzip data is damaged or cut short (zlib: ${error.message}); check it with gzip -t and compress the original again`, { cause: error });
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new InputError(file, undefined, 'file not found; check the path (use - to read standard input)', { cause: error });
  if (code === 'EISDIR') return new InputError(file, undefined, 'is a directory; give a CSV file', { cause: error });
  if (code === 'EACCES') return new InputError(file, undefined, 'permission denied reading the file', { cause: error });
  if (code === 'ENOTDIR') return new InputError(file, undefined, 'a part of the path is a file, not a folder; check the path', { cause: error });
  if (code === 'ELOOP') return new InputError(file, undefined, 'the path has a loop of symbolic links; check the path', { cause: error });
  if (code === 'ENAMETOOLONG') return new InputError(file, undefined, 'a name in the path is too long; check the path', { cause: error });
  // any other refusal of the system (EIO, EMFILE, …) is about this input, not a bug
  if (code !== undefined && (error as NodeJS.ErrnoException).syscall !== undefined) return new InputError(file, undefined, `cannot read it (${code})`, { cause: error });
  return error;
}

/** Records to the handlers: the first one as header strings, every other one as a scanned record. */
export function recordDispatcher(handlers: RecordHandlers): { onRecord(record: CsvRecord): void; hasHeader(): boolean; header(): string[] | undefined } {
  let onData: ((record: CsvRecord) => void) | undefined;
  let header: string[] | undefined;
  return {
    onRecord(record) {
      if (onData) onData(record);
      else {
        header = Array.from({ length: record.fieldCount }, (_, i) => fieldText(record, i));
        onData = handlers.header(header);
      }
    },
    hasHeader: () => onData !== undefined,
    header: () => header,
  };
}

async function pumpFile(path: string, reader: CsvChunkReader, hash: ReturnType<typeof createHash>): Promise<number> {
  const handle = await open(path, 'r');
  let bytes = 0;
  try {
    for (;;) {
      const room = reader.space(1 << 18);
      const { bytesRead } = await handle.read(room.buf, room.offset, Math.min(room.length, 1 << 20), null);
      if (bytesRead === 0) return bytes;
      hash.update(room.buf.subarray(room.offset, room.offset + bytesRead));
      bytes += bytesRead;
      reader.commit(bytesRead);
    }
  } finally {
    await handle.close();
  }
}

async function pumpStream(stream: AsyncIterable<Buffer>, reader: CsvChunkReader, hash: ReturnType<typeof createHash>): Promise<number> {
  let bytes = 0;
  for await (const chunk of stream) {
    hash.update(chunk);
    bytes += chunk.length;
    reader.push(chunk);
  }
  return bytes;
}

/**
 * Streams a CSV once through the byte scanner (scan-csv.ts), hashing the raw
 * bytes for the report's provenance. Accepts a UTF-8 BOM and CRLF, LF or CR
 * line endings; skips blank lines; a record with a different number of
 * fields than the header is an error. gzip input (a file or standard input)
 * is decompressed on the way, in one thread; its SHA-256 and size are those
 * of the compressed bytes, the input as given.
 */
export async function scanCsv(source: InputSource, handlers: RecordHandlers, options: ReadOptions = {}): Promise<ReadSummary> {
  const hash = createHash('sha256');
  const dispatch = recordDispatcher(handlers);
  let bytes: number;
  try {
    const raw = await openRawInput(source);
    const scannerFromHead = options.scannerFromHead?.(dispatch.onRecord);
    const reader = createCsvChunkReader({ onRecord: dispatch.onRecord, onProgress: raw.isGzip ? undefined : options.onProgress, ...(scannerFromHead ? { scannerFromHead } : {}) });
    if (raw.isGzip) bytes = await pumpCompressed(raw.chunks!, reader, hash, options.onProgress);
    else bytes = raw.chunks ? await pumpStream(raw.chunks, reader, hash) : await pumpFile(source.path!, reader, hash);
    reader.end();
  } catch (error) {
    throw toInputError(source.name, error, dispatch.header());
  }
  if (!dispatch.hasHeader()) throw new InputError(source.name, undefined, 'the file is empty; expected a header line and rows');
  return { sha256: hash.digest('hex'), bytes };
}

/** The same pass with every field as a string (for small inputs and tools). */
export function readCsv(source: InputSource, handlers: CsvHandlers): Promise<ReadSummary> {
  return scanCsv(
    source,
    {
      header(fields) {
        handlers.header(fields);
        return (r) => handlers.record(Array.from({ length: r.fieldCount }, (_, i) => fieldText(r, i)), r.line);
      },
    },
    handlers.progress ? { onProgress: handlers.progress } : {},
  );
}
