import type { AuditConfig } from '../../model/config.js';
import { UsageError } from '../../model/errors.js';
import type { SweepResult } from '../../model/sweep-result.js';
import { tallyInput, type AuditDeps } from '../audit.js';
import { sweepTable, type SweepOptions } from './sweep-table.js';

export const NO_SCORE = 'sweep: no score column; give --score <col> (the model score in [0, 1] whose threshold the sweep varies)';

/** What a sweep needs from its config before it reads anything: a score, a label, a decision only from --threshold. */
export function checkSweepConfig(config: Readonly<AuditConfig>): void {
  if (config.columns.score === undefined) throw new UsageError(NO_SCORE);
  if (config.columns.label === undefined) throw new UsageError('sweep: no label column; give --label <col> (the actual outcome: TPR, FPR, PPV and accuracy need it)');
  if (config.columns.prediction !== undefined || config.topK !== null || config.topPercent !== null || config.aboveMedian) {
    throw new UsageError('sweep: the sweep varies a threshold on --score, so the decision cannot come from --prediction, --top-k, --top-percent or the ll144 scoring rate; remove it (--threshold marks the current threshold)');
  }
}

/** One pass over the input into per-group score maps, then the sweep of a global threshold over them. */
export async function runSweep(config: Readonly<AuditConfig>, deps: Omit<AuditDeps, 'baseline' | 'configFile'>, options: SweepOptions = {}): Promise<SweepResult> {
  checkSweepConfig(config);
  const run = await tallyInput(config, deps.input, {
    ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
    ...(deps.threads !== undefined ? { threads: deps.threads } : {}),
    ...(deps.onNotice ? { onNotice: deps.onNotice } : {}),
  });
  const curve = sweepTable(run.table, config, options);
  return {
    kind: 'fairgate-sweep',
    schemaVersion: 1,
    tool: deps.tool,
    generatedAt: deps.generatedAt,
    ...(deps.command ? { command: deps.command } : {}),
    input: { file: deps.input.name, sha256: run.sha256, bytes: run.bytes, rowsRead: run.table.rowsRead, rowsUsed: run.table.rowsUsed },
    columns: { score: config.columns.score!, label: config.columns.label! },
    groups: [...config.groups],
    ...curve,
  };
}
