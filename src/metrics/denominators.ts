import type { GroupResult } from '../model/audit-result.js';
import type { Counts } from './rates.js';
import { METRICS } from './registry.js';
import type { MetricId } from '../model/vocabulary.js';
import type { MetricDef } from './metric-def.js';

/** What the denominator of each rate counts, for "rests on 6 positives (tp+fn)". */
export const DENOMINATOR_NOUNS: Partial<Record<MetricId, string>> = {
  selection_rate: 'rows',
  base_rate: 'rows',
  accuracy: 'rows',
  tpr: 'positives (tp+fn)',
  fnr: 'positives (tp+fn)',
  fpr: 'negatives (fp+tn)',
  tnr: 'negatives (fp+tn)',
  ppv: 'selected rows (tp+fp)',
  fdr: 'selected rows (tp+fp)',
  npv: 'unselected rows (tn+fn)',
  for: 'unselected rows (tn+fn)',
  selection_at_k: 'ranked rows',
};

export type CountFields = Pick<GroupResult, 'n' | 'selected' | 'positives' | 'tp' | 'atK'>;

/**
 * Confusion counts from a group's reported counts. A run without labels has
 * no tp (and every selected row counts as fp), one without decisions has no
 * selected rows; the rates such a run can compute come out right either way.
 */
export function countsOf(g: CountFields): Counts {
  const selected = g.selected ?? 0;
  const positives = g.positives ?? 0;
  const tp = g.tp ?? 0;
  const n = g.n ?? 0; // null only for a group masked by small-cell suppression, which is never judged
  return { n, tp, fp: selected - tp, fn: positives - tp, tn: n - selected - positives + tp, atK: g.atK ?? 0 };
}

/** The counts of several groups together (the population of an attribute is the sum of its groups). */
export function sumCounts(groups: readonly CountFields[]): CountFields {
  const total = { n: 0, selected: 0, positives: 0, tp: 0, atK: 0 };
  for (const g of groups) {
    total.n += g.n ?? 0;
    total.selected += g.selected ?? 0;
    total.positives += g.positives ?? 0;
    total.tp += g.tp ?? 0;
    total.atK += g.atK ?? 0;
  }
  return total;
}

export interface Shortfall {
  metric: MetricId;
  count: number;
  minimum: number;
}

/** The denominator of `metric` in group `g` when it is below the configured minimum, else undefined. */
export function denominatorShortfall(metric: MetricId, g: CountFields, minimums: Partial<Record<MetricId, number>>): Shortfall | undefined {
  const minimum = minimums[metric];
  const rate = (METRICS[metric] as MetricDef).rate;
  if (minimum === undefined || !rate) return undefined;
  const count = rate(countsOf(g)).trials;
  return count < minimum ? { metric, count, minimum } : undefined;
}
