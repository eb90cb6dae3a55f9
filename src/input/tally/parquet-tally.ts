import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AuditConfig } from '../../model/config.js';
import { absorbTally, mergeTallyTables } from '../../core/merge-tables.js';
import { InputError } from '../../model/errors.js';
import type { SelectionSummary } from '../../model/sections.js';
import { toInputError } from '../csv/read-csv.js';
import { finishDecoding, mergeDecoderFacts } from '../decode/decoder-facts.js';
import { mergeRankLists } from '../decode/rank-reader.js';
import type { ReadFacts } from '../formats/input-format.js';
import { openParquet } from '../parquet/parquet-file.js';
import { groupPlan, hashFile, parquetColumns } from '../parquet/read-parquet.js';
import type { ProgressHook } from './parallel-tally.js';
import { tallyGroups, type GroupResult, type GroupTask } from './parquet-groups.js';
import { readingConfig, recordSink } from './record-sink.js';
import { runNotices, type FileTallyRun } from './tally-file.js';
import { createRecordTally } from './tally-records.js';

/** Below this size a Parquet file is read in one thread (it is compressed: fewer bytes than a CSV of the same rows). */
export const PARQUET_PARALLEL_MIN_BYTES = 4 << 20;

/** Boundaries of `parts` runs of consecutive row groups with about equal rows: [0, …, groups]. */
export function splitGroups(groupRows: readonly number[], parts: number): number[] {
  const total = groupRows.reduce((a, b) => a + b, 0);
  const bounds = [0];
  let rows = 0;
  groupRows.forEach((n, g) => {
    rows += n;
    const next = bounds.length;
    if (next < parts && rows >= (next * total) / parts && g + 1 < groupRows.length) bounds.push(g + 1);
  });
  return [...bounds, groupRows.length];
}

function workerUrl(): URL {
  const sibling = new URL('./parquet-worker.js', import.meta.url);
  return existsSync(fileURLToPath(sibling)) ? sibling : new URL('../../../dist/input/tally/parquet-worker.js', import.meta.url);
}

function runWorker(task: GroupTask, onGroup: (bytes: number, rows: number) => void): Promise<GroupResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl(), { workerData: task });
    worker.on('message', (m: { type: 'progress'; bytes: number; rows: number } | { type: 'done'; result: GroupResult }) => {
      if (m.type === 'progress') onGroup(m.bytes, m.rows);
      else {
        resolve(m.result);
        void worker.terminate();
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`parquet worker exited with code ${code} before it finished`)));
  });
}

interface Options {
  threads?: number | 'auto';
  onProgress?: ProgressHook;
  selection?: SelectionSummary;
  onFacts?: (facts: ReadFacts) => void;
}

/**
 * A Parquet file tallied by worker threads over runs of row groups (each
 * thread one row group at a time), merged in file order; undefined when one
 * thread should do it (a small file, one row group, one core, `--threads 1`,
 * the bootstrap). The first error in file order wins, with its row.
 */
export async function tallyParquetFile(config: Readonly<AuditConfig>, file: string, path: string, options: Options): Promise<FileTallyRun | undefined> {
  let header: string[] | undefined;
  try {
    const pq = await openParquet(path);
    pq.close();
    const auto = pq.size >= PARQUET_PARALLEL_MIN_BYTES ? availableParallelism() : 1;
    const threads = config.bootstrap ? 1 : options.threads === undefined || options.threads === 'auto' ? auto : options.threads;
    if (threads < 2 || pq.groupRows.length < 2) return undefined;
    const facts: ReadFacts = { format: 'parquet', decimalComma: config.decimalComma ?? false };
    options.onFacts?.(facts);
    const read = readingConfig(config, facts) as AuditConfig;
    const columns = parquetColumns(pq);
    header = columns.map((c) => c.name);
    // every column the audit needs is checked before any worker starts
    const tally = createRecordTally(header, read, file);
    groupPlan(columns, recordSink(tally, header, read, file), false);
    const bounds = splitGroups(pq.groupRows, threads);
    const done = { bytes: 0, rows: 0 };
    const onGroup = (bytes: number, rows: number) => {
      done.bytes += bytes;
      done.rows += rows;
      options.onProgress?.({ ...done });
    };
    const task = (k: number): GroupTask => ({ path, file, from: bounds[k]!, to: bounds[k + 1]!, header: header!, config: read, ...(options.selection ? { selection: options.selection } : {}) });
    const workers = bounds.slice(1, -1).map((_, k) => runWorker(task(k + 1), onGroup));
    for (const worker of workers) worker.catch(() => undefined);
    const sha256 = hashFile(path);
    sha256.catch(() => undefined);
    const results = [await tallyGroups(task(0), onGroup), ...(await Promise.all(workers))];
    const problem = results.find((r) => r.error)?.error;
    if (problem) throw new InputError(file, problem.line, problem.detail, problem.column ? { column: problem.column } : {});
    const merged = results.reduce((a, b) => {
      const lists = a.rankLists && b.rankLists ? mergeRankLists(a.rankLists, b.rankLists) : undefined;
      return { ...a, table: mergeTallyTables(a.table, b.table, absorbTally), facts: mergeDecoderFacts(a.facts, b.facts), ...(lists ? { rankLists: lists } : {}) };
    });
    const unused = finishDecoding(tally.rules, merged.facts, file);
    const identifiers = results[0]!.identifiers;
    return { table: merged.table, sha256: await sha256, bytes: pq.size, notices: runNotices(unused, identifiers), facts: merged.facts, identifiers, ...(merged.rankLists ? { rankLists: merged.rankLists } : {}) };
  } catch (error) {
    throw toInputError(file, error, header);
  }
}
