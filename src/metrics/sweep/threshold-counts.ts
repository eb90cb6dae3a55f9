import { GRID_CELLS } from '../../core/auc-histogram.js';
import type { AucHistogram } from '../../core/types.js';

/** Rows at or above each threshold of a sweep, split by label. */
export interface CountsAbove {
  /** rows with score ≥ t (the decision `--threshold t` selects them) */
  selected: Float64Array;
  /** of those, rows with label 1 */
  tp: Float64Array;
}

/**
 * Cumulative counts from the top score down: for each threshold t (given in
 * descending order), the rows with score ≥ t and the positives among them, in
 * one walk over the group's score map. Exact maps give the exact counts at any
 * t; a grid map (past the memory budget) counts a cell when its centre is ≥ t,
 * so a count can be off by the rows of the one cell that holds t.
 */
export function countsAbove(h: AucHistogram, descending: readonly number[]): CountsAbove {
  const selected = new Float64Array(descending.length);
  const tp = new Float64Array(descending.length);
  let pos = 0;
  let neg = 0;
  if (h.step === null) {
    let i = h.scores.length - 1;
    descending.forEach((t, j) => {
      for (; i >= 0 && h.scores[i]! >= t; i--) {
        pos += h.pos[i]!;
        neg += h.neg[i]!;
      }
      selected[j] = pos + neg;
      tp[j] = pos;
    });
    return { selected, tp };
  }
  let c = GRID_CELLS - 1;
  descending.forEach((t, j) => {
    for (; c >= 0 && c * h.step >= t - 1e-12; c--) {
      neg += h.counts[c]!;
      pos += h.counts[GRID_CELLS + c]!;
    }
    selected[j] = pos + neg;
    tp[j] = pos;
  });
  return { selected, tp };
}

/** Whether thresholds are in strictly descending order (the walk's precondition). */
export function isDescending(values: readonly number[]): boolean {
  return values.every((v, i) => i === 0 || v < values[i - 1]!);
}
