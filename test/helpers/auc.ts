import { GRID_CELLS } from '../../src/core/auc-histogram.js';
import type { AucHistogram } from '../../src/core/types.js';

/** A histogram as sorted (key, count) lists of its non-zero counts, for comparisons: exact keys are scores, grid keys are cells. */
export function aucCells(h: AucHistogram): { step: number | null; pos: [number, number][]; neg: [number, number][] } {
  const sorted = (entries: Iterable<[number, number]>) => [...entries].filter(([, c]) => c !== 0).sort((a, b) => a[0] - b[0]);
  if (h.step === null) {
    const side = (counts: Float64Array) => sorted(Array.from(h.scores, (score, i): [number, number] => [score, counts[i]!]));
    return { step: null, pos: side(h.pos), neg: side(h.neg) };
  }
  const side = (offset: number) => sorted(Array.from({ length: GRID_CELLS }, (_, c): [number, number] => [c, h.counts[offset + c]!]));
  return { step: h.step, pos: side(GRID_CELLS), neg: side(0) };
}
