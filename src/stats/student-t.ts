import tCdfLib from '@stdlib/stats-base-dists-t-cdf';
import tQuantileLib from '@stdlib/stats-base-dists-t-quantile';

/**
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
