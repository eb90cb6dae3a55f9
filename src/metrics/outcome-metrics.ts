import type { GroupTally } from '../core/types.js';
import { countAtLeast, quantileOfCounts, type OutcomeSummary } from '../stats/outcome-summary.js';
import type { MetricDef } from './metric-def.js';
import { outcomeSample, summaryOf, type Sample } from './value-samples.js';
import type { OutcomeMetricId } from '../model/vocabulary.js';

const O = ['outcome'] as const;

/** A field of the group's outcome summary; null without outcome rows, and for sd with fewer than 2. */
function field(key: keyof OutcomeSummary): (t: GroupTally) => number | null {
  return (t) => {
    const s = outcomeSample(t);
    const v = s ? summaryOf(s)?.[key] : undefined;
    return v === undefined || Number.isNaN(v) ? null : v;
  };
}

/** The 80th percentile of the attribute's rows (the population of the group), holisticai's success threshold. */
export function topThreshold(population: GroupTally): number | null {
  const s = outcomeSample(population);
  return s && s.sorted.total > 0 ? quantileOfCounts(s.sorted, 0.8) : null;
}

/** Rows at or above the population's 80th percentile, and the group's rows. */
export function topCounts(t: GroupTally, population: GroupTally): { above: number; n: number; sample: Sample } | null {
  const s = outcomeSample(t);
  const threshold = topThreshold(population);
  if (!s || s.sorted.total === 0 || threshold === null) return null;
  return { above: countAtLeast(s.sorted, threshold), n: s.sorted.total, sample: s };
}

/**
 * Per-group statistics of the numeric outcome (`--outcome`): mean, standard
 * deviation (ddof 1), median and deciles by numpy's default linear method, and
 * the share at or above the attribute's 80th percentile (holisticai's
 * `disparate_impact_regression` success rate, q = 0.8). Keys are the JSON keys.
 */
export const OUTCOME_METRICS = {
  mean_outcome: { title: 'mean outcome', short: 'mean outcome', formula: 'Σ outcome / n', needs: O, favourable: 'high', compute: field('mean') },
  sd_outcome: { title: 'standard deviation of the outcome', short: 'sd', formula: '√(Σ (outcome − mean)² / (n − 1))', needs: O, favourable: 'low', compute: field('sd') },
  p10_outcome: { title: '10th percentile of the outcome', short: 'p10', formula: 'numpy percentile 10 (linear)', needs: O, favourable: 'high', compute: field('p10') },
  p25_outcome: { title: '25th percentile of the outcome', short: 'p25', formula: 'numpy percentile 25 (linear)', needs: O, favourable: 'high', compute: field('p25') },
  median_outcome: { title: 'median outcome', short: 'median', formula: 'numpy percentile 50 (linear)', needs: O, favourable: 'high', compute: field('median') },
  p75_outcome: { title: '75th percentile of the outcome', short: 'p75', formula: 'numpy percentile 75 (linear)', needs: O, favourable: 'high', compute: field('p75') },
  p90_outcome: { title: '90th percentile of the outcome', short: 'p90', formula: 'numpy percentile 90 (linear)', needs: O, favourable: 'high', compute: field('p90') },
  share_above_p80: {
    title: 'share at or above the overall 80th percentile of the outcome',
    short: 'top-20% share',
    formula: '#(outcome ≥ P80 of the attribute’s rows) / n',
    needs: O,
    favourable: 'high',
    compute: (t, population) => {
      const c = topCounts(t, population);
      return c ? c.above / c.n : null;
    },
  },
} as const satisfies Record<OutcomeMetricId, MetricDef>;
