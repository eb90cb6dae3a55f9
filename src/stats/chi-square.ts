import gammainc from '@stdlib/math-base-special-gammainc';

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
