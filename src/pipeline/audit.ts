import { checkSameAudit } from '../policy/baseline/same-audit.js';
import { needsScorePass } from '../model/decision-source.js';
import type { AuditConfig } from '../model/config.js';
import type { TallyTable } from '../core/types.js';
import { InputError } from '../model/errors.js';
import { finishDecoding } from '../input/decode/decoder-facts.js';
import { scanCsv, type InputSource, type ReadSummary } from '../input/csv/read-csv.js';
import { runNotices, tallyFile, type FileTallyRun } from '../input/tally/tally-file.js';
import type { ProgressHook } from '../input/tally/parallel-tally.js';
import { createRecordTally, type RecordTally, type RecordTallyOptions } from '../input/tally/tally-records.js';
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
}

/** Checks that leave nothing to audit. */
export function checkRows(table: TallyTable, file: string): void {
  if (table.rowsRead === 0) throw new InputError(file, undefined, 'the file has a header but no data rows, so there is nothing to audit; check that the export wrote its rows');
  if (table.rowsUsed === 0) {
    const reasons = Object.entries(table.rowsDropped).map(([r, c]) => `${c} ${r.replace(/_/g, ' ')}`).join(', ');
    throw new InputError(file, undefined, `${table.rowsRead === 1 ? 'the one row was' : `all ${table.rowsRead} rows were`} left out (${reasons}), so there is nothing to audit; a row needs its prediction, label and score cells filled in`);
  }
}

/** One pass in this thread through the byte scanner into a record tally (the statistics, or pass 1's scores). */
async function scanRecords(config: Readonly<AuditConfig>, input: InputSource, options: RecordTallyOptions, onProgress?: ProgressHook) {
  let tally: RecordTally | undefined;
  const summary: ReadSummary = await scanCsv(
    input,
    { header: (fields) => (tally = createRecordTally(fields, config, input.name, options)).onRecord },
    onProgress ? { onProgress: (bytes) => onProgress({ bytes, rows: tally?.rows ?? 0 }) } : {},
  );
  // Values that are neither positive nor negative fail here, before pass 2 of a score cut-off.
  const unused = finishDecoding(tally!.rules, tally!.rules.facts, input.name);
  return { tally: tally!, summary, unused };
}

/** The statistics: large files in parallel over byte ranges, other inputs in this thread. */
async function tallyPass(config: Readonly<AuditConfig>, input: InputSource, options: TallyOptions, selection: SelectionSummary | undefined): Promise<FileTallyRun> {
  const parallel = input.path !== undefined ? await tallyFile(config, input.name, input.path, { ...options, ...(selection ? { selection } : {}) }) : undefined;
  if (parallel) return parallel;
  const { tally, summary, unused } = await scanRecords(config, input, selection ? { selection } : {}, options.onProgress);
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
  const selection = needsScorePass(config)
    ? await scoreSelection(config, async (onScore) => void (await scanRecords(config, input, { onScore }, options.onProgress)))
    : undefined;
  const { rankLists, ...run } = await tallyPass(config, input, options, selection);
  checkRows(run.table, input.name);
  return { ...run, ...(selection ? { selection } : {}), ...(rankLists ? { ranking: rankingSummary(rankLists, config, input.name) } : {}) };
}

/** Read → decode → tally → metrics → findings → report object. Never touches `process`. */
export async function runAudit(config: Readonly<AuditConfig>, deps: AuditDeps): Promise<AuditResult> {
  // A baseline of another audit is an error before the input is read, not after.
  if (deps.baseline) checkSameAudit(config, deps.baseline);
  const run = await tallyInput(config, deps.input, { ...(deps.onProgress ? { onProgress: deps.onProgress } : {}), ...(deps.threads !== undefined ? { threads: deps.threads } : {}) });
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
