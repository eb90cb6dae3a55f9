import type { RuleMetric } from '../model/config.js';
import { DISPARITIES } from './disparity.js';
import { METRICS, METRIC_IDS } from './registry.js';
import type { MetricId, DisparityId } from '../model/vocabulary.js';
import type { MetricDef } from './metric-def.js';
import { DISTRIBUTION_TESTS } from './distribution-disparities.js';
import { isStratified, STRATIFIED_IDS } from '../model/split-settings.js';
import { CLASS_RULE_IDS, isClassRule } from '../model/class-results.js';
import { isInequality } from '../model/benefit-inequality.js';

/**
 * Which statistics each metric and disparity carries:
 * - every proportion metric: a Wilson score interval;
 * - `auc`: DeLong's interval; `ece`, `brier`: a bootstrap interval when `--bootstrap` is on;
 * - ratios of proportions: Katz log interval; differences: Newcombe's hybrid score interval;
 * - the disparities of `TESTED_BASES`: a two-sided test of the group's rate against the reference's;
 * - exposure and the shares of ranked outputs: none (a mean of discounts has no closed-form interval from the tally).
 */
export type DisparityInterval = 'katz' | 'newcombe';

export const DISPARITY_INTERVALS: Partial<Record<DisparityId, DisparityInterval>> = {
  disparate_impact: 'katz',
  statistical_parity_difference: 'newcombe',
  equal_opportunity_difference: 'newcombe',
  equal_opportunity_ratio: 'katz',
  fpr_difference: 'newcombe',
  predictive_parity_ratio: 'katz',
  selection_at_k_ratio: 'katz',
};

/**
 * The rates tested against the reference: the selection rate, TPR and FPR, and
 * selection at k (the selection rate of a ranked output).
 */
export const TESTED_BASES = ['selection_rate', 'tpr', 'fpr', 'selection_at_k'] as const satisfies readonly MetricId[];
export type TestedBase = (typeof TESTED_BASES)[number];

/** Proportion metrics (they have counts, a Wilson interval and a denominator). */
export const RATE_METRICS: readonly MetricId[] = METRIC_IDS.filter((id) => (METRICS[id] as MetricDef).rate !== undefined);

const BOOTSTRAPPED: readonly MetricId[] = ['brier'];

/** Whether a rule metric is a disparity (a comparison with the reference) rather than a group metric. */
export function isDisparity(metric: RuleMetric): metric is DisparityId {
  return metric in DISPARITIES;
}

/** The base metric whose test a disparity carries, or undefined when it has none. */
export function testedBaseOf(metric: RuleMetric): TestedBase | undefined {
  if (!isDisparity(metric) || !DISPARITY_INTERVALS[metric]) return undefined;
  const base = DISPARITIES[metric].bases[0] as MetricId;
  return (TESTED_BASES as readonly MetricId[]).includes(base) ? (base as TestedBase) : undefined;
}

/** Rule metrics that accept `require: significant`: the tested rate disparities, the outcome's mean comparisons (Welch) and KS, the scores' KS, the stratified ones (the Cochran–Mantel–Haenszel test). */
export const TESTED_METRICS: readonly RuleMetric[] = [
  ...(Object.keys(DISPARITY_INTERVALS) as DisparityId[]).filter((d) => testedBaseOf(d)),
  ...(Object.keys(DISTRIBUTION_TESTS) as DisparityId[]),
  ...STRATIFIED_IDS,
  ...CLASS_RULE_IDS,
];

/** Calibration rules, whose test is the group's test of perfect calibration (Hosmer–Lemeshow, Holm-adjusted): they accept `require: significant` too. */
export const CALIBRATION_TESTED: readonly RuleMetric[] = ['ece', 'calibration_in_the_large', 'brier'];

/** Outcome statistics with an interval: the mean (t), the mean difference (Welch) and the share ratio (Katz). */
const OUTCOME_INTERVALS: readonly RuleMetric[] = ['mean_outcome', 'mean_outcome_difference', 'share_above_p80_ratio'];

/** Whether a rule on `metric` can be judged on its interval (`bound: upper`). */
export function hasInterval(metric: RuleMetric, isBootstrapOn: boolean): boolean {
  if (OUTCOME_INTERVALS.includes(metric)) return true;
  if (isDisparity(metric)) return DISPARITY_INTERVALS[metric] !== undefined;
  if (isStratified(metric)) return metric === 'mh_odds_ratio';
  if (isClassRule(metric)) return true;
  if (isInequality(metric)) return false;
  // ece's interval needs no bootstrap: exact intervals of its bins (ece-interval.ts)
  if (RATE_METRICS.includes(metric) || metric === 'auc' || metric === 'ece') return true;
  return isBootstrapOn && BOOTSTRAPPED.includes(metric);
}

/** Rule metrics that accept `bound: upper`, for error messages. */
export function metricsWithInterval(isBootstrapOn: boolean): RuleMetric[] {
  const all = [...(Object.keys(DISPARITY_INTERVALS) as RuleMetric[]), ...OUTCOME_INTERVALS, ...RATE_METRICS, 'auc' as const, 'ece' as const];
  return isBootstrapOn ? [...all, ...BOOTSTRAPPED] : all;
}
