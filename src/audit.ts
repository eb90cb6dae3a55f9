import { decisionSource, needsScorePass } from './config/decision-source.js';
import { attributeColumns } from './config/resolve-config.js';
import type { AuditConfig } from './config/types.js';
import { createFold, type Fold } from './core/accumulate.js';
import type { Observation } from './core/tally.js';
import type { Capabilities, TallyTable } from './core/types.js';
import { InputError } from './errors.js';
import { columnIndex } from './input/columns.js';
import { createRowDecoder } from './input/decode-row.js';
import { readCsv, type InputSource } from './input/read-csv.js';
import { ll144ColumnHint } from './presets/ll144-section.js';
import { createRankReader } from './ranking/rank-reader.js';
import type { AuditResult, Notice, RankingSummary, SelectionSummary } from './report/audit-result.js';
import { buildAuditResult } from './report/build-result.js';
import { decisionOf } from './selection/cutoff.js';
import { scoreSelection } from './selection/score-pass.js';
import { checkSameAudit, type BaselineInput } from './baseline/same-audit.js';

export interface AuditDeps {
  input: InputSource;
  tool: { name: string; version: string };
  /** ISO-8601 time stamp of the report */
  generatedAt: string;
  command?: string[];
  /** optional progress hook (the CLI's progress bar): bytes read and records seen so far */
  onProgress?: ProgressHook;
  /** an earlier report of the same audit (`--baseline`) */
  baseline?: BaselineInput;
}

export type ProgressHook = (progress: { bytes: number; rows: number }) => void;

export function capabilitiesOf(config: Readonly<AuditConfig>): Capabilities {
  return {
    hasDecision: decisionSource(config) !== 'none',
    hasLabel: config.columns.label !== undefined,
    hasScore: config.columns.score !== undefined,
    hasRank: config.columns.rank !== undefined,
  };
}

export interface TallyRun {
  table: TallyTable;
  sha256: string;
  bytes: number;
  notices: Notice[];
  selection?: SelectionSummary;
  ranking?: RankingSummary;
}

interface RowHandlers {
  header?(fields: readonly string[]): void;
  row(fields: readonly string[], o: Observation): void;
  drop(reason: string): void;
}

interface RowsRead {
  sha256: string;
  bytes: number;
  unusedPositives: string[];
  ranking?: RankingSummary;
}

/** One pass over the input: each row decoded (decision, label, score, rank) and handed on, or dropped with its reason. */
async function readRows(config: Readonly<AuditConfig>, input: InputSource, handlers: RowHandlers, onProgress?: ProgressHook): Promise<RowsRead> {
  let decoder: ReturnType<typeof createRowDecoder> | undefined;
  let ranks: ReturnType<typeof createRankReader>;
  let rows = 0;
  const observation: Observation = { decision: null, label: null, score: null };
  const summary = await readCsv(input, {
    header(fields) {
      decoder = createRowDecoder(fields, config, input.name);
      ranks = createRankReader(fields, config, input.name);
      handlers.header?.(fields);
    },
    record(fields, line) {
      rows += 1;
      const status = decoder!.decode(fields, line, observation);
      if (status === 'invalid') return;
      const rankStatus = status === 'ok' && ranks ? ranks.read(fields, line, observation) : status;
      if (rankStatus === 'ok') handlers.row(fields, observation);
      else handlers.drop(rankStatus);
    },
    ...(onProgress ? { progress: (bytes: number) => onProgress({ bytes, rows }) } : {}),
  });
  const unusedPositives = decoder!.finish();
  return { ...summary, unusedPositives, ...(ranks ? { ranking: ranks.finish() } : {}) };
}

function foldFor(config: Readonly<AuditConfig>, fields: readonly string[], file: string): Fold {
  return createFold({
    capabilities: capabilitiesOf(config),
    bins: config.bins,
    missing: config.missing,
    bootstrap: config.bootstrap,
    attributes: config.groups.map((name) => {
      const columns = attributeColumns(name);
      return { spec: { name, columns }, indices: columns.map((c) => ll144ColumnHint(config, c, () => columnIndex(fields, c, file))) };
    }),
  });
}

/**
 * Per-group statistics of the input: one streaming pass, or two when the
 * decision is a cut-off on the scores (`--top-k`, `--top-percent`, the ll144
 * scoring rate): pass 1 counts the scores to find the cut-off.
 */
export async function tallyInput(config: Readonly<AuditConfig>, input: InputSource, onProgress?: ProgressHook): Promise<TallyRun> {
  const selection = needsScorePass(config)
    ? await scoreSelection(config, input, async (source, onScore) => {
        await readRows(config, source, { row: (_f, o) => onScore(o.score!), drop: () => undefined }, onProgress);
      })
    : undefined;
  const decide = selection ? decisionOf(selection) : undefined;
  let fold: Fold | undefined;
  const read = await readRows(config, input, {
    header: (fields) => (fold = foldFor(config, fields, input.name)),
    row(fields, o) {
      if (decide) o.decision = decide(o.score!);
      fold!.add(fields, o);
    },
    drop: (reason) => fold!.drop(reason),
  }, onProgress);
  const table = fold!.finish();
  if (table.rowsRead === 0) throw new InputError(input.name, undefined, 'the file has a header but no data rows');
  if (table.rowsUsed === 0) {
    throw new InputError(input.name, undefined, `all ${table.rowsRead} rows were left out (${Object.entries(table.rowsDropped).map(([r, c]) => `${c} ${r.replace(/_/g, ' ')}`).join(', ')}); nothing to audit`);
  }
  return {
    table,
    sha256: read.sha256,
    bytes: read.bytes,
    notices: read.unusedPositives.map((message) => ({ code: 'unused-positive-value' as const, message })),
    ...(selection ? { selection } : {}),
    ...(read.ranking ? { ranking: read.ranking } : {}),
  };
}

/** Read → decode → tally → metrics → findings → report object. Never touches `process`. */
export async function runAudit(config: Readonly<AuditConfig>, deps: AuditDeps): Promise<AuditResult> {
  // A baseline of another audit is an error before the input is read, not after.
  if (deps.baseline) checkSameAudit(config, deps.baseline);
  const run = await tallyInput(config, deps.input, deps.onProgress);
  return buildAuditResult(run.table, config, {
    tool: deps.tool,
    generatedAt: deps.generatedAt,
    ...(deps.command ? { command: deps.command } : {}),
    input: { file: deps.input.name, sha256: run.sha256, bytes: run.bytes },
    notices: run.notices,
    ...(run.selection ? { selection: run.selection } : {}),
    ...(run.ranking ? { ranking: run.ranking } : {}),
    ...(deps.baseline ? { baseline: deps.baseline } : {}),
  });
}
