import { checkSameAudit } from '../policy/baseline/same-audit.js';
import { needsScorePass } from '../model/decision-source.js';
import type { AuditConfig } from '../model/config.js';
import type { TallyTable } from '../core/types.js';
import { InputError } from '../model/errors.js';
import { finishDecoding } from '../input/decode/decoder-facts.js';
import type { InputSource } from '../input/csv/read-csv.js';
import { readInput } from '../input/formats/read-input.js';
import type { ReadFacts } from '../input/formats/input-format.js';
import { rowLocated } from '../input/parquet/row-errors.js';
import { dialectOf, tallyHandlers } from '../input/tally/record-sink.js';
import { runNotices, type FileTallyRun } from '../input/tally/tally-file.js';
import { tallyDataFile } from '../input/tally/tally-data-file.js';
import type { ProgressHook } from '../input/tally/parallel-tally.js';
import type { RecordTallyOptions } from '../input/tally/tally-records.js';
import { rankingSummary } from '../input/decode/rank-reader.js';
import type { AuditResult, ConfigFileRecord } from '../model/audit-result.js';
import { buildAuditResult } from './build-result.js';
import { scoreSelection } from '../input/tally/score-pass.js';
import type { BaselineInput } from '../model/baseline.js';
import type { RankingSummary, SelectionSummary } from '../model/sections.js';

export interface AuditDeps {
  input: InputSource;
  tool: { name: string; version: string };
  /** ISO-8601 time stamp of the report */
  generatedAt: string;
  command?: string[];
  /** the config file the run read (provenance) */
  configFile?: ConfigFileRecord;
  /** optional progress hook (the CLI's progress bar): bytes read and records seen so far, every few MB */
  onProgress?: ProgressHook;
  /** worker threads for a large file (`--threads`); the report does not depend on it */
  threads?: number | 'auto';
  /** an earlier report of the same audit (`--baseline`) */
  baseline?: BaselineInput;
  /** a one-line notice of how the input is read, when it was detected rather than given (a `;` separator, decimal commas) */
  onNotice?: (text: string) => void;
}

/**
 * What a pass over the data gives (see FileTallyRun: the statistics, provenance,
 * notices, and the decoder facts and identifier columns that aggregates carry),
 * with the score cut-off and the summary of the ranked lists.
 */
export interface TallyRun extends Omit<FileTallyRun, 'rankLists'> {
  /** the score cut-off behind the decision (pass 1 of `--top-k`, `--top-percent`, the ll144 scoring rate) */
  selection?: SelectionSummary;
  ranking?: RankingSummary;
}

export interface TallyOptions {
  onProgress?: ProgressHook;
  /** worker threads for a file: a number, or 'auto' (the cores, for files of PARALLEL_MIN_BYTES and more) */
  threads?: number | 'auto';
  /** the one-line notice of how the input is read, when detected (once, also over two passes) */
  onNotice?: (text: string) => void;
}

/** How the input was read, once its first bytes are (each pass reports it; the notice is given once). */
type OnFacts = (facts: ReadFacts) => void;

/** `a`, `a and b`, `a, b and c`. */
function listWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Checks that leave nothing to audit. */
export function checkRows(table: TallyTable, file: string): void {
  if (table.rowsRead === 0) throw new InputError(file, undefined, 'the file has a header but no data rows, so there is nothing to audit; check that the export wrote its rows');
  if (table.rowsUsed === 0) {
    const reasons = Object.entries(table.rowsDropped).map(([r, c]) => `${c} ${r.replace(/_/g, ' ')}`).join(', ');
    const dropped = Object.keys(table.rowsDropped).filter((r) => (table.rowsDropped as Record<string, number>)[r]! > 0);
    // with an outcome among them, name exactly the cells that were empty (an outcome audit may read no prediction)
    const cells = dropped.includes('missing_outcome') || dropped.includes('missing_class') ? `${listWords(dropped.map((r) => r.replace(/^missing_/, '')))} cells` : 'prediction, label and score cells';
    throw new InputError(file, undefined, `${table.rowsRead === 1 ? 'the one row was' : `all ${table.rowsRead} rows were`} left out (${reasons}), so there is nothing to audit; a row needs its ${cells} filled in`);
  }
}

