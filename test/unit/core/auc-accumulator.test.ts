import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToAucAccumulator, aucHistogramOf, emptyAucAccumulator, scoreHash } from '../../../src/core/auc-accumulator.js';
import { AUC_EXACT_LIMIT, addToAucHistogram, emptyAucHistogram, gridAucHistogram, gridCell } from '../../../src/core/auc-histogram.js';
import { createExactBudget } from '../../../src/core/exact-budget.js';
import { exactAucHistogramOf } from '../../../src/core/auc-pairs.js';
import type { AucHistogram } from '../../../src/core/types.js';
import { aucCells } from '../../helpers/auc.js';

function expectSameHistogram(a: AucHistogram, b: AucHistogram): void {
  expect(aucCells(a)).toEqual(aucCells(b));
}

/** The accumulator's histogram under a budget of `bytes`, and addToAucHistogram's (exact). */
function bothWays(rows: readonly [number, 0 | 1][], bytes = 64 * 2 ** 20): [AucHistogram, AucHistogram] {
  const reference = emptyAucHistogram();
  const fast = emptyAucAccumulator();
  const budget = createExactBudget(bytes);
  for (const [s, y] of rows) {
    addToAucHistogram(reference, s, y);
    addToAucAccumulator(fast, s, y, scoreHash(s), gridCell(s), budget);
  }
  return [aucHistogramOf(fast, budget.limit), reference];
}

describe('the fold’s AUC accumulator', () => {
  it('ends in the same histogram as addToAucHistogram while exact', () => {
    const score = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, -0, 1, 0.5, 0.25));
    fc.assert(
      fc.property(fc.array(fc.tuple(score, fc.constantFrom(0 as const, 1 as const)), { maxLength: 300 }), (rows) => {
        const [fast, reference] = bothWays(rows);
        expectSameHistogram(fast, reference);
      }),
    );
  });

  it('with no budget left, moves to the same 1e-4 grid past the floor of 10,000 pairs, with the same counts', () => {
    let x = 7;
    const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const rows = Array.from({ length: 3 * AUC_EXACT_LIMIT }, (): [number, 0 | 1] => {
      const s = Math.round(next() * 1e6) / 1e6;
      return [s, next() < s ? 1 : 0];
    });
    const budget = createExactBudget(0);
    const acc = emptyAucAccumulator();
    for (const [sc, y] of rows) addToAucAccumulator(acc, sc, y, scoreHash(sc), gridCell(sc), budget);
    const fast = aucHistogramOf(acc, budget.limit);
    const reference = exactAucHistogramOf(rows.filter((r) => r[1] === 1).map(([sc]) => [sc, 1]), rows.filter((r) => r[1] === 0).map(([sc]) => [sc, 1]));
    expect(budget.limit).toBe(AUC_EXACT_LIMIT);
    expect(fast.step).toBe(1e-4);
    expectSameHistogram(fast, gridAucHistogram(reference));
    const cells = aucCells(fast);
    expect([...cells.pos, ...cells.neg].reduce((sum, [, c]) => sum + c, 0)).toBe(rows.length);
  });

  it('refuses a score outside [0, 1] on the grid rather than miscount it', () => {
    expect(gridCell(1)).toBe(10_000);
    expect(() => gridCell(1.5)).toThrow(RangeError);
    expect(() => gridCell(-0.01)).toThrow(RangeError);
  });
});
