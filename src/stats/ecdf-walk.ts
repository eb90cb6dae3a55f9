import type { MeanSummary } from './outcome-summary.js';
import type { SortedCounts } from './value-counts.js';

/** The two ECDF distances of two samples: KS's sup |F_A − F_B| and Wasserstein-1's ∫ |F_A − F_B| dx. */
export interface EcdfDistances {
  ks: number;
  wasserstein: number;
  /** the rows of the second sample (after the subtraction, with `isRest`) */
  totalB: number;
}

/**
 * One merge walk over two sorted samples, with no allocation: the same CDF
 * values as jointCdfs (right-continuous, exactly 1 at each sample's last
 * value), so KS and Wasserstein-1 equal ks-two-sample.ts and
 * wassersteinSorted. With `isRest`, the second sample is `b − a` (b contains
 * a, value by value: a group and its population), which compares a group
 * with the rest of its population without building the rest: a report
 * against the overall reference does this once per group.
 * Null when either sample is empty.
 */
export function ecdfDistances(a: SortedCounts, b: SortedCounts, isRest = false): EcdfDistances | null {
  const totalB = isRest ? b.total - a.total : b.total;
  if (a.total === 0 || !(totalB > 0)) return null;
  let i = 0;
  let j = 0;
  let sumA = 0;
  let sumB = 0;
  let ks = 0;
  let wasserstein = 0;
  let previous = Number.NaN;
  let gap = 0;
  while (i < a.values.length || j < b.values.length) {
    const va = i < a.values.length ? a.values[i]! : Infinity;
    const vb = j < b.values.length ? b.values[j]! : Infinity;
    const x = Math.min(va, vb);
    if (previous === previous) wasserstein += gap * (x - previous);
    let countA = 0;
    if (va === x) sumA += countA = a.counts[i++]!;
    if (vb === x) sumB += b.counts[j++]! - (isRest ? countA : 0);
    else if (isRest && countA > 0) throw new RangeError(`the population lacks the group's value ${x}`);
    const cdfA = i === a.values.length ? 1 : sumA / a.total;
    const cdfB = isRest ? (sumB === totalB ? 1 : sumB / totalB) : j === b.values.length ? 1 : sumB / b.total;
    gap = Math.abs(cdfA - cdfB);
    ks = Math.max(ks, gap);
    previous = x;
  }
  return { ks, wasserstein, totalB };
}

/**
 * n, mean and variance (ddof 1) of `whole − part`, in two passes over the
 * whole's values (as meanSummary: no Σv² − n·mean² cancellation). Null when
 * the rest is empty.
 */
export function restMeanSummary(part: SortedCounts, whole: SortedCounts): MeanSummary | null {
  const n = whole.total - part.total;
  if (!(n > 0)) return null;
  const restAt = (visit: (value: number, count: number) => void) => {
    let j = 0;
    for (let i = 0; i < whole.values.length; i++) {
      const v = whole.values[i]!;
      while (j < part.values.length && part.values[j]! < v) j++;
      const count = whole.counts[i]! - (j < part.values.length && part.values[j] === v ? part.counts[j]! : 0);
      if (count > 0) visit(v, count);
    }
  };
  let sum = 0;
  restAt((v, c) => (sum += v * c));
  const mean = sum / n;
  let squares = 0;
  restAt((v, c) => (squares += c * (v - mean) ** 2));
  return { n, mean, variance: n > 1 ? squares / (n - 1) : Number.NaN };
}
