import { kolmogorovSf } from './kolmogorov-distribution.js';
import { ksExactEqualSizes, ksExactInsideMethod } from './ks-exact.js';
import { jointCdfs, sortCounts, type SortedCounts, type ValueCounts } from './value-counts.js';

export interface KsResult {
  /** sup |F_A − F_B| over the pooled values (for 'exact', rounded to the multiple h/lcm(nₐ, n_b) the p-value is for, as scipy reports it) */
  statistic: number;
  /** two-sided p-value */
  pValue: number;
  method: 'exact' | 'asymptotic';
}

/** scipy's method 'auto': exact when both samples have at most this many rows. */
export const KS_EXACT_MAX_N = 10_000;

function gcd(a: number, b: number): number {
  let [x, y] = [a, b];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** numpy's round: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * The two-sided two-sample Kolmogorov–Smirnov test from two value → count
 * maps (whole counts: the rows behind each value), equal to scipy's
 * `ks_2samp(a, b, alternative='two-sided', method='auto')` on the expanded
 * samples:
 *
 * - D = max over the pooled values of |F_A(v) − F_B(v)| (right-continuous
 *   empirical CDFs, so tied values are handled as scipy's searchsorted does);
 * - both samples ≤ 10,000 rows: the exact p-value (ks-exact.ts) for
 *   h = round(D·lcm), reporting D = h/lcm; should it fail to give a
 *   probability in [0, 1], scipy (and this) falls back to the asymptotic one;
 * - otherwise P(D_N ≥ D) for the one-sample Kolmogorov distribution with
 *   N = round(nₐn_b/(nₐ + n_b)) (scipy's `kstwo.sf(d, np.round(en))`, see
 *   kolmogorov-distribution.ts).
 *
 * The p-values assume continuous outcomes; with ties (repeated prices) they
 * are conservative, as scipy's. Null when either sample is empty.
 */
export function ksTwoSample(a: ValueCounts, b: ValueCounts): KsResult | null {
  return ksTwoSampleSorted(sortCounts(a, 'first sample'), sortCounts(b, 'second sample'));
}

/** ksTwoSample of two samples already sorted (whole counts). */
export function ksTwoSampleSorted(sa: SortedCounts, sb: SortedCounts): KsResult | null {
  const n1 = sa.total;
  const n2 = sb.total;
  if (n1 === 0 || n2 === 0) return null;
  if (!Number.isInteger(n1) || !Number.isInteger(n2)) throw new RangeError(`KS test needs whole counts (got totals ${n1} and ${n2})`);
  const { cdfA, cdfB } = jointCdfs(sa, sb);
  let d = 0;
  for (let i = 0; i < cdfA.length; i++) d = Math.max(d, Math.abs(cdfA[i]! - cdfB[i]!));
  return ksOfStatistic(n1, n2, d);
}

/** The KS result of samples of n1 and n2 rows (whole, positive) whose ECDFs are at most `d` apart (scipy's 'auto' p-value). */
export function ksOfStatistic(n1: number, n2: number, d: number): KsResult {
  if (!Number.isInteger(n1) || !Number.isInteger(n2)) throw new RangeError(`KS test needs whole counts (got totals ${n1} and ${n2})`);
  if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = Math.round(d * lcm);
    const dExact = h / lcm;
    if (h === 0) return { statistic: dExact, pValue: 1, method: 'exact' };
    const p = n1 === n2 ? ksExactEqualSizes(n1, h) : ksExactInsideMethod(n1, n2, g, h);
    if (p >= 0 && p <= 1) return { statistic: dExact, pValue: p, method: 'exact' };
    d = dExact;
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = (m * n) / (m + n);
  return { statistic: d, pValue: Math.min(1, Math.max(0, kolmogorovSf(roundHalfEven(en), d))), method: 'asymptotic' };
}
