import type { TallyTable } from '../../core/types.js';
import { InputError } from '../../model/errors.js';
import { UnreadableInputError } from '../csv/sniff-bytes.js';
import type { DecoderFacts } from '../decode/decoder-facts.js';
import type { IdentifierColumn } from '../decode/identifier-columns.js';
import type { RankLists } from '../decode/rank-reader.js';
import { openParquet } from '../parquet/parquet-file.js';
import { readRowGroups } from '../parquet/parquet-records.js';
import { groupBytes, groupPlan, parquetColumns } from '../parquet/read-parquet.js';
import type { RangeProblem } from './range-tally.js';
import { recordSink } from './record-sink.js';
import { createRecordTally } from './tally-records.js';
import type { TallyTask } from './range-tally.js';

/** Row groups [from, to) of a Parquet file to tally (in this thread or a worker's). */
export type GroupTask = TallyTask;

export interface GroupResult {
  table: TallyTable;
  facts: DecoderFacts;
  /** the first problem, its `line` already the file's (row + 1) */
  error?: RangeProblem;
  identifiers: IdentifierColumn[];
  rankLists?: RankLists;
}

function groupProblem(error: unknown): RangeProblem {
  if (error instanceof InputError) return { line: error.line, detail: error.detail, ...(error.column ? { column: error.column } : {}) };
  if (error instanceof UnreadableInputError) return { line: error.line, detail: error.message };
  throw error;
}

/**
 * Tallies row groups one at a time (one row group's needed columns in memory).
 * Rows know their number in the file, so the parts of a file merge without
 * shifting lines; the first part also samples the other text columns for the
 * identifier advice, as one pass would.
 */
export async function tallyGroups(task: GroupTask, onGroup?: (bytes: number, rows: number) => void): Promise<GroupResult> {
  const tally = createRecordTally(task.header, task.config, task.file, task.selection ? { selection: task.selection } : {});
  const pq = await openParquet(task.path);
  let error: RangeProblem | undefined;
  try {
    const plan = groupPlan(parquetColumns(pq), recordSink(tally, task.header, task.config, task.file), task.from === 0);
    let g = task.from;
    await readRowGroups(pq, task.from, task.to, plan, tally.onRecord, (rows) => onGroup?.(groupBytes(pq, g++), rows));
  } catch (caught) {
    error = groupProblem(caught);
  } finally {
    pq.close();
  }
  const lists = tally.rankLists();
  const result = { table: tally.finish(), facts: tally.rules.facts, identifiers: tally.identifiers(), ...(lists ? { rankLists: lists } : {}) };
  return error ? { ...result, error } : result;
}
