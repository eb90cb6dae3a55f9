import { describe, expect, it } from 'vitest';
import { AUC_GRID_STEP, GRID_CELLS } from '../../../src/core/auc-histogram.js';
import type { AucHistogram } from '../../../src/core/types.js';
import { countsAbove } from '../../../src/metrics/sweep/threshold-counts.js';
import { gridValues, planThresholds, SWEEP_EXACT_LIMIT } from '../../../src/metrics/sweep/sweep-thresholds.js';

// Hand table: scores 0.2 (1 positive, 2 negatives), 0.5 (0, 1), 0.9 (2, 0).
const exact: AucHistogram = { step: null, scores: Float64Array.from([0.2, 0.5, 0.9]), pos: Float64Array.from([1, 0, 2]), neg: Float64Array.from([2, 1, 0]) };

describe('countsAbove: rows with score ≥ t, by label, from the top score down', () => {
  it('at every distinct score, between them and outside them', () => {
    const { selected, tp } = countsAbove(exact, [1, 0.9, 0.7, 0.5, 0.2, 0]);
    expect([...selected]).toEqual([0, 2, 2, 3, 6, 6]);
    expect([...tp]).toEqual([0, 2, 2, 2, 3, 3]);
  });

  it('on a grid map: a cell counts when its centre is at or above t', () => {
    const counts = new Float64Array(2 * GRID_CELLS);
    counts[Math.round(0.3 / AUC_GRID_STEP)] = 4; // 4 negatives at 0.3
    counts[GRID_CELLS + Math.round(0.8 / AUC_GRID_STEP)] = 3; // 3 positives at 0.8
    const { selected, tp } = countsAbove({ step: AUC_GRID_STEP, counts }, [0.9, 0.8, 0.5, 0.3, 0.1]);
    expect([...selected]).toEqual([0, 3, 3, 7, 7]);
    expect([...tp]).toEqual([0, 3, 3, 3, 3]);
  });
});

describe('planThresholds', () => {
  it('every distinct score, highest first, while they are at most the limit', () => {
    expect(planThresholds(exact)).toEqual({ mode: 'exact', values: [0.9, 0.5, 0.2], distinctScores: 3 });
  });

  it('a grid of step 0.001 beyond the limit', () => {
    const n = SWEEP_EXACT_LIMIT + 1;
    const many: AucHistogram = { step: null, scores: Float64Array.from({ length: n }, (_, i) => i / n), pos: new Float64Array(n).fill(1), neg: new Float64Array(n) };
    const plan = planThresholds(many);
    expect(plan).toMatchObject({ mode: 'grid', step: 0.001, reason: 'too-many-scores', distinctScores: n });
    expect(plan.values).toHaveLength(1001);
  });

  it("the user's grid, deduplicated and descending; a step's grid without float noise", () => {
    expect(planThresholds(exact, { values: [0.3, 0.7, 0.3] }).values).toEqual([0.7, 0.3]);
    expect(gridValues(0.1)).toEqual([1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0]);
  });
});
