/**
 * Φ⁻¹(p), the standard normal quantile: Wichura's AS 241 (PPND16), relative
 * accuracy about 1e-16 over (0, 1). Three rational approximations: the centre
 * |p − ½| ≤ 0.425, and r = √(−ln min(p, 1−p)) up to 5 and beyond.
 *
 * Kept hand-written: stdlib's `@stdlib/stats-base-dists-normal-quantile`
 * computes √2·erfinv(2p − 1), and rounding 2p − 1 to a double loses the lower
 * tail — it gives −6.361340889697 at p = 1e-10 (R's qnorm: −6.361340902404,
 * a relative error of 2e-9, where this file gives 1e-16) and −∞ below
 * p ≈ 1.1e-16 — so it fails the existing tests and the 1e-15 agreement.
 */

const CENTRE_NUM = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
  45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
];
const CENTRE_DEN = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867,
  39307.89580009271061, 28729.085735721942674, 5226.495278852854561,
];
const NEAR_NUM = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
  1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
];
const NEAR_DEN = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459,
  0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
];
const FAR_NUM = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
  0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const FAR_DEN = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4,
  1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15,
];

/** Horner evaluation of Σ c[i]·x^i. */
function poly(c: readonly number[], x: number): number {
  let v = 0;
  for (let i = c.length - 1; i >= 0; i--) v = v * x + c[i]!;
  return v;
}

/** Φ⁻¹(p) for p in [0, 1]; −∞ at 0, +∞ at 1, NaN outside. */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(CENTRE_NUM, r)) / poly(CENTRE_DEN, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x = poly(NEAR_NUM, r) / poly(NEAR_DEN, r);
  } else {
    r -= 5;
    x = poly(FAR_NUM, r) / poly(FAR_DEN, r);
  }
  return q < 0 ? -x : x;
}

/** The critical value z of a two-sided interval at `confidence`: Φ⁻¹(1 − (1 − confidence)/2). */
export function criticalValue(confidence: number): number {
  return -normalQuantile((1 - confidence) / 2);
}
