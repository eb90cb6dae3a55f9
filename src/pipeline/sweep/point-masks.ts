import type { GroupTally, TallyTable } from '../../core/types.js';
import type { AuditConfig } from '../../model/config.js';
import type { CountsAbove } from '../../metrics/sweep/threshold-counts.js';
import { planSuppression } from '../../privacy/suppression-plan.js';
import { atThreshold, attributeAt, type AttributeCounts } from './sweep-point.js';

/** The masks of one threshold: per attribute of the table (by position), its masked group keys. */
export type PointMasks = readonly ReadonlySet<string>[];

/**
 * Small-cell masks planned at each threshold on the counts the audit at that
 * threshold plans on: which groups must be hidden depends on the selected
 * and true-positive counts as well as on n (two small groups whose selections
 * the totals show to be 0 need a partner), so one plan for the whole sweep
 * would judge some thresholds otherwise than their audit. `counted` are the
 * table's attributes, every one, with their counts at each threshold. Empty
 * when suppression is off.
 */
export function pointMasks(table: TallyTable, config: Readonly<AuditConfig>, counted: readonly AttributeCounts[], overall: { tally: GroupTally; counts: CountsAbove }): PointMasks[] {
  if (config.suppressBelow <= 0) return [];
  // a point publishes the selected counts and rates the audit at its threshold publishes
  const capabilities = { ...table.capabilities, hasDecision: true };
  return Array.from(overall.counts.selected, (_, j) => {
    const plan = planSuppression({ ...table, capabilities, overall: atThreshold(overall.tally, overall.counts, j), attributes: counted.map((a) => attributeAt(a, j)) }, config);
    return (plan?.masks ?? []).map((m) => new Set(m.keys()));
  });
}
