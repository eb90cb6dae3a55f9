import { durbinMatrixCdf } from './kolmogorov-durbin.js';
import { pelzGoodCdf } from './kolmogorov-pelz-good.js';
import { pomeranzCdf } from './kolmogorov-pomeranz.js';
import { smirnovSf } from './smirnov.js';

/**
 * P(Dₙ ≥ x) for the two-sided one-sample Kolmogorov–Smirnov statistic Dₙ of
 * n observations: scipy's `kstwo.sf(x, n)` (scipy.stats._ksstats._kolmogn
 * with cdf=False), which follows the choice of method of R. Simard and
 * P. L'Ecuyer, "Computing the two-sided Kolmogorov–Smirnov distribution",
 * J. Stat. Softw. 39(11) 2011. With t = n·x:
 *
 * - t ≤ ½: 1; ½ < t ≤ 1: 1 − n!/nⁿ·(2t − 1)ⁿ; t ≥ n − 1: 2(1 − x)ⁿ
 *   (Ruben and Gambino's exact forms); x ≥ ½: 2·smirnov(n, x) (exact there);
 * - n ≤ 140: Durbin's matrix if n·x² ≤ 0.754693, Pomeranz if ≤ 4, else
 *   2·smirnov(n, x) (Miller's approximation, exact to double precision there);
 * - n > 140: 0 if n·x² ≥ 370, 2·smirnov(n, x) if ≥ 2.2, else 1 − P(Dₙ ≤ x)
 *   with P(Dₙ ≤ x) = 1 if n·x² ≥ 18, Durbin's matrix if n ≤ 100,000 and
 *   n·x^1.5 ≤ 1.4, else the Pelz–Good expansion.
 *
 * Two-sample KS uses it with n = round(n₁n₂/(n₁ + n₂)) (see ks-two-sample.ts).
 */

const clip = (p: number) => Math.min(1, Math.max(0, p));

/** log(n!/nⁿ) by Stirling's series with scipy's coefficients (used for n > 140). */
function logFactorialOverPower(n: number): number {
  const coefficients = [
    -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
    -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
  ];
  const rn = 1 / n;
  let poly = 0;
  for (const c of coefficients) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}

/** P(Dₙ ≥ x), scipy's kstwo.sf(x, n), for whole n ≥ 1. */
export function kolmogorovSf(n: number, x: number): number {
  if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x)) return Number.NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip(1 - cdf);
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n);
  if (x >= 0.5) return clip(2 * smirnovSf(n, x));
  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 0.754693) return clip(1 - durbinMatrixCdf(n, x));
    if (nx2 <= 4) return clip(1 - pomeranzCdf(n, x));
    return clip(2 * smirnovSf(n, x));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip(2 * smirnovSf(n, x));
  let cdf: number;
  if (nx2 >= 18) cdf = 1;
  else if (n <= 100_000 && n * x ** 1.5 <= 1.4) cdf = durbinMatrixCdf(n, x);
  else cdf = pelzGoodCdf(n, x);
  return clip(1 - cdf);
}
