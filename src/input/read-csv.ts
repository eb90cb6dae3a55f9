import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, CsvError } from 'csv-parse';
import { InputError } from '../errors.js';

/** Where the rows come from: a file or standard input, opened lazily. */
export interface InputSource {
  /** shown in messages and the report: the path as given, or `-` for standard input */
  name: string;
  open(): Readable;
}

export interface CsvHandlers {
  /** the first record; may throw (e.g. a missing column) */
  header(fields: string[]): void;
  /** every further record with its 1-based line number in the file */
  record(fields: string[], line: number): void;
  /** optional: bytes read so far, after each chunk (drives the CLI's progress bar) */
  progress?(bytes: number): void;
}

export interface ReadSummary {
  sha256: string;
  bytes: number;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

function hashingPassThrough(hash: ReturnType<typeof createHash>, counter: { bytes: number }, progress?: (bytes: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      counter.bytes += chunk.length;
      progress?.(counter.bytes);
      callback(null, chunk);
    },
  });
}

function toInputError(file: string, error: unknown): unknown {
  if (error instanceof InputError) return error;
  if (error instanceof CsvError) {
    const line = (error as CsvError & { lines?: number }).lines;
    return new InputError(file, line, `malformed CSV (${error.code}): ${error.message.replace(/^Invalid Record Length: /, '')}`, { cause: error });
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new InputError(file, undefined, 'file not found; check the path (use - to read standard input)', { cause: error });
  if (code === 'EISDIR') return new InputError(file, undefined, 'is a directory; give a CSV file', { cause: error });
  if (code === 'EACCES') return new InputError(file, undefined, 'permission denied reading the file', { cause: error });
  return error;
}

/**
 * Streams a CSV once: header first, then each record, while hashing the raw
 * bytes for the report's provenance. Accepts a UTF-8 BOM and CRLF line endings;
 * skips blank lines; a record with a different number of fields is an error.
 */
export async function readCsv(source: InputSource, handlers: CsvHandlers): Promise<ReadSummary> {
  const hash = createHash('sha256');
  const counter = { bytes: 0 };
  let isHeader = true;
  const sink = new Writable({
    objectMode: true,
    write(item: ParsedRecord, _encoding, callback) {
      try {
        if (isHeader) {
          isHeader = false;
          handlers.header(item.record);
        } else handlers.record(item.record, item.info.lines);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
  const parser = parse({ bom: true, skip_empty_lines: true, info: true, relax_column_count: false });
  try {
    await pipeline(source.open(), hashingPassThrough(hash, counter, handlers.progress), parser, sink);
  } catch (error) {
    throw toInputError(source.name, error);
  }
  if (isHeader) throw new InputError(source.name, undefined, 'the file is empty; expected a header line and rows');
  return { sha256: hash.digest('hex'), bytes: counter.bytes };
}
