import type { TallyTable } from '../../core/types.js';
import type { AuditConfig } from '../../model/config.js';
import { UsageError } from '../../model/errors.js';
import type { SweepResult } from '../../model/sweep-result.js';
import { auditedTallies } from '../../metrics/split-tallies.js';
import { countsAbove } from '../../metrics/sweep/threshold-counts.js';
import { planThresholds, SWEEP_EXACT_LIMIT, type GridRequest } from '../../metrics/sweep/sweep-thresholds.js';
import { boundOf } from '../../policy/bounds.js';
import { sweepRules } from '../../policy/sweep-rules.js';
import { withLookAlikeGroups } from '../look-alike-notices.js';
import { attributeCounts, sweepPoint } from './sweep-point.js';
import { pointMasks } from './point-masks.js';
import { passingRanges, targetOf, type SelectRequest } from './passing-ranges.js';
import { perGroupThresholds } from './per-group-thresholds.js';

export interface SweepOptions {
  grid?: GridRequest;
  select?: SelectRequest;
  /** the labelled what-if of one threshold per group (needs a target: `select`, or the config's threshold) */
  perGroup?: boolean;
}

/** What a sweep computes from the tallies; the run's provenance is added by runSweep. */
export type SweepCurve = Pick<SweepResult, 'rules' | 'judgement' | 'thresholds' | 'current' | 'points' | 'passing' | 'target' | 'perGroup' | 'suppression'>;

/**
 * The sweep of a global threshold over one pass's tallies: the per-group
 * score maps give, at each threshold, every group's counts above it (one
 * walk per group over all thresholds), and each threshold is measured and
 * judged as the audit would with decision = score ≥ t.
 */
export function sweepTable(counted: TallyTable, config: Readonly<AuditConfig>, options: SweepOptions = {}): SweepCurve {
  const { table } = withLookAlikeGroups(counted, config);
  const rules = sweepRules(config);
  const judging = { ...config, rules: rules.judged };
  const plan = planThresholds(table.overall.auc, options.grid);
  const current = config.threshold;
  const wanted = current === null || plan.values.includes(current) ? plan.values : [...plan.values, current].sort((a, b) => b - a);
  // a threshold above every score selects nobody: not a decision anyone makes
  const overallAll = countsAbove(table.overall.auc, wanted);
  const values = wanted.filter((_, j) => overallAll.selected[j]! > 0);
  if (values.length === 0) throw new UsageError('--grid: every threshold given is above the highest score, so none selects a row; give thresholds at or below the highest score in the data');
  checkSelectRows(options.select, table.rowsUsed);
  const byThreshold = table.attributes.map((a) => attributeCounts(a, new Set(), values));
  const overall = { tally: table.overall, counts: countsAbove(table.overall.auc, values) };
  const masks = pointMasks(table, config, byThreshold, overall);
  const audited = auditedTallies(table);
  // where each audited attribute is among the table's (the plans' masks are by position)
  const positions = audited.map((a) => table.attributes.indexOf(a));
  const attributes = positions.map((i) => byThreshold[i]!);
  const points = values.map((t, j) => sweepPoint(t, j, masks.length === 0 ? attributes : attributes.map((a, k) => ({ ...a, masked: masks[j]![positions[k]!] ?? new Set() })), overall, judging));
  const exactPoints = plan.mode === 'exact' ? points : undefined;
  const passing = passingRanges(points, exactPoints !== undefined);
  const currentPoint = current === null ? undefined : points.find((p) => p.threshold === current);
  const target = options.select ? targetOf(options.select, points, table.rowsUsed) : null;
  const targetRate = target ? target.rows / table.rowsUsed : currentPoint?.selectionRate;
  const isGridMap = [table.overall, ...audited.flatMap((a) => [...a.groups.values()].map((g) => g.tally))].some((t) => t.auc.step !== null);
  return {
    rules: { judged: rules.judged.map((r) => ({ id: r.id, metric: r.metric, bound: boundOf(r) })), skipped: rules.skipped },
    judgement: { estimate: 'point', failOn: config.failOn, minGroupSize: config.minGroupSize },
    thresholds: {
      mode: plan.mode,
      count: values.length,
      step: plan.mode === 'exact' ? null : plan.step,
      distinctScores: plan.mode === 'given' ? (table.overall.auc.step === null ? table.overall.auc.scores.length : null) : plan.distinctScores,
      exactLimit: SWEEP_EXACT_LIMIT,
      ...(plan.mode === 'grid' ? { reason: plan.reason } : {}),
      approximateGroups: isGridMap,
    },
    current: currentPoint ? { threshold: currentPoint.threshold, passes: currentPoint.passes, selected: currentPoint.selected } : null,
    points,
    passing,
    target,
    perGroup: options.perGroup && targetRate !== undefined ? perGroupThresholds(points, targetRate) : null,
    suppression:
      masks.length > 0
        ? { k: config.suppressBelow, masked: audited.flatMap((a, k) => [...new Set(masks.flatMap((m) => [...(m[positions[k]!] ?? [])]))].map((group) => ({ attribute: a.spec.name, group }))) }
        : null,
  };
}

/** A count target must fit the rows the sweep used (known once the data is read). */
function checkSelectRows(select: SelectRequest | undefined, rowsUsed: number): void {
  if (select?.kind === 'count' && select.rows > rowsUsed) {
    throw new UsageError(`--select ${select.rows}: the sweep used ${rowsUsed.toLocaleString('en-US')} rows; give at most that many, or a percentage (--select 20%)`);
  }
}
