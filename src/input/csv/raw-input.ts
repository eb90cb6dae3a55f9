import type { Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { CsvChunkReader } from './csv-reader.js';
import { isGzip } from './sniff-bytes.js';

/**
 * The bytes of an input as given. A file that is not gzip is read straight
 * into the scanner's buffer by its path (`chunks` undefined); a gzip file and
 * standard input come as chunks. gzip is recognised by its magic number
 * (1f 8b), not by the name, so `.csv.gz`, a gzip file without the extension
 * and gzip piped into standard input are all read.
 */
export interface RawInput {
  isGzip: boolean;
  chunks?: AsyncIterable<Buffer>;
}

const READ_SIZE = 1 << 20;

async function startsWithGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return isGzip(head, 0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The first bytes of a stream (at least `n`, unless it ends first), then the rest, as one sequence of chunks. */
export async function peek(stream: AsyncIterable<Buffer>, n: number): Promise<{ head: Buffer; chunks: AsyncIterable<Buffer> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let length = 0;
  let isDone = false;
  while (length < n && !isDone) {
    const next = await iterator.next();
    if (next.done) isDone = true;
    else {
      parts.push(next.value);
      length += next.value.length;
    }
  }
  const head = Buffer.concat(parts);
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      if (head.length > 0) yield head;
      for (let next = isDone ? undefined : await iterator.next(); next && !next.done; next = await iterator.next()) yield next.value;
    } finally {
      await iterator.return?.();
    }
  }
  return { head, chunks: chunks() };
}

export async function openRawInput(source: { path?: string; open(): Readable }): Promise<RawInput> {
  if (source.path !== undefined) {
    if (!(await startsWithGzip(source.path))) return { isGzip: false };
    return { isGzip: true, chunks: createReadStream(source.path, { highWaterMark: READ_SIZE }) };
  }
  const { head, chunks } = await peek(source.open(), 2);
  return { isGzip: isGzip(head), chunks };
}

/**
 * Decompresses gzip chunks as they come (node:zlib, several members
 * concatenated included) into `sink`; `onRaw` sees each compressed chunk first
 * (the hash and size of the input as given). Damaged or cut-short data makes
 * zlib fail with a Z_* error code.
 */
export async function pumpGzip(chunks: AsyncIterable<Buffer>, sink: (chunk: Buffer) => void, onRaw: (chunk: Buffer) => void): Promise<void> {
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      onRaw(chunk);
      yield chunk;
    }
  }
  await pipeline(Readable.from(counted()), createGunzip(), async (decompressed: AsyncIterable<Buffer>) => {
    for await (const chunk of decompressed) sink(chunk);
  });
}

/** A gzip input decompressed into the reader; the hash, size (returned) and progress are those of the compressed bytes as given. */
export async function pumpCompressed(chunks: AsyncIterable<Buffer>, reader: CsvChunkReader, hash: Hash, onProgress?: (bytes: number) => void): Promise<number> {
  let bytes = 0;
  await pumpGzip(chunks, reader.push, (chunk) => {
    hash.update(chunk);
    bytes += chunk.length;
    onProgress?.(bytes);
  });
  return bytes;
}

/** zlib's errors (Z_DATA_ERROR, Z_BUF_ERROR, …) as the reader reports them. */
export function isZlibError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}
