import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { AuditConfig } from '../../model/config.js';
import type { TallyTable } from '../../core/types.js';
import { identifierNotice, type IdentifierColumn } from '../decode/identifier-columns.js';
import type { Notice } from '../../model/notice.js';
import { createRecordTally } from './tally-records.js';
import { finishDecoding, type DecoderFacts, type UnusedPositive } from '../decode/decoder-facts.js';
import { splitOffsets } from '../csv/file-layout.js';
import { readTextLayout } from '../formats/text-layout.js';
import { dialectOf, readingConfig } from './record-sink.js';
import { tallyInParallel } from './parallel-tally.js';
import { toInputError } from '../csv/read-csv.js';
import type { RankLists } from '../decode/rank-reader.js';
import { isGzip } from '../csv/sniff-bytes.js';
import type { SelectionSummary } from '../../model/sections.js';
import type { ProgressHook } from './parallel-tally.js';
import type { ReadFacts } from '../formats/input-format.js';

/**
 * Below this size a file is read in one thread: every thread keeps its own
 * exact maps (up to the whole budget, so that a merge equals one pass) and
 * their merge costs more than the second core saves (measured in
 * docs/scale.md: 1M rows, 58 MB, two threads: no faster, 2.3× the memory;
 * 3M rows, 173 MB: 15 % faster).
 */
export const PARALLEL_MIN_BYTES = 128 << 20;

/** The notices a pass over the data gives: positive values that never occur, identifier-looking columns. */
export function runNotices(unusedPositives: readonly UnusedPositive[], identifiers: readonly IdentifierColumn[] = []): Notice[] {
  const identifierNotices = [identifierNotice(identifiers)].filter((n) => n !== undefined);
  return [...unusedPositives.map((args): Notice => ({ code: 'unused-positive-value', args })), ...identifierNotices];
}

export interface FileTallyRun {
  table: TallyTable;
  sha256: string;
  bytes: number;
  notices: Notice[];
  facts: DecoderFacts;
  identifiers: IdentifierColumn[];
  rankLists?: RankLists;
}

/** gzip cannot be split at byte offsets: such a file is read in one thread (read-csv.ts decompresses it). */
function isGzipFile(fd: number): boolean {
  const head = Buffer.alloc(2);
  return isGzip(head, 0, readSync(fd, head, 0, 2, 0));
}

function threadCount(threads: number | 'auto' | undefined, size: number): number {
  if (threads === undefined || threads === 'auto') return size >= PARALLEL_MIN_BYTES ? availableParallelism() : 1;
  return threads;
}

/**
 * A file tallied by worker threads over byte ranges, or undefined when one
 * thread should do it (a small file, one core, `--threads 1`, a file without a
 * line break after its header, a gzip file).
 */
export async function tallyFile(
  config: Readonly<AuditConfig>,
  file: string,
  path: string,
  options: { threads?: number | 'auto'; onProgress?: ProgressHook; selection?: SelectionSummary; onFacts?: (facts: ReadFacts) => void },
): Promise<FileTallyRun | undefined> {
  let fd: number | undefined;
  let header: string[] | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    // The bootstrap's weights follow each row's index in the file, which a range does not know.
    const threads = config.bootstrap ? 1 : threadCount(options.threads, size);
    if (threads < 2 || isGzipFile(fd)) return undefined;
    const text = readTextLayout(fd, size, file, dialectOf(config));
    const layout = text?.layout;
    if (!text || layout?.delimiter == null) return undefined;
    options.onFacts?.(text.facts);
    const read = readingConfig(config, text.facts);
    header = layout.header;
    // Every column the audit needs is checked here, before any worker starts (each would fail the same way);
    // the cut-off of a score selection does not matter for that.
    const { rules } = createRecordTally(layout.header, read, file);
    const offsets = splitOffsets(fd, layout, size, threads);
    closeSync(fd);
    fd = undefined;
    const { onProgress, selection } = options;
    const tally = await tallyInParallel(read, { path, file, size, format: text.format, layout: { ...layout, delimiter: layout.delimiter }, offsets, onProgress, ...(selection ? { selection } : {}) });
    const unused = finishDecoding(rules, tally.facts, file);
    const { table, sha256, facts, identifiers, rankLists } = tally;
    return { table, sha256, bytes: size, notices: runNotices(unused, identifiers), facts, identifiers, ...(rankLists ? { rankLists } : {}) };
  } catch (error) {
    throw toInputError(file, error, header);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
