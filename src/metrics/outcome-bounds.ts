import type { GroupTally } from '../core/types.js';
import type { Interval } from '../model/interval.js';
import type { MetricId } from '../model/vocabulary.js';
import { tQuantile } from '../stats/sampling-distributions.js';
import type { IntervalSettings } from './intervals.js';
import { topThreshold } from './outcome-metrics.js';
import { outcomeSample, summaryOf } from './value-samples.js';

/**
 * The t interval of a group's mean outcome, mean ± t(1 − α/2, n − 1)·sd/√n
 * (statsmodels' DescrStatsW.tconfint_mean); null with fewer than 2 rows.
 */
export function meanOutcomeInterval(t: GroupTally, settings: IntervalSettings): Interval | null {
  const s = outcomeSample(t);
  const summary = s ? summaryOf(s) : null;
  if (!summary || summary.n < 2) return null;
  const half = tQuantile(1 - (1 - settings.confidence) / 2, summary.n - 1) * (summary.sd / Math.sqrt(summary.n));
  return [summary.mean - half, summary.mean + half];
}

/**
 * On the grid (a map past the exact-map budget) every row's outcome moved by
 * at most `shift`, so: the mean and each quantile by at most shift (a
 * quantile interpolates two moved values); the sd by at most shift·√(n/(n−1))
 * (Minkowski); the share at or above the population's 80th percentile only
 * through rows whose grid value lies within 2·shift + the population's shift
 * of the grid threshold. Undefined when the group's outcome map is exact.
 */
export function outcomeMaxErrors(t: GroupTally, population: GroupTally): Partial<Record<MetricId, number>> | undefined {
  const s = outcomeSample(t);
  const summary = s ? summaryOf(s) : null;
  if (!s || !summary || s.shift === 0) return undefined;
  const out: Partial<Record<MetricId, number>> = {};
  for (const id of ['mean_outcome', 'p10_outcome', 'p25_outcome', 'median_outcome', 'p75_outcome', 'p90_outcome'] as const) out[id] = s.shift;
  if (summary.n > 1) out.sd_outcome = s.shift * Math.sqrt(summary.n / (summary.n - 1));
  const threshold = topThreshold(population);
  const whole = outcomeSample(population);
  if (threshold !== null && whole) {
    const reach = 2 * s.shift + whole.shift;
    let near = 0;
    for (let i = 0; i < s.sorted.values.length; i++) if (Math.abs(s.sorted.values[i]! - threshold) <= reach) near += s.sorted.counts[i]!;
    out.share_above_p80 = near / s.sorted.total;
  }
  return out;
}
