import gammaln from '@stdlib/math-base-special-gammaln';
import type { ValueCounts } from './value-counts.js';

/**
 * The number of successes X of independent Bernoulli(pᵢ) trials — what a
 * calibration bin's count of positives is when its scores are calibrated.
 * Mean μ = Σpᵢ, variance σ² = Σpᵢ(1 − pᵢ).
 */

/** The exact distribution of X from p → count (the bin's scores): P(X = k) for k = 0 … n, by the convolution recursion. O(n²). */
export function poissonBinomialPmf(scores: ValueCounts): Float64Array {
  let n = 0;
  for (const c of scores.values()) n += c;
  const pmf = new Float64Array(n + 1);
  pmf[0] = 1;
  let k = 0;
  for (const [p, count] of scores) {
    for (let r = 0; r < count; r++) {
      k++;
      for (let j = k; j >= 1; j--) pmf[j] = pmf[j]! * (1 - p) + pmf[j - 1]! * p;
      pmf[0] = pmf[0]! * (1 - p);
    }
  }
  return pmf;
}

/** E|X − μ| exactly, from the bin's scores (for tests and for callers that keep the exact score histogram). */
export function poissonBinomialMeanAbsoluteDeviation(scores: ValueCounts): number {
  let mu = 0;
  for (const [p, c] of scores) mu += p * c;
  const pmf = poissonBinomialPmf(scores);
  // E|X − μ| = 2·E[(μ − X)⁺], a short sum over k < μ.
  let below = 0;
  for (let k = 0; k < mu; k++) below += (mu - k) * pmf[k]!;
  return 2 * below;
}

/**
 * E|Y − np| for Y ~ Binomial(n, p), by De Moivre's closed form
 * (A. de Moivre, Miscellanea Analytica, 1730; P. Diaconis and S. Zabell,
 * Statistical Science 6 (1991) 284–302): with ν = ⌊np⌋ + 1,
 *
 *   E|Y − np| = 2ν·C(n, ν)·p^ν·(1 − p)^(n − ν + 1).
 *
 * Valid for any real p in [0, 1] and whole n ≥ 1; 0 at p = 0 or 1.
 */
export function binomialMeanAbsoluteDeviation(n: number, p: number): number {
  if (p <= 0 || p >= 1 || n === 0) return 0;
  const nu = Math.floor(n * p) + 1;
  if (nu > n) return 0;
  const logC = gammaln(n + 1) - gammaln(nu + 1) - gammaln(n - nu + 1);
  return 2 * nu * Math.exp(logC + nu * Math.log(p) + (n - nu + 1) * Math.log1p(-p));
}
