import type { DisparityResult } from '../model/audit-result.js';
import type { Proportion } from '../model/interval.js';
import { katzInterval } from '../stats/katz.js';
import { newcombeInterval } from '../stats/newcombe.js';
import { compareProportions } from '../stats/proportion-test.js';
import { DISPARITY_INTERVALS, testedBaseOf } from './uncertainty.js';
import type { DisparityId } from '../model/vocabulary.js';

export interface ComparedCounts {
  /** the group's successes and trials of the base rate */
  group: Proportion;
  /** the reference's */
  reference: Proportion;
  /**
   * Whether the reference is the whole population, which contains the group:
   * the test then compares the group with the rest of the population (the
   * same null hypothesis, on independent samples); the interval treats the
   * group and the population as independent, which errs on the wide side
   * since their estimates are positively correlated.
   */
  isOverall: boolean;
}

/**
 * Adds the confidence interval (Katz for ratios, Newcombe for differences) and,
 * for selection rate, TPR and FPR disparities, the two-sided test against the
 * reference (Fisher exact or pooled z, see `compareProportions`). The raw
 * p-value only: Holm's adjustment runs across the whole report afterwards.
 */
export function withStatistics(id: DisparityId, d: DisparityResult, counts: ComparedCounts, z: number): DisparityResult {
  const kind = DISPARITY_INTERVALS[id];
  if (!kind || d.value === null) return d;
  const { group: g, reference: r } = counts;
  const out: DisparityResult = { ...d };
  const interval = (kind === 'katz' ? katzInterval : newcombeInterval)(g.successes, g.trials, r.successes, r.trials, z);
  if (interval) out.interval = interval;
  if (testedBaseOf(id)) {
    const other = counts.isOverall ? { successes: r.successes - g.successes, trials: r.trials - g.trials } : r;
    const test = compareProportions(g.successes, g.trials, other.successes, other.trials);
    if (test) Object.assign(out, { pValue: test.pValue, test: test.test, minExpected: test.minExpected });
  }
  return out;
}
