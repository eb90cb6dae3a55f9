/**
 * Exact null distribution of the two-sided two-sample Kolmogorov–Smirnov
 * statistic for samples of m and n (no ties), as scipy's ks_2samp computes it
 * with method 'exact' (scipy.stats._stats_py._attempt_exact_2kssamp). The
 * statistic D = h/lcm(m, n) is a multiple of 1/lcm; P(D ≥ h/lcm) counts the
 * monotone lattice paths from (0, 0) to (m, n) that touch a line
 * |x/m − y/n| = h/lcm, over all C(m + n, n) paths.
 *
 * - m = n: the reflection formula
 *   P = 2 Σ_{k≥1} (−1)^{k−1} C(2n, n − kh)/C(2n, n), evaluated as scipy does,
 *   nested from the largest k with each ratio a product of h factors
 *   (P = 2A₁(1 − A₂(1 − A₃(…)))), which avoids the cancellation of the sum.
 * - m ≠ n: Hodges' "inside method" (J. L. Hodges Jr., Ark. Mat. 3 (1958)
 *   469–486) rewritten by T. Viehmann ("Numerically more stable computation of
 *   the p-values for the two-sample Kolmogorov–Smirnov test", arXiv:2102.08037)
 *   to carry the proportion of paths that have already left the band rather
 *   than the count inside it, so that the result is 1 − (share inside) without
 *   cancellation and no binomial coefficient overflows. One column of the
 *   lattice is kept, only over the band's window. O(m·window) time.
 */

/** P(D ≥ h/n) for two samples of n each, 0 < h ≤ n. */
export function ksExactEqualSizes(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let a = 1;
    for (let j = 0; j < h; j++) a = ((n - k * h - j) * a) / (n + k * h + j + 1);
    p = a * (1 - p);
  }
  return 2 * p;
}

/** P(D ≥ h/lcm) for samples of m and n (g = gcd(m, n), 0 < h ≤ lcm): the share of paths leaving the band. */
export function ksExactInsideMethod(m0: number, n0: number, g: number, h: number): number {
  const [m, n] = m0 >= n0 ? [m0, n0] : [n0, m0];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < maxj; j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj]! * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1]!;
}
