import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToAucAccumulator, aucHistogramOf, emptyAucAccumulator, scoreHash, widenAucAccumulator } from '../../../src/core/auc-accumulator.js';
import { createExactBudget } from '../../../src/core/exact-budget.js';
import { accumulate, expectExact, firstDifference, rowsOf } from '../../helpers/auc-accumulator.js';

describe('the exact table of the AUC accumulator', () => {
  it('gives the histogram a Map of score → counts gives: scores ascending, counts aligned, narrow or widened', () => {
    let largest = 0;
    fc.assert(
      fc.property(rowsOf, fc.integer({ min: -1, max: 700 }), (rows, wideAt) => {
        const acc = accumulate(rows, undefined, wideAt);
        largest = Math.max(largest, acc.used);
        expect(acc.isWide).toBe(wideAt >= 0);
        expectExact(acc, rows);
      }),
      { numRuns: 300, endOnFailure: true, seed: 20261208 },
    );
    // the runs reached tables of 512 slots (192 scores: doubled five times from 16)
    expect(largest).toBeGreaterThanOrEqual(192);
  });

  it('sorts any doubles as Float64Array does, small tables and large ones (negative, subnormal, infinite scores too)', () => {
    let largest = 0;
    const anyScore = fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0, -1, 1, Number.MIN_VALUE, -Number.MIN_VALUE, Infinity, -Infinity, 2 ** 53));
    fc.assert(
      fc.property(fc.array(fc.tuple(anyScore, fc.constantFrom(0 as const, 1 as const)), { maxLength: 1200, size: 'max' }), fc.boolean(), (rows, wide) => {
        const acc = emptyAucAccumulator();
        if (wide) widenAucAccumulator(acc);
        // the cell only counts on the grid, which a budget this large never reaches
        const budget = createExactBudget(2 ** 40);
        for (const [s, y] of rows) addToAucAccumulator(acc, s, y, scoreHash(s), 0, budget);
        largest = Math.max(largest, acc.isWide ? 0 : acc.used);
        expectExact(acc, rows);
        const h = aucHistogramOf(acc);
        if (h.step === null) expect(firstDifference(h, { scores: Float64Array.from(h.scores).sort() })).toBeNull();
      }),
      { numRuns: 100, endOnFailure: true, seed: 20261208 },
    );
    // narrow tables of 256 scores and more are sorted by radix (sorted-slots.ts)
    expect(largest).toBeGreaterThan(512);
  });
});
