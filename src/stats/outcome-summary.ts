import { sortCounts, type SortedCounts, type ValueCounts } from './value-counts.js';

/** n, mean and the sample variance (ddof 1) of a numeric outcome. */
export interface MeanSummary {
  n: number;
  mean: number;
  /** Σ c(v − mean)² / (n − 1); NaN when n < 2 */
  variance: number;
}

export interface OutcomeSummary extends MeanSummary {
  /** √variance (numpy's std with ddof=1); NaN when n < 2 */
  sd: number;
  p10: number;
  p25: number;
  median: number;
  p75: number;
  p90: number;
}

/** Mean and variance in two passes over the distinct values (no Σv² − n·mean² cancellation). Null for an empty sample. */
export function meanSummary(m: ValueCounts | SortedCounts): MeanSummary | null {
  const s = m instanceof Map ? sortCounts(m) : (m as SortedCounts);
  if (s.total === 0) return null;
  let sum = 0;
  for (let i = 0; i < s.values.length; i++) sum += s.counts[i]! * s.values[i]!;
  const mean = sum / s.total;
  let squares = 0;
  for (let i = 0; i < s.values.length; i++) squares += s.counts[i]! * (s.values[i]! - mean) ** 2;
  return { n: s.total, mean, variance: s.total > 1 ? squares / (s.total - 1) : Number.NaN };
}

/**
 * The q-quantile (0 ≤ q ≤ 1) by numpy's default method 'linear' (Hyndman &
 * Fan type 7): with the n values sorted, h = (n − 1)q, the value at index ⌊h⌋
 * plus (h − ⌊h⌋) of the step to the next — evaluated as numpy's `_lerp` does
 * (from the upper end when the fraction is ≥ ½), so results equal numpy's to
 * the last bit. Counts must be whole numbers here (an index into the
 * expanded sample). NaN for an empty sample.
 */
export function quantileOfCounts(s: SortedCounts, q: number): number {
  if (s.total === 0) return Number.NaN;
  if (!Number.isInteger(s.total)) throw new RangeError(`quantiles need whole counts (the sample's total is ${s.total})`);
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile level ${q} is not between 0 and 1`);
  const h = (s.total - 1) * q;
  const lo = Math.floor(h);
  const t = h - lo;
  const a = valueAtRank(s, lo);
  const b = t > 0 ? valueAtRank(s, lo + 1) : a;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** The value at 0-based position `rank` of the expanded sorted sample. */
function valueAtRank(s: SortedCounts, rank: number): number {
  let seen = 0;
  for (let i = 0; i < s.values.length; i++) {
    seen += s.counts[i]!;
    if (rank < seen) return s.values[i]!;
  }
  return s.values[s.values.length - 1]!;
}

/** Mean, sd (ddof 1), median and p10/p25/p75/p90 of a value → count map; null when it is empty. */
export function summarizeOutcome(m: ValueCounts): OutcomeSummary | null {
  return summarizeSorted(sortCounts(m));
}

/** summarizeOutcome of a sample already sorted (a tally's value histogram). */
export function summarizeSorted(s: SortedCounts): OutcomeSummary | null {
  const base = meanSummary(s);
  if (!base) return null;
  const q = (p: number) => quantileOfCounts(s, p);
  return { ...base, sd: Math.sqrt(base.variance), p10: q(0.1), p25: q(0.25), median: q(0.5), p75: q(0.75), p90: q(0.9) };
}

/**
 * Share of the sample at or above `threshold`. With the threshold the overall
 * 80th percentile (`quantileOfCounts(all, 0.8)`) this is holisticai's success
 * rate in `disparate_impact_regression` (q = 0.8), which keeps scores ≥
 * np.quantile(scores, q). NaN for an empty sample.
 */
export function shareAtLeast(m: ValueCounts, threshold: number): number {
  let total = 0;
  let above = 0;
  for (const [v, c] of m) {
    total += c;
    if (v >= threshold) above += c;
  }
  return total === 0 ? Number.NaN : above / total;
}

/** Rows of a sorted sample at or above `threshold` (the numerator of shareAtLeast). */
export function countAtLeast(s: SortedCounts, threshold: number): number {
  let above = 0;
  for (let i = s.values.length - 1; i >= 0 && s.values[i]! >= threshold; i--) above += s.counts[i]!;
  return above;
}
