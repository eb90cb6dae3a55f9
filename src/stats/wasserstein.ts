import { jointCdfs, sortCounts, type ValueCounts } from './value-counts.js';

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
  const sa = sortCounts(a, 'first sample');
  const sb = sortCounts(b, 'second sample');
  if (sa.total === 0 || sb.total === 0) return null;
  const { at, cdfA, cdfB } = jointCdfs(sa, sb);
  let area = 0;
  for (let i = 0; i + 1 < at.length; i++) area += Math.abs(cdfA[i]! - cdfB[i]!) * (at[i + 1]! - at[i]!);
  return area;
}
