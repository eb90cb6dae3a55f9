import type { Interval } from '../model/interval.js';
import type { CalibrationBinSums } from './calibration-null.js';
import { clopperPearson } from './clopper-pearson.js';

/**
 * A confidence interval for the true ECE of a group's scores,
 * Σ_b (n_b/n)·|s̄_b − π_b| with π_b the bin's true positive rate, from the bin
 * sums alone (so a merged aggregate or a warehouse result gives the same
 * interval as one pass over the rows).
 *
 * Each of the B non-empty bins gets a Clopper–Pearson interval [lo_b, hi_b]
 * for π_b at level 1 − (1 − confidence)/B; by Bonferroni all B cover at once
 * with probability at least `confidence`, and whenever they do, the true ECE
 * lies in
 *
 *   [Σ (n_b/n)·dist(s̄_b, [lo_b, hi_b]),  Σ (n_b/n)·max(|s̄_b − lo_b|, |s̄_b − hi_b|)],
 *
 * the smallest and largest ECE the bins' intervals allow. It is conservative
 * (the union bound, and the exact intervals' own slack), but it covers at the
 * stated level at every group size — which a bootstrap of the ECE does not:
 * ECE is an absolute value of noisy gaps, biased upward, and near a true ECE of
 * 0 the bootstrap's replicates sit above it (test/simulation/ece-interval).
 * Null for a group without scored rows.
 */
export function eceInterval(bins: readonly CalibrationBinSums[], confidence: number): Interval | null {
  const filled = bins.filter((b) => b.rows > 0);
  const n = filled.reduce((s, b) => s + b.rows, 0);
  if (n === 0) return null;
  const a = (1 - confidence) / filled.length;
  let lower = 0;
  let upper = 0;
  for (const b of filled) {
    const [lo, hi] = clopperPearson(b.sumLabel, b.rows, a)!;
    const mean = b.sumScore / b.rows;
    const weight = b.rows / n;
    lower += weight * Math.max(0, lo - mean, mean - hi);
    upper += weight * Math.max(Math.abs(mean - lo), Math.abs(mean - hi));
  }
  return [lower, upper];
}
