/**
 * A sample kept as value → count: the mergeable sufficient statistic of a
 * numeric outcome whose values repeat (prices, discounts, scores). Counts are
 * non-negative and may be fractional (weights); a value with count 0 is the
 * same as an absent one. Every function of the sample that fairgate reports
 * (mean, quantiles, KS, Wasserstein) is a function of this map, so the tally
 * of shards merged by `mergeValueCounts` gives the one-pass result. This file
 * also holds the distance that is a plain function of the two ECDFs
 * (Wasserstein-1); KS, which needs its null distribution, is in ks-two-sample.ts.
 */
export type ValueCounts = ReadonlyMap<number, number>;

/** The distinct values in ascending order with their counts, and the total count. */
export interface SortedCounts {
  values: Float64Array;
  counts: Float64Array;
  total: number;
}

/** Throws a RangeError naming the first non-finite value or negative / non-finite count. */
export function assertValidCounts(m: ValueCounts, what = 'sample'): void {
  for (const [value, count] of m) {
    if (!Number.isFinite(value)) throw new RangeError(`${what}: value ${value} is not a finite number`);
    if (!Number.isFinite(count) || count < 0) throw new RangeError(`${what}: count ${count} of value ${value} is not a non-negative finite number`);
  }
}

/** Sorts a value → count map (values ascending, zero counts dropped). */
export function sortCounts(m: ValueCounts, what = 'sample'): SortedCounts {
  assertValidCounts(m, what);
  const entries = [...m].filter(([, c]) => c > 0).sort((a, b) => a[0] - b[0]);
  const values = new Float64Array(entries.length);
  const counts = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([v, c], i) => {
    values[i] = v;
    counts[i] = c;
    total += c;
  });
  return { values, counts, total };
}

/** The sum of two samples (a new map; neither input changes). */
export function mergeValueCounts(a: ValueCounts, b: ValueCounts): Map<number, number> {
  const out = new Map(a);
  for (const [v, c] of b) out.set(v, (out.get(v) ?? 0) + c);
  return out;
}

/**
 * The two samples' empirical CDFs on the union of their distinct values:
 * `at[i]` ascending, `cdfA[i]` = share of A at or below `at[i]` (right-continuous,
 * as numpy's searchsorted(side='right') in scipy's ks_2samp and
 * wasserstein_distance). Both samples must be non-empty.
 */
export function jointCdfs(a: SortedCounts, b: SortedCounts): { at: Float64Array; cdfA: Float64Array; cdfB: Float64Array } {
  const at: number[] = [];
  const cdfA: number[] = [];
  const cdfB: number[] = [];
  let i = 0;
  let j = 0;
  let sumA = 0;
  let sumB = 0;
  while (i < a.values.length || j < b.values.length) {
    const va = i < a.values.length ? a.values[i]! : Infinity;
    const vb = j < b.values.length ? b.values[j]! : Infinity;
    const x = Math.min(va, vb);
    if (va === x) sumA += a.counts[i++]!;
    if (vb === x) sumB += b.counts[j++]!;
    at.push(x);
    // Exactly 1 at the last value of each sample (a running sum / total can round to 1 − ε).
    cdfA.push(i === a.values.length ? 1 : sumA / a.total);
    cdfB.push(j === b.values.length ? 1 : sumB / b.total);
  }
  return { at: Float64Array.from(at), cdfA: Float64Array.from(cdfA), cdfB: Float64Array.from(cdfB) };
}

/**
 * The Wasserstein-1 (earth mover's) distance between two samples given as
 * value → count maps: the area between their empirical CDFs,
 *
 *   W₁ = ∫ |F_A(x) − F_B(x)| dx = Σᵢ |F_A(xᵢ) − F_B(xᵢ)|·(xᵢ₊₁ − xᵢ)
 *
 * over the sorted distinct values xᵢ of both samples (the CDFs are step
 * functions, constant between consecutive values). This is scipy's
 * `wasserstein_distance(u_values, v_values, u_weights, v_weights)` with the
 * counts as weights, i.e. the distance between the raw samples. In the units
 * of the outcome. Null when either sample is empty.
 */
export function wassersteinDistance(a: ValueCounts, b: ValueCounts): number | null {
  return wassersteinSorted(sortCounts(a, 'first sample'), sortCounts(b, 'second sample'));
}

/** wassersteinDistance of two samples already sorted. */
export function wassersteinSorted(sa: SortedCounts, sb: SortedCounts): number | null {
  if (sa.total === 0 || sb.total === 0) return null;
  const { at, cdfA, cdfB } = jointCdfs(sa, sb);
  let area = 0;
  for (let i = 0; i + 1 < at.length; i++) area += Math.abs(cdfA[i]! - cdfB[i]!) * (at[i + 1]! - at[i]!);
  return area;
}
