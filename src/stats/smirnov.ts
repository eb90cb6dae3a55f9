/**
 * The one-sided Smirnov distribution: P(D⁺ₙ ≥ x) for the one-sample statistic
 * D⁺ₙ = sup (Fₙ − F) of n observations — what scipy.special.smirnov(n, x)
 * returns, and what scipy's two-sided Kolmogorov distribution uses (as
 * 2·smirnov) in its upper tail. The exact Birnbaum–Tingey sum (Z. W. Birnbaum
 * and F. H. Tingey, Ann. Math. Statist. 22 (1951) 592–596):
 *
 *   P(D⁺ₙ ≥ x) = x · Σ_{j=0}^{⌊n(1−x)⌋} C(n, j) (x + j/n)^(j−1) (1 − x − j/n)^(n−j)
 *
 * (the term j = n(1 − x) is left out when n·x is a whole number, as scipy does).
 * All terms are positive, so the sum has no cancellation; each term is
 * formed as exp of its logarithm, with x + j/n = (⌊nx⌋ + j + α)/n from the
 * exact split n·x = ⌊nx⌋ + α. scipy's other branches are kept: x ≤ 1/n
 * (closed form), x ≥ 1 − 1/n ((1 − x)ⁿ), an sf below 1e-308 (0), and n > 10⁶
 * (the approximation exp(−(6nx + 1)²/(18n))). scipy evaluates the same sum in
 * double-double arithmetic; plain doubles agree with it to about 1e-13 here.
 */

const MIN_LOG = -708.3964185322641; // log of the smallest normal double, cephes' MINLOG
const MAX_COMPUTE_N = 1_000_000;

/** n·x as ⌊n·x⌋ + α with 0 ≤ α < 1, exact through Dekker's product (n·x is rarely a double). */
export function splitProduct(n: number, x: number): { floor: number; fraction: number } {
  const p = n * x;
  const split = (v: number) => {
    const c = 134217729 * v; // 2^27 + 1
    const hi = c - (c - v);
    return [hi, v - hi] as const;
  };
  const [nh, nl] = split(n);
  const [xh, xl] = split(x);
  const error = nh * xh - p + nh * xl + nl * xh + nl * xl;
  let floor = Math.floor(p);
  let fraction = p - floor + error;
  if (fraction < 0) {
    floor -= 1;
    fraction += 1;
  }
  if (fraction >= 1) {
    floor += 1;
    fraction = 0;
  }
  return { floor, fraction };
}

/** P(D⁺ₙ ≥ x), scipy.special.smirnov(n, x), for whole n ≥ 1 and 0 ≤ x ≤ 1. */
export function smirnovSf(n: number, x: number): number {
  if (!(n >= 1 && x >= 0 && x <= 1)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const { floor: nxfl, fraction: alpha } = splitProduct(n, x);
  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) return 1 - x * Math.pow(1 + x, n - 1);
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nxfl >= n - 1) return Math.pow(1 - x, n);
  if (n > MAX_COMPUTE_N) {
    const logp = -((6 * n * x + 1) ** 2) / 18 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
  }
  const last = n - nxfl - 1 - (alpha === 0 ? 1 : 0);
  const logN = Math.log(n);
  let logBinomial = 0;
  let sum = 0;
  for (let j = 0; j <= last; j++) {
    const above = nxfl + j + alpha; // n·(x + j/n)
    const log1 = Math.log(above) - logN;
    const log2 = Math.log(n - j - nxfl - alpha) - logN; // log(1 − x − j/n), its argument formed exactly
    const term = Math.exp(logBinomial + (j - 1) * log1 + (n - j) * log2);
    sum += term;
    // scipy's stopping rule: the remaining terms cannot change the sum.
    if (term > 0 && 4 * (last + 1 - j) * term < Number.EPSILON * sum && j !== last) break;
    logBinomial += Math.log((n - j) / (j + 1));
  }
  return Math.min(1, Math.max(0, x * sum));
}
