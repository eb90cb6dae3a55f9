/**
 * Two-sided Fisher exact test of a 2×2 table [[a, b], [c, d]] (rows: the two
 * samples; columns: success, failure). Given the margins, a follows the
 * hypergeometric distribution; the p-value is the total probability of the
 * tables no more likely than the observed one — the definition of R's
 * `fisher.test` and scipy's `fisher_exact`, including R's relative tolerance
 * of 1e-7 so that tables of equal probability are not split by rounding.
 *
 * Probabilities are built by the ratio recurrence
 * P(x+1)/P(x) = (K−x)(R−x) / ((x+1)(N−K−R+x+1)) in log space and summed with
 * log-sum-exp, so no factorial is ever formed and tiny p-values keep their
 * relative precision down to about 1e-300.
 */

const RELATIVE_TOLERANCE = 1 + 1e-7;

function logSumExp(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum);
}

/** p-value of the two-sided Fisher exact test; 1 when a margin is empty (nothing can differ). */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number {
  const rowTotal = a + b;
  const colTotal = a + c;
  const n = a + b + c + d;
  const lo = Math.max(0, rowTotal + colTotal - n);
  const hi = Math.min(rowTotal, colTotal);
  if (hi === lo) return 1;
  // Unnormalised log-probabilities of x = lo … hi (the constant cancels in the ratio below).
  const logs = new Array<number>(hi - lo + 1);
  logs[0] = 0;
  for (let x = lo; x < hi; x++) {
    const step = ((colTotal - x) * (rowTotal - x)) / ((x + 1) * (n - colTotal - rowTotal + x + 1));
    logs[x - lo + 1] = logs[x - lo]! + Math.log(step);
  }
  const observed = logs[a - lo]! + Math.log(RELATIVE_TOLERANCE);
  const asExtreme = logs.filter((v) => v <= observed);
  return Math.min(1, Math.exp(logSumExp(asExtreme) - logSumExp(logs)));
}
