/**
 * P(Dₙ ≤ d) for the two-sided one-sample Kolmogorov statistic by Durbin's
 * matrix formula as Marsaglia, Tsang and Wang implemented it (J. Durbin,
 * Distribution Theory for Tests Based on the Sample Distribution Function,
 * SIAM 1973; G. Marsaglia, W. W. Tsang and J. Wang, "Evaluating Kolmogorov's
 * distribution", J. Stat. Softw. 8(18) 2003) — scipy's `_kolmogn_DMTW`.
 *
 * With k = ⌈nd⌉, h = k − nd and m = 2k − 1, the m×m matrix H has
 * H[i][j] = 1/(i − j + 1)! for i − j + 1 ≥ 0 (else 0), except the first column
 * and last row, (1 − h^i)/i! and its mirror, and the corner
 * (1 − 2hᵐ + max(0, 2h − 1)ᵐ)/m!. Then P(Dₙ ≤ d) = n!/nⁿ · (Hⁿ)[k−1][k−1].
 * Hⁿ is formed by repeated squaring, rescaled by 2^±128 with the exponent kept
 * aside (as scipy) so that neither it nor n!/nⁿ overflows.
 */

const E128 = 128;
const P128 = 2 ** 128;
const M128 = 2 ** -128;

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let l = 0; l < m; l++) {
      const ail = a[i * m + l]!;
      if (ail === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j]! += ail * b[l * m + j]!;
    }
  }
  return out;
}

/** x·2^e without overflow or underflow of 2^e itself. */
export function ldexp(x: number, e: number): number {
  let v = x;
  let rest = e;
  while (rest > 1000) {
    v *= 2 ** 1000;
    rest -= 1000;
  }
  while (rest < -1000) {
    v *= 2 ** -1000;
    rest += 1000;
  }
  return v * 2 ** rest;
}

/** P(Dₙ ≤ d) by the Durbin matrix (whole n ≥ 1, 0 ≤ d ≤ 1). */
export function durbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const w = new Float64Array(m); // w[j] = 1/j!
  const v = new Float64Array(m); // v[j] = (1 − h^(j+1))/(j+1)!
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  v[m - 1] = (1 + (Math.max(2 * h - 1, 0) ** m - 2 * h ** m)) * fac;
  let H: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1]!;
  for (let r = 0; r < m; r++) H[r * m] = v[r]!;
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c]!;
  let power: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let exponent = 0;
  let hExponent = 0;
  for (let left = n; left > 0; left = Math.floor(left / 2)) {
    if (left % 2 === 1) {
      power = multiply(power, H, m);
      exponent += hExponent;
    }
    H = multiply(H, H, m);
    hExponent *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]!) > P128) {
      for (let i = 0; i < H.length; i++) H[i]! /= P128;
      hExponent += E128;
    }
  }
  let p = power[(k - 1) * m + (k - 1)]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < M128) {
      p *= P128;
      exponent -= E128;
    }
  }
  return Math.min(1, Math.max(0, ldexp(p, exponent)));
}
