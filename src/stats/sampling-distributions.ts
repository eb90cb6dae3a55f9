import gammainc from '@stdlib/math-base-special-gammainc';
import tCdfLib from '@stdlib/stats-base-dists-t-cdf';
import tQuantileLib from '@stdlib/stats-base-dists-t-quantile';

/**
 * The sampling distributions of the tests: Student's t and chi-square.
 *
 * Student's t distribution with `df` > 0 degrees of freedom (any real df, as
 * the Welch–Satterthwaite df is), from stdlib (`@stdlib/stats-base-dists-t-cdf`,
 * `-t-quantile`, both on the regularised incomplete beta function). Checked
 * against scipy's `stdtr` / `t.ppf` in test/fixtures/stats/distributions.json.
 */

/** P(T ≤ t). The lower tail is computed directly, so small tail areas keep their relative precision. */
export function tCdf(t: number, df: number): number {
  return tCdfLib(t, df);
}

/** P(T ≥ t), as P(T ≤ −t) by symmetry (no cancellation in 1 − cdf). */
export function tSf(t: number, df: number): number {
  return tCdfLib(-t, df);
}

/** Two-sided p-value P(|T| ≥ |t|) = 2·P(T ≤ −|t|), as scipy's `_ttest_finish` computes it. */
export function tTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t)) return Number.NaN;
  return Math.min(1, 2 * tCdfLib(-Math.abs(t), df));
}

/** The p-quantile of T. */
export function tQuantile(p: number, df: number): number {
  return tQuantileLib(p, df);
}

/**
 * The chi-square distribution with `df` > 0 degrees of freedom, from stdlib's
 * regularised incomplete gamma function (`@stdlib/math-base-special-gammainc`):
 * P(X ≤ x) = P(df/2, x/2), P(X > x) = Q(df/2, x/2). The upper tail is computed
 * as Q directly, so a p-value of 1e-200 keeps its relative precision (scipy's
 * `chi2.sf` does the same; 1 − cdf would round to 0 below about 1e-16).
 * Checked against scipy in test/fixtures/stats/distributions.json.
 */

/** P(X ≤ x); 0 for x ≤ 0. */
export function chiSquareCdf(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df) || df <= 0) return Number.NaN;
  if (x <= 0) return 0;
  if (x === Infinity) return 1;
  return gammainc(x / 2, df / 2, true, false);
}

/** P(X > x), the p-value of a chi-square statistic x; 1 for x ≤ 0. */
export function chiSquareSf(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df) || df <= 0) return Number.NaN;
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  return gammainc(x / 2, df / 2, true, true);
}
