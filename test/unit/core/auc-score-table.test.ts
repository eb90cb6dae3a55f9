import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accumulate, expectExact, rowsOf } from '../../helpers/auc-accumulator.js';

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
      { numRuns: 300, endOnFailure: true },
    );
    // the runs reached tables of 512 slots (192 scores: doubled five times from 16)
    expect(largest).toBeGreaterThanOrEqual(192);
  });
});
