import betainc from '@stdlib/math-base-special-betainc';
import { chiSquareSf } from './sampling-distributions.js';

export interface McNemarResult {
  /** exact: min(b, c); chi-square: (|b − c| − correction)²/(b + c) */
  statistic: number;
  pValue: number;
}

/** P(X ≤ k) for X ~ Binomial(n, ½) = I_{½}(n − k, k + 1) (stdlib's regularised incomplete beta). */
export function binomialHalfCdf(k: number, n: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return betainc(0.5, n - k, k + 1, true, false);
}

/**
 * McNemar's test of paired proportions (Q. McNemar, Psychometrika 12 (1947)
 * 153–157) from the two discordant counts of a paired 2×2 table
 * [[·, b], [c, ·]] — e.g. b rows selected by the current model and not by the
 * candidate, c the other way round — as statsmodels'
 * `mcnemar(table, exact, correction=True)`:
 *
 * - exact: statistic min(b, c), p = min(1, 2·P(X ≤ min(b, c))) for
 *   X ~ Binomial(b + c, ½);
 * - otherwise: X² = (|b − c| − 1)²/(b + c) with the continuity correction
 *   (− 0 without it), p = P(χ²₁ > X²).
 *
 * With no discordant pair the exact p is 1; the chi-square form is 0/0 (NaN in
 * statsmodels) and returns null here.
 */
export function mcnemar(b: number, c: number, exact = true, correction = true): McNemarResult | null {
  for (const v of [b, c]) if (!Number.isInteger(v) || v < 0) throw new RangeError(`McNemar's test needs whole non-negative counts (got ${v})`);
  const n = b + c;
  if (exact) {
    const statistic = Math.min(b, c);
    return { statistic, pValue: Math.min(1, 2 * binomialHalfCdf(statistic, n)) };
  }
  if (n === 0) return null;
  const statistic = (Math.abs(b - c) - (correction ? 1 : 0)) ** 2 / n;
  return { statistic, pValue: chiSquareSf(statistic, 1) };
}
