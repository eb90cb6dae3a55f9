import type { Interval } from '../model/interval.js';
import type { MeanSummary } from './outcome-summary.js';
import { tQuantile, tTwoSidedP } from './sampling-distributions.js';

export interface WelchResult {
  /** mean(a) − mean(b) */
  difference: number;
  /** √(s²ₐ/nₐ + s²_b/n_b), the standard error of the difference */
  standardError: number;
  /** Welch–Satterthwaite degrees of freedom */
  df: number;
  t: number;
  /** two-sided p-value */
  pValue: number;
  /** difference ± t₍₁₋α/₂, df₎·standardError */
  interval: Interval;
}

/**
 * Welch's unequal-variance t test of H₀: equal means, and the Welch interval
 * for the difference of means, from each sample's n, mean and variance
 * (ddof 1) — B. L. Welch, Biometrika 34 (1947) 28–35; F. E. Satterthwaite,
 * Biometrics Bulletin 2 (1946) 110–114:
 *
 *   vᵢ = s²ᵢ/nᵢ,  t = (x̄ₐ − x̄_b)/√(vₐ + v_b),
 *   df = (vₐ + v_b)² / (vₐ²/(nₐ − 1) + v_b²/(n_b − 1)),  p = 2·P(T_df ≤ −|t|).
 *
 * Equal to scipy's `ttest_ind(a, b, equal_var=False)` (statistic, pvalue) and
 * statsmodels' `CompareMeans.tconfint_diff(usevar='unequal')`. As scipy, when
 * both variances are 0 the df is taken as 1 (it does not matter then): t is
 * ±∞ and p = 0 if the means differ. Null when a sample has fewer than 2 rows,
 * or when both are constant and equal (nothing to test: scipy gives NaN).
 */
export function welchTest(a: MeanSummary, b: MeanSummary, confidence = 0.95): WelchResult | null {
  if (a.n < 2 || b.n < 2) return null;
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const difference = a.mean - b.mean;
  const standardError = Math.sqrt(va + vb);
  if (standardError === 0) {
    if (difference === 0) return null;
    return { difference, standardError, df: 1, t: difference > 0 ? Infinity : -Infinity, pValue: 0, interval: [difference, difference] };
  }
  const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const t = difference / standardError;
  const half = tQuantile(1 - (1 - confidence) / 2, df) * standardError;
  return { difference, standardError, df, t, pValue: tTwoSidedP(t, df), interval: [difference - half, difference + half] };
}
