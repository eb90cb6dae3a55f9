import type { TallyTable } from '../../core/types.js';
import type { AuditConfig } from '../../model/config.js';
import { countsAbove } from '../../metrics/sweep/threshold-counts.js';
import { planSuppression } from '../../privacy/suppression-plan.js';
import { atThreshold } from './sweep-point.js';

/** The masks of one threshold: per audited attribute, its masked group keys. */
export type PointMasks = readonly ReadonlySet<string>[];

/**
 * Small-cell masks planned at each threshold on the counts the audit at that
 * threshold plans on: which groups must be hidden depends on the selected
 * and true-positive counts as well as on n (two small groups whose selections
 * the totals show to be 0 need a partner), so one plan for the whole sweep
 * would judge some thresholds otherwise than their audit. The sweep publishes
 * the union, which only hides more. Empty when suppression is off.
 */
export function pointMasks(table: TallyTable, config: Readonly<AuditConfig>, values: readonly number[]): PointMasks[] {
  if (config.suppressBelow <= 0) return [];
  const above = table.attributes.map((a) => ({ total: countsAbove(a.total.auc, values), groups: new Map([...a.groups].map(([key, g]) => [key, countsAbove(g.tally.auc, values)] as const)) }));
  const overall = countsAbove(table.overall.auc, values);
  return values.map((_, j) => {
    const attributes = table.attributes.map((a, i) => ({
      ...a,
      total: atThreshold(a.total, above[i]!.total, j),
      groups: new Map([...a.groups].map(([key, g]) => [key, { ...g, tally: atThreshold(g.tally, above[i]!.groups.get(key)!, j) }] as const)),
    }));
    // a point publishes the selected counts and rates the audit at its threshold publishes
    const capabilities = { ...table.capabilities, hasDecision: true };
    const plan = planSuppression({ ...table, capabilities, overall: atThreshold(table.overall, overall, j), attributes }, config);
    return (plan?.masks ?? []).map((m) => new Set(m.keys()));
  });
}