/** One pass in this thread through the reader of the input's format into a record tally (the statistics, or pass 1's scores). */
async function scanRecords(config: Readonly<AuditConfig>, input: InputSource, options: RecordTallyOptions, onProgress: ProgressHook | undefined, onFacts: OnFacts) {
  const handlers = tallyHandlers(config, input.name, options, onFacts);
  const summary = await readInput(input, handlers, {
    dialect: dialectOf(config),
    ...(onProgress ? { onProgress: (bytes: number) => onProgress({ bytes, rows: handlers.tally()?.rows ?? 0 }) } : {}),
  });
  const tally = handlers.tally()!;
  // Values that are neither positive nor negative fail here, before pass 2 of a score cut-off.
  const unused = finishDecoding(tally.rules, tally.rules.facts, input.name);
  return { tally, summary, unused };
}

/** The statistics: large files in parallel over byte ranges, other inputs in this thread. */
async function tallyPass(config: Readonly<AuditConfig>, input: InputSource, options: TallyOptions, selection: SelectionSummary | undefined, onFacts: OnFacts): Promise<FileTallyRun> {
  const parallel = input.path !== undefined ? await tallyDataFile(config, input.name, input.path, { ...options, onFacts, ...(selection ? { selection } : {}) }) : undefined;
  if (parallel) return parallel;
  const { tally, summary, unused } = await scanRecords(config, input, selection ? { selection } : {}, options.onProgress, onFacts);
  const identifiers = tally.identifiers();
  const table = tally.finish();
  return { table, sha256: summary.sha256, bytes: summary.bytes, notices: runNotices(unused, identifiers), facts: tally.rules.facts, identifiers, rankLists: tally.rankLists() };
}

/**
 * Per-group statistics of the input: one streaming pass (large files in
 * parallel over byte ranges), or two when the decision is a cut-off on the
 * scores (`--top-k`, `--top-percent`, the ll144 scoring rate): pass 1 counts
 * the scores of the rows the audit uses to find the cut-off.
 */
export async function tallyInput(config: Readonly<AuditConfig>, input: InputSource, options: TallyOptions = {}): Promise<TallyRun> {
  let read: ReadFacts | undefined;
  const onFacts: OnFacts = (facts) => {
    if (facts.notice && !read) options.onNotice?.(facts.notice);
    read = facts;
  };
  try {
    const selection = needsScorePass(config)
      ? await scoreSelection(config, async (onScore) => void (await scanRecords(config, input, { onScore }, options.onProgress, onFacts)))
      : undefined;
    const { rankLists, ...run } = await tallyPass(config, input, options, selection, onFacts);
    checkRows(run.table, input.name);
    return { ...run, ...(selection ? { selection } : {}), ...(rankLists ? { ranking: rankingSummary(rankLists, config, input.name) } : {}) };
  } catch (error) {
    // A Parquet file has rows, not lines: its errors say which row.
    throw read?.format === 'parquet' ? rowLocated(error) : error;
  }
}

/** Read → decode → tally → metrics → findings → report object. Never touches `process`. */
export async function runAudit(config: Readonly<AuditConfig>, deps: AuditDeps): Promise<AuditResult> {
  // A baseline of another audit is an error before the input is read, not after.
  if (deps.baseline) checkSameAudit(config, deps.baseline);
  const run = await tallyInput(config, deps.input, {
    ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
    ...(deps.threads !== undefined ? { threads: deps.threads } : {}),
    ...(deps.onNotice ? { onNotice: deps.onNotice } : {}),
  });
  return buildAuditResult(run.table, config, {
    tool: deps.tool,
    generatedAt: deps.generatedAt,
    ...(deps.command ? { command: deps.command } : {}),
    ...(deps.configFile ? { configFile: deps.configFile } : {}),
    input: { file: deps.input.name, sha256: run.sha256, bytes: run.bytes },
    notices: run.notices,
    ...(run.selection ? { selection: run.selection } : {}),
    ...(run.ranking ? { ranking: run.ranking } : {}),
    ...(deps.baseline ? { baseline: deps.baseline } : {}),
  });
}
