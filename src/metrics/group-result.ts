import { aucFromHistogram } from '../core/auc-histogram.js';
import { calibrationBins } from '../core/calibration-bins.js';
import { confusion } from '../core/tally.js';
import type { Capabilities, GroupTally } from '../core/types.js';
import type { GroupResult, Interval } from '../report/audit-result.js';
import { Z_95, wilsonInterval } from './intervals.js';
import { availableMetrics, metricValue, rateCounts, type MetricId } from './registry.js';

/**
 * Counts, metric values and rate intervals of one group (disparities are added
 * per attribute). `population` is the attribute's tally, for the share metrics.
 */
export function groupResult(key: string, values: Record<string, string>, t: GroupTally, caps: Capabilities, population: GroupTally = t): GroupResult {
  const metrics: Partial<Record<MetricId, number | null>> = {};
  const intervals: Partial<Record<MetricId, Interval>> = {};
  for (const id of availableMetrics(caps)) {
    metrics[id] = metricValue(id, t, population);
    const counts = rateCounts(id, t);
    const interval = counts && wilsonInterval(counts.successes, counts.trials, Z_95);
    if (interval) intervals[id] = interval;
  }
  const result: GroupResult = {
    key,
    values,
    n: t.n,
    ...(caps.hasDecision ? { selected: t.selected } : {}),
    ...(caps.hasLabel ? { positives: t.positives } : {}),
    ...(caps.hasDecision && caps.hasLabel ? confusion(t) : {}),
    metrics,
    intervals,
    disparities: {},
  };
  if (caps.hasScore && caps.hasLabel) {
    result.calibration = calibrationBins(t.bins);
    const { maxError } = aucFromHistogram(t.auc);
    if (t.auc.step !== null) result.aucMaxError = maxError;
  }
  return result;
}
