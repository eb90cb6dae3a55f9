import { closeSync, fstatSync, openSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { AuditConfig } from '../config/types.js';
import type { TallyTable } from '../core/types.js';
import type { Notice } from '../report/audit-result.js';
import { createRowRules } from './decode-row.js';
import { finishDecoding, type DecoderFacts } from './decoder-facts.js';
import { readLayout, splitOffsets } from './file-layout.js';
import { tallyInParallel } from './parallel-tally.js';
import { toInputError } from './read-csv.js';

/** Below this size a file is read in one thread: starting workers would cost more than they save. */
export const PARALLEL_MIN_BYTES = 16 << 20;

export interface FileTallyRun {
  table: TallyTable;
  sha256: string;
  bytes: number;
  notices: Notice[];
  facts: DecoderFacts;
}

function threadCount(threads: number | 'auto' | undefined, size: number): number {
  if (threads === undefined || threads === 'auto') return size >= PARALLEL_MIN_BYTES ? availableParallelism() : 1;
  return threads;
}

/**
 * A file tallied by worker threads over byte ranges, or undefined when one
 * thread should do it (a small file, one core, `--threads 1`, a file without a
 * line break after its header).
 */
export async function tallyFile(
  config: Readonly<AuditConfig>,
  file: string,
  path: string,
  options: { threads?: number | 'auto'; onProgress?: (bytes: number) => void },
): Promise<FileTallyRun | undefined> {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    const threads = threadCount(options.threads, size);
    if (threads < 2) return undefined;
    const layout = readLayout(fd, size);
    if (layout?.delimiter == null) return undefined;
    const rules = createRowRules(layout.header, config, file);
    const offsets = splitOffsets(fd, layout, size, threads);
    closeSync(fd);
    fd = undefined;
    const tally = await tallyInParallel(config, { path, file, size, layout: { ...layout, delimiter: layout.delimiter }, offsets, onProgress: options.onProgress });
    const unused = finishDecoding(rules, tally.facts, file);
    return { table: tally.table, sha256: tally.sha256, bytes: size, notices: unused.map((message) => ({ code: 'unused-positive-value' as const, message })), facts: tally.facts };
  } catch (error) {
    throw toInputError(file, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
