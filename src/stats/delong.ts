import { histogramCells } from '../core/auc-histogram.js';
import type { AucHistogram } from '../core/types.js';
import type { Interval } from './interval.js';

export interface AucVariance {
  auc: number;
  /** DeLong's variance estimate of the AUC */
  variance: number;
}

interface Cell {
  pos: number;
  neg: number;
}

function cellsOf(h: AucHistogram): { cells: Cell[]; positives: number; negatives: number } {
  const { pos, neg } = histogramCells(h);
  const cells = Array.from(pos, (p, i) => ({ pos: p, neg: neg[i]! }));
  let positives = 0;
  let negatives = 0;
  for (const c of cells) {
    positives += c.pos;
    negatives += c.neg;
  }
  return { cells, positives, negatives };
}

/**
 * The AUC and DeLong's variance from the per-score counts the tally already
 * keeps (E. R. DeLong, D. M. DeLong, D. L. Clarke-Pearson, Biometrics 44
 * (1988) 837–845). Every positive with score s has the placement value
 * V₁₀(s) = (negatives below s + ½·negatives at s)/N, every negative
 * V₀₁(s) = (positives above s + ½·positives at s)/P; rows with the same score
 * share it, so the sums run over distinct scores:
 *
 *   S₁₀ = Σ_s pos_s (V₁₀(s) − AUC)²/(P − 1),  S₀₁ = Σ_s neg_s (V₀₁(s) − AUC)²/(N − 1),
 *   Var(AUC) = S₁₀/P + S₀₁/N.
 *
 * Exact for an exact histogram; on the score grid (more than 10,000 distinct
 * scores) rows in one cell count as tied, as for the AUC itself. Null when
 * either class has fewer than 2 rows.
 */
export function delongVariance(h: AucHistogram): AucVariance | null {
  const { cells, positives: p, negatives: n } = cellsOf(h);
  if (p < 2 || n < 2) return null;
  const v10: number[] = [];
  const v01: number[] = [];
  let negBelow = 0;
  let posBelow = 0;
  for (const c of cells) {
    v10.push((negBelow + 0.5 * c.neg) / n);
    v01.push((p - posBelow - c.pos + 0.5 * c.pos) / p);
    negBelow += c.neg;
    posBelow += c.pos;
  }
  let auc = 0;
  cells.forEach((c, i) => (auc += (c.pos * v10[i]!) / p));
  let s10 = 0;
  let s01 = 0;
  cells.forEach((c, i) => {
    s10 += c.pos * (v10[i]! - auc) ** 2;
    s01 += c.neg * (v01[i]! - auc) ** 2;
  });
  return { auc, variance: s10 / (p - 1) / p + s01 / (n - 1) / n };
}

/** AUC ± z·√Var (DeLong), clipped to [0, 1] as pROC's `ci.auc`; null when the variance is undefined. */
export function delongInterval(h: AucHistogram, z: number): Interval | null {
  const v = delongVariance(h);
  if (!v) return null;
  const half = z * Math.sqrt(v.variance);
  return [Math.max(0, v.auc - half), Math.min(1, v.auc + half)];
}
