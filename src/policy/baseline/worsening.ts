import type { RuleMetric } from '../../model/config.js';
import { DISPARITIES } from '../../metrics/disparity.js';
import { METRICS } from '../../metrics/registry.js';
import type { MetricId, DisparityId } from '../../model/vocabulary.js';

/** Which way is better: up, down, or towards an ideal value (0 for differences, 1 for ratios). */
export type Direction = 'higher' | 'lower' | 'towards-0' | 'towards-1';

/**
 * A group metric's direction is its registry `favourable`; a disparity's follows
 * from its kind, since parity is the ideal: a ratio is best at 1, a difference at 0.
 */
export function directionOf(metric: RuleMetric): Direction {
  if (metric in DISPARITIES) return DISPARITIES[metric as DisparityId].kind === 'ratio' ? 'towards-1' : 'towards-0';
  const favourable = METRICS[metric as MetricId].favourable;
  return favourable === 'high' ? 'higher' : favourable === 'low' ? 'lower' : 'towards-0';
}

/**
 * How much worse `after` is than `before` in the metric's unfavourable
 * direction (negative = better): before − after when higher is better,
 * after − before when lower is better, |after − ideal| − |before − ideal| for
 * an ideal value. Undefined (null) when either value is.
 */
export function worsening(metric: RuleMetric, before: number | null, after: number | null): number | null {
  if (before === null || after === null) return null;
  switch (directionOf(metric)) {
    case 'higher':
      return before - after;
    case 'lower':
      return after - before;
    case 'towards-0':
      return Math.abs(after) - Math.abs(before);
    case 'towards-1':
      return Math.abs(after - 1) - Math.abs(before - 1);
  }
}
