import { cellViews } from '../core/auc-histogram.js';
import type { AucHistogram } from '../core/types.js';
import type { Interval } from '../model/interval.js';

export interface AucVariance {
  auc: number;
  /** DeLong's variance estimate of the AUC */
  variance: number;
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
  // Empty cells (a grid's) add exact zeros to every sum below: they are skipped for speed only.
  const { pos, neg } = cellViews(h);
  let p = 0;
  let n = 0;
  for (let i = 0; i < pos.length; i++) {
    p += pos[i]!;
    n += neg[i]!;
  }
  if (p < 2 || n < 2) return null;
  // The placement values are recomputed in each pass rather than kept in arrays.
  let negBelow = 0;
  let auc = 0;
  for (let i = 0; i < pos.length; i++) {
    if (pos[i] === 0 && neg[i] === 0) continue;
    auc += (pos[i]! * ((negBelow + 0.5 * neg[i]!) / n)) / p;
    negBelow += neg[i]!;
  }
  let s10 = 0;
  let s01 = 0;
  let posBelow = 0;
  negBelow = 0;
  for (let i = 0; i < pos.length; i++) {
    if (pos[i] === 0 && neg[i] === 0) continue;
    const v10 = (negBelow + 0.5 * neg[i]!) / n;
    const v01 = (p - posBelow - pos[i]! + 0.5 * pos[i]!) / p;
    s10 += pos[i]! * (v10 - auc) ** 2;
    s01 += neg[i]! * (v01 - auc) ** 2;
    negBelow += neg[i]!;
    posBelow += pos[i]!;
  }
  return { auc, variance: s10 / (p - 1) / p + s01 / (n - 1) / n };
}

/** AUC ± z·√Var (DeLong), clipped to [0, 1] as pROC's `ci.auc`; null when the variance is undefined. */
export function delongInterval(h: AucHistogram, z: number): Interval | null {
  const v = delongVariance(h);
  if (!v) return null;
  const half = z * Math.sqrt(v.variance);
  return [Math.max(0, v.auc - half), Math.min(1, v.auc + half)];
}
