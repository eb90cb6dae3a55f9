import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AuditConfig } from '../../model/config.js';
import { absorbTally, mergeTallyTables } from '../../core/merge-tables.js';
import type { TallyTable } from '../../core/types.js';
import { InputError } from '../../model/errors.js';
import { mergeDecoderFacts, shiftDecoderFacts, type DecoderFacts } from '../decode/decoder-facts.js';
import type { FileLayout } from '../csv/file-layout.js';
import { tallyRange, type RangeResult, type RangeTask } from './range-tally.js';
import type { IdentifierColumn } from '../decode/identifier-columns.js';
import { mergeRankLists, type RankLists } from '../decode/rank-reader.js';
import type { SelectionSummary } from '../../model/sections.js';
import type { RecordDelimiter } from '../csv/csv-record.js';

export interface ParallelTally {
  table: TallyTable;
  facts: DecoderFacts;
  sha256: string;
  identifiers: IdentifierColumn[];
  rankLists?: RankLists;
}

type WorkerMessage = { type: 'progress'; bytes: number; rows: number } | { type: 'done'; result: RangeResult };

/** Progress of a pass: bytes read and records seen so far (the CLI's progress bar). */
export type ProgressHook = (progress: { bytes: number; rows: number }) => void;

/** dist/input/tally/tally-worker.js, also when this module runs from src/ (tests run the TypeScript sources). */
function workerUrl(): URL {
  const sibling = new URL('./tally-worker.js', import.meta.url);
  return existsSync(fileURLToPath(sibling)) ? sibling : new URL('../../../dist/input/tally/tally-worker.js', import.meta.url);
}

function runWorker(task: RangeTask, onBytes: (bytes: number, rows: number) => void): Promise<RangeResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl(), { workerData: task });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onBytes(message.bytes, message.rows);
      else {
        resolve(message.result);
        // Free the thread's heap now rather than when it winds down: the report is built next.
        void worker.terminate();
      }
    });
    worker.on('error', reject);
    // After `done` this rejection is a no-op (the promise is settled).
    worker.on('exit', (code) => reject(new Error(`tally worker exited with code ${code} before it finished`)));
  });
}

/**
 * SHA-256 of the file in order while the main thread reads its range: chunks
 * are hashed as they are read, and `finish` hashes whatever follows.
 */
function fileHasher(handle: FileHandle) {
  const hash = createHash('sha256');
  let hashedTo = 0;
  const update = (chunk: Buffer, position: number) => {
    if (position > hashedTo) throw new Error(`hash gap at byte ${hashedTo}`);
    if (position + chunk.length > hashedTo) hash.update(chunk.subarray(hashedTo - position));
    hashedTo = Math.max(hashedTo, position + chunk.length);
  };
  return {
    update,
    async finish(size: number): Promise<string> {
      const buf = Buffer.allocUnsafe(1 << 20);
      while (hashedTo < size) {
        const { bytesRead } = await handle.read(buf, 0, buf.length, hashedTo);
        if (bytesRead === 0) break;
        update(buf.subarray(0, bytesRead), hashedTo);
      }
      return hash.digest('hex');
    },
  };
}

interface ParallelInput {
  path: string;
  file: string;
  size: number;
  layout: FileLayout & { delimiter: RecordDelimiter };
  /** delimited text, or JSON Lines (split at any LF) */
  format: 'csv' | 'jsonl';
  offsets: number[];
  onProgress?: ProgressHook;
  selection?: SelectionSummary;
}

/**
 * Tallies the ranges between `offsets`: the first in this thread (which also
 * hashes the file), the others in worker threads, and merges them in file
 * order. Each range must start where the previous one stopped (a record
 * boundary, proven by the scan from the file's start); if a split fell inside
 * a quoted field, the rest of the file is tallied again from the last proven
 * boundary. The first error in file order wins, with its line.
 */
