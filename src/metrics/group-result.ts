import { aucFromHistogram } from '../core/auc-histogram.js';
import { calibrationBins } from '../core/calibration-bins.js';
import { confusion } from '../core/tally.js';
import type { GroupTally } from '../core/types.js';
import type { GroupResult } from '../model/audit-result.js';
import { bootstrapInterval, brierReplicates } from '../stats/bootstrap.js';
import { eceInterval } from '../stats/ece-interval.js';
import { delongInterval } from './delong.js';
import { calibrationBinSums, calibrationTest } from './calibration-test.js';
import { meanOutcomeInterval, outcomeMaxErrors } from './outcome-bounds.js';
import { wilsonInterval } from '../stats/wilson.js';
import { DEFAULT_INTERVALS, type IntervalSettings } from './intervals.js';
import { availableMetrics, metricValue, rateCounts } from './registry.js';
import type { MetricId } from '../model/vocabulary.js';
import type { Capabilities } from '../model/capabilities.js';
import type { Interval } from '../model/interval.js';

/**
 * The interval of one metric: Wilson for proportions, DeLong for AUC,
 * Bonferroni-combined Clopper–Pearson intervals of the bins' positive rates for
 * ece (ece-interval.ts: a bootstrap of ECE does not cover near 0), the
 * bias-corrected bootstrap for brier when the tally carries replicates;
 * undefined otherwise (mean score, calibration in the large,
 * exposure and the shares of ranked outputs).
 */
function metricInterval(id: MetricId, value: number | null, t: GroupTally, settings: IntervalSettings): Interval | null {
  const counts = rateCounts(id, t);
  if (counts) return wilsonInterval(counts.successes, counts.trials, settings.z);
  if (value === null) return null;
  if (id === 'auc') return delongInterval(t.auc, settings.z);
  if (id === 'mean_outcome') return meanOutcomeInterval(t, settings);
  if (id === 'ece') return eceInterval(calibrationBinSums(t), settings.confidence);
  if (id === 'brier' && t.bootstrap) return bootstrapInterval(brierReplicates(t.bootstrap), value, settings.confidence);
  return null;
}

/**
 * Counts, metric values and metric intervals of one group (disparities are
 * added per attribute). `population` is the attribute's tally, for the share
 * metrics of ranked outputs.
 */
export function groupResult(
  key: string,
  values: Record<string, string>,
  t: GroupTally,
  caps: Capabilities,
  settings: IntervalSettings = DEFAULT_INTERVALS,
  population: GroupTally = t,
): GroupResult {
  const metrics: Partial<Record<MetricId, number | null>> = {};
  const intervals: Partial<Record<MetricId, Interval>> = {};
  for (const id of availableMetrics(caps)) {
    metrics[id] = metricValue(id, t, population);
    const interval = metricInterval(id, metrics[id], t, settings);
    if (interval) intervals[id] = interval;
  }
  const result: GroupResult = {
    key,
    values,
    n: t.n,
    ...(caps.hasDecision ? { selected: t.selected } : {}),
    ...(caps.hasLabel ? { positives: t.positives } : {}),
    ...(caps.hasRank ? { atK: t.atK } : {}),
    ...(caps.hasDecision && caps.hasLabel ? confusion(t) : {}),
    metrics,
    intervals,
    disparities: {},
  };
  if (caps.hasScore && caps.hasLabel) {
    result.calibration = calibrationBins(t.bins);
    const test = calibrationTest(t);
    if (test) result.calibrationTest = test;
    const { maxError } = aucFromHistogram(t.auc);
    if (t.auc.step !== null) result.aucMaxError = maxError;
  }
  const maxErrors = caps.hasOutcome ? outcomeMaxErrors(t, population) : undefined;
  if (maxErrors) result.maxErrors = maxErrors;
  return result;
}
