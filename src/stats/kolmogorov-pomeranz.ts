import { ldexp } from './kolmogorov-durbin.js';

/**
 * P(Dₙ ≤ x) for the two-sided one-sample Kolmogorov statistic by Pomeranz's
 * recursion (J. Pomeranz, "Exact cumulative distribution of the
 * Kolmogorov–Smirnov statistic for small samples", CACM 17 (1974) 703–704),
 * in the form of R. Simard and P. L'Ecuyer, J. Stat. Softw. 39(11) 2011 — as
 * scipy's `_kolmogn_Pomeranz`, which scipy uses for n ≤ 140 and
 * 0.754693 < n·x² ≤ 4.
 *
 * With t = n·x, ℓ = ⌊t⌋, f = t − ℓ and g = min(f, 1 − f), the 2n + 2 rows of
 * the recursion alternate between convolutions with (2g/n)ᵐ/m! and
 * ((1 − 2g)/n)ᵐ/m! (the first and last with (g/n)ᵐ/m!) over a band of width
 * about 2ℓ + 2; the answer is n!·V[n]. Rows are rescaled by 2^128 with the
 * exponent kept aside when they underflow.
 */

const E128 = 128;
const P128 = 2 ** 128;
const M128 = 2 ** -128;

/** The band [j1, j2] of row i (0-based, clipped to [0, n]). */
function band(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** P(Dₙ ≤ x) by Pomeranz's recursion (whole n ≥ 1, 0 < x < 1). */
export function pomeranzCdf(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const size = 2 * (ll + 1);
  const gPower = new Float64Array(size);
  const twoGPower = new Float64Array(size);
  const restPower = new Float64Array(size);
  gPower[0] = twoGPower[0] = restPower[0] = 1;
  for (let m = 1; m < size; m++) {
    gPower[m] = (gPower[m - 1]! * (g / n)) / m;
    twoGPower[m] = (twoGPower[m - 1]! * ((2 * g) / n)) / m;
    restPower[m] = (restPower[m - 1]! * ((1 - 2 * g) / n)) / m;
  }
  let v0 = new Float64Array(size);
  let v1 = new Float64Array(size);
  v1[0] = 1;
  let v0Start = 0;
  let v1Start = 0;
  let exponent = 0;
  let [j1, j2] = band(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [v0, v1] = [v1, v0];
    [v0Start, v1Start] = [v1Start, v0Start];
    v1.fill(0);
    [j1, j2] = band(i, n, ll, ceilf, roundf);
    const powers = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : restPower;
    const length = j2 - k1 + 1;
    if (length <= 0) continue;
    const from = k1 - v0Start;
    const aLength = Math.min(length, size - from);
    const bLength = Math.min(length, size);
    const convStart = j1 - k1;
    const convLength = j2 - j1 + 1;
    let max = 0;
    for (let c = 0; c < convLength; c++) {
      const at = convStart + c; // index into the full convolution of a (aLength) and b (bLength)
      let s = 0;
      for (let p = Math.max(0, at - bLength + 1); p <= Math.min(at, aLength - 1); p++) s += v0[from + p]! * powers[at - p]!;
      v1[c] = s;
      if (s > max) max = s;
    }
    if (max > 0 && max < M128) {
      for (let c = 0; c < size; c++) v1[c]! *= P128;
      exponent -= E128;
    }
    v1Start = v0Start + j1 - k1;
  }
  let answer = v1[n - v1Start]!;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > P128) {
      answer *= M128;
      exponent += E128;
    }
    answer *= m;
  }
  return Math.min(1, Math.max(0, ldexp(answer, exponent)));
}