export async function tallyInParallel(config: Readonly<AuditConfig>, input: ParallelInput): Promise<ParallelTally> {
  const { layout, offsets, size } = input;
  const done = { bytes: layout.dataStart, rows: 0 };
  const onBytes = (bytes: number, rows: number) => {
    done.bytes += bytes;
    done.rows += rows;
    input.onProgress?.({ ...done });
  };
  const task = (from: number, to: number): RangeTask => ({
    path: input.path,
    file: input.file,
    from,
    to,
    header: layout.header,
    config: config as AuditConfig,
    delimiter: layout.delimiter,
    format: input.format,
    separator: layout.separator,
    fieldCount: layout.header.length,
    // in a CR-delimited file every range starts right after a CR: the header's terminator or a split's
    isAfterCr: layout.delimiter === 'cr',
    ...(input.selection ? { selection: input.selection } : {}),
  });
  const handle = await open(input.path, 'r');
  try {
    const hasher = fileHasher(handle);
    const header = Buffer.allocUnsafe(layout.dataStart);
    await handle.read(header, 0, layout.dataStart, 0);
    hasher.update(header, 0);
    let reported = { bytes: 0, rows: 0 };
    const io = {
      read: async (buf: Buffer, offset: number, length: number, position: number) => (await handle.read(buf, offset, length, position)).bytesRead,
      onChunk: hasher.update,
      onProgress(bytes: number, rows: number) {
        onBytes(bytes - reported.bytes, rows - reported.rows);
        reported = { bytes, rows };
      },
    };
    const workers = offsets.slice(1).map((from, k) => runWorker(task(from, offsets[k + 2] ?? size), onBytes));
    // Should this thread's range throw first, a worker's failure must not become an unhandled rejection.
    for (const worker of workers) worker.catch(() => undefined);
    const first = await tallyRange(task(offsets[0]!, offsets[1] ?? size), io);
    const [sha256, ...rest] = await Promise.all([hasher.finish(size), ...workers]);
    const results = [first, ...rest];
    const rescan = (from: number) => tallyRange(task(from, size), { read: io.read });
    return { ...(await mergeInOrder(results, offsets, layout, input.file, rescan)), sha256: sha256 as string, identifiers: first.identifiers };
  } finally {
    await handle.close();
  }
}

type Merged = Pick<ParallelTally, 'table' | 'facts' | 'rankLists'>;

/** Two consecutive parts; the tables are this function's own, so grids can be added in place. */
function mergeParts(a: Merged, b: Merged): Merged {
  const lists = a.rankLists && b.rankLists ? mergeRankLists(a.rankLists, b.rankLists) : undefined;
  return { table: mergeTallyTables(a.table, b.table, absorbTally), facts: mergeDecoderFacts(a.facts, b.facts), ...(lists ? { rankLists: lists } : {}) };
}

/** Results in file order into one table, checking that each range starts where the previous one stopped. */
async function mergeInOrder(
  results: RangeResult[],
  offsets: readonly number[],
  layout: FileLayout,
  file: string,
  rescan: (from: number) => Promise<RangeResult>,
): Promise<Merged> {
  let breaks = layout.headerBreaks;
  let merged: Merged | undefined;
  for (let k = 0; k < results.length; k++) {
    const previousStop = k > 0 ? results[k - 1]!.stop : layout.dataStart;
    // The previous range did not stop at this split, so the split was inside a quoted field.
    const isSplitInsideQuotes = previousStop !== offsets[k];
    const result = isSplitInsideQuotes ? await rescan(previousStop) : results[k]!;
    if (result.error) {
      const { line, detail, column } = result.error;
      throw new InputError(file, line === undefined ? undefined : line + breaks, detail, column ? { column } : {});
    }
    const facts = shiftDecoderFacts(result.facts, breaks);
    merged = merged ? mergeParts(merged, { ...result, facts }) : { table: result.table, facts, ...(result.rankLists ? { rankLists: result.rankLists } : {}) };
    breaks += result.breaks;
    if (isSplitInsideQuotes) break;
  }
  return merged!;
}
