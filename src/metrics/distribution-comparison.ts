import { aucFromHistogram } from '../core/auc-histogram.js';
import type { GroupTally } from '../core/types.js';
import type { DisparityResult } from '../model/audit-result.js';
import { abrocaOfCurves } from '../stats/abroca.js';
import { katzInterval } from '../stats/katz.js';
import { ecdfDistances, restMeanSummary } from '../stats/ecdf-walk.js';
import { ksOfStatistic } from '../stats/ks-two-sample.js';
import { welchTest } from '../stats/welch.js';
import type { DistributionDisparityId } from '../model/vocabulary.js';
import { DISTRIBUTION_DISPARITIES } from './distribution-disparities.js';
import { topCounts } from './outcome-metrics.js';
import { classComparison } from './class-comparison.js';
import { outcomeSample, rocOf, scoreSample, summaryOf, type Sample } from './value-samples.js';

/** The tallies a comparison reads: the group's, its reference's, and the population (the reference `(overall)` is it). */
export interface ComparedTallies {
  group: GroupTally;
  reference: GroupTally;
  population: GroupTally;
  /** the reference is the whole population, which contains the group: tests compare the group with the rest */
  isOverall: boolean;
  /** the group is its own reference: the value only, nothing to test */
  isSelf: boolean;
}

export function isDistributionDisparity(id: string): id is DistributionDisparityId {
  return Object.hasOwn(DISTRIBUTION_DISPARITIES, id);
}

/** The largest |a/b − a'/b'| over a within ea of a' and b within eb of b' (Infinity when b may be 0). */
function ratioBound(a: number, b: number, ea: number, eb: number): number {
  if (Math.abs(b) <= eb) return Infinity;
  const value = a / b;
  return Math.max(...[a - ea, a + ea].flatMap((x) => [b - eb, b + eb].map((y) => Math.abs(x / y - value))));
}

function withBound(d: DisparityResult, bound: number): DisparityResult {
  return bound > 0 && Number.isFinite(bound) ? { ...d, maxError: bound } : d;
}

/** Mean difference or ratio: Welch's interval (difference) and test (both), the grids' bound. */
function meanComparison(id: 'mean_outcome_difference' | 'mean_outcome_ratio', d: DisparityResult, g: Sample, r: Sample, t: ComparedTallies, confidence: number): DisparityResult {
  const a = summaryOf(g);
  const b = summaryOf(r);
  if (!a || !b || d.value === null) return d;
  const bound = id === 'mean_outcome_difference' ? g.shift + r.shift : ratioBound(a.mean, b.mean, g.shift, r.shift);
  if (t.isSelf) return withBound(d, bound);
  const out: DisparityResult = { ...d };
  const other = t.isOverall ? restMeanSummary(g.sorted, r.sorted) : b;
  const test = other && welchTest(a, other, confidence);
  if (test) Object.assign(out, { pValue: test.pValue, test: 'welch' as const });
  const interval = id === 'mean_outcome_difference' ? welchTest(a, b, confidence)?.interval : undefined;
  if (interval) out.interval = interval;
  return withBound(out, bound);
}

/**
 * KS or Wasserstein-1 of two samples; KS with scipy's p-value, which against
 * the overall reference compares the group with the rest of the population;
 * on grids, bounds (docs/statistics-methods.md). One allocation-free walk
 * per comparison: linear in the groups.
 */
function sampleComparison(kind: 'ks' | 'wasserstein', d: DisparityResult, g: Sample, r: Sample, t: ComparedTallies, isTested: boolean): DisparityResult {
  const distances = ecdfDistances(g.sorted, r.sorted);
  if (!distances) return { ...d, value: null };
  if (kind === 'wasserstein') return withBound({ ...d, value: distances.wasserstein }, g.shift + r.shift);
  if (!isTested) return withBound({ ...d, value: distances.ks }, Math.max(g.cellShare, r.cellShare));
  const ks = ksOfStatistic(g.sorted.total, r.sorted.total, distances.ks);
  const out: DisparityResult = { ...d, value: ks.statistic };
  if (!t.isSelf) {
    const rest = t.isOverall ? ecdfDistances(g.sorted, r.sorted, true) : distances;
    const test = rest && (t.isOverall ? ksOfStatistic(g.sorted.total, rest.totalB, rest.ks) : ks);
    if (test) Object.assign(out, { pValue: test.pValue, test: test.method === 'exact' ? ('ks-exact' as const) : ('ks-asymptotic' as const) });
  }
  return withBound(out, Math.max(g.cellShare, r.cellShare));
}

/** ABROCA of the two groups' ROC curves; on the AUC grid each curve is within its AUC bound of the exact one in area. */
function abrocaComparison(d: DisparityResult, t: ComparedTallies): DisparityResult {
  const value = abrocaOfCurves(rocOf(t.group.auc), rocOf(t.reference.auc));
  return withBound({ ...d, value }, value === null ? 0 : aucFromHistogram(t.group.auc).maxError + aucFromHistogram(t.reference.auc).maxError);
}

/** The share ratio's Katz interval (rows at or above the population's 80th percentile over rows). */
function shareComparison(d: DisparityResult, t: ComparedTallies, z: number): DisparityResult {
  const g = topCounts(t.group, t.population);
  const r = topCounts(t.reference, t.population);
  if (!g || !r || d.value === null || t.isSelf) return d;
  const interval = katzInterval(g.above, g.n, r.above, r.n, z);
  return interval ? { ...d, interval } : d;
}

/** A distribution disparity with its value (two-sample kinds), interval, test and grid bound. */
export function distributionComparison(id: DistributionDisparityId, d: DisparityResult, t: ComparedTallies, settings: { confidence: number; z: number; isScoreKsTested?: boolean }): DisparityResult {
  if (id === 'abroca') return abrocaComparison(d, t);
  if (id === 'tvd' || id === 'js') return classComparison(id, d, t);
  if (id === 'share_above_p80_ratio') return shareComparison(d, t, settings.z);
  const isScore = id === 'score_ks' || id === 'score_wasserstein';
  const g = isScore ? scoreSample(t.group) : outcomeSample(t.group);
  const r = isScore ? scoreSample(t.reference) : outcomeSample(t.reference);
  if (!g || !r || g.sorted.total === 0 || r.sorted.total === 0) return { ...d, value: null };
  if (id === 'mean_outcome_difference' || id === 'mean_outcome_ratio') return meanComparison(id, d, g, r, t, settings.confidence);
  return sampleComparison(id === 'ks' || id === 'score_ks' ? 'ks' : 'wasserstein', d, g, r, t, id === 'ks' || settings.isScoreKsTested === true);
}
