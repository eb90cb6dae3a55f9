import type { GroupTally } from '../core/types.js';
import type { Counts, RateCounts } from './rates.js';

export type Need = 'decision' | 'label' | 'score' | 'rank' | 'outcome' | 'consent' | 'classes';

/**
 * Which value of a metric is most favourable to a group: the `highest`
 * reference strategy picks that group. `zero` means closest to 0.
 */
export type Favourable = 'high' | 'low' | 'zero';

export interface MetricDef {
  title: string;
  /** column label in narrow tables */
  short: string;
  formula: string;
  needs: readonly Need[];
  favourable: Favourable;
  /** For proportions: the two counts (used for intervals, tests and minimum denominators). */
  rate?: (c: Counts) => RateCounts;
  /** Metrics that are not proportions compute from the tally (shares also from the attribute's population). */
  compute?: (t: GroupTally, population: GroupTally) => number | null;
}
