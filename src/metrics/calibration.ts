import { aucFromHistogram } from '../core/auc-histogram.js';
import type { GroupTally } from '../core/types.js';
import { ratio } from './rates.js';

/** Rows that carry a score (every row of a run with a score column). */
function scoredRows(t: GroupTally): number {
  let n = 0;
  for (let b = 0; b < t.bins.length; b += 3) n += t.bins[b]!;
  return n;
}

/** mean_score = Σ score / n; undefined for an empty group. */
export function meanScore(t: GroupTally): number | null {
  return ratio(t.sumScore, scoredRows(t));
}

/** calibration_in_the_large = mean_score − base_rate; undefined for an empty group. */
export function calibrationInTheLarge(t: GroupTally): number | null {
  const n = scoredRows(t);
  return n === 0 ? null : (t.sumScore - t.positives) / n;
}

/**
 * ece = Σ_b (n_b/n)·|mean score_b − positive rate_b| over the non-empty
 * equal-width bins; undefined for an empty group.
 */
export function expectedCalibrationError(t: GroupTally): number | null {
  const n = scoredRows(t);
  if (n === 0) return null;
  let sum = 0;
  for (let b = 0; b < t.bins.length; b += 3) {
    const nb = t.bins[b]!;
    if (nb === 0) continue;
    // (n_b/n)·|Σs/n_b − Σy/n_b| = |Σs − Σy| / n
    sum += Math.abs(t.bins[b + 1]! - t.bins[b + 2]!);
  }
  return sum / n;
}

/** brier = mean of (score − label)²; undefined for an empty group. */
export function brierScore(t: GroupTally): number | null {
  return ratio(t.sumSquaredError, scoredRows(t));
}

/** auc = ROC AUC within the group, ties ½; undefined when the group has one label class only. */
export function areaUnderRoc(t: GroupTally): number | null {
  return aucFromHistogram(t.auc).value;
}
