import fc from 'fast-check';
import { expect } from 'vitest';
import { addToAucAccumulator, aucHistogramOf, emptyAucAccumulator, scoreHash, widenAucAccumulator, type AucAccumulator } from '../../src/core/auc-accumulator.js';
import { gridCell } from '../../src/core/auc-histogram.js';
import { createExactBudget } from '../../src/core/exact-budget.js';

export type Row = [number, 0 | 1];

/** The histogram recomputed with a Map (−0 and 0 one key): scores ascending, counts aligned. */
export function mapHistogram(rows: readonly Row[]): { scores: number[]; pos: number[]; neg: number[] } {
  const counts = new Map<number, [number, number]>();
  for (const [s, y] of rows) {
    const c = counts.get(s) ?? [0, 0];
    c[1 - y]! += 1;
    counts.set(s, c);
  }
  const scores = [...counts.keys()].sort((a, b) => a - b);
  return { scores, pos: scores.map((s) => counts.get(s)![0]), neg: scores.map((s) => counts.get(s)![1]) };
}

export function accumulate(rows: readonly Row[], budget = createExactBudget(64 * 2 ** 20), wideAt = -1): AucAccumulator {
  const acc = emptyAucAccumulator();
  rows.forEach(([s, y], i) => {
    if (i === wideAt) widenAucAccumulator(acc);
    addToAucAccumulator(acc, s, y, scoreHash(s), gridCell(s), budget);
  });
  if (wideAt >= rows.length) widenAucAccumulator(acc);
  return acc;
}

/**
 * Where two histograms (or any records of numbers and number arrays) first differ, compared with Object.is;
 * null when they are the same. A short message keeps a failing property cheap to shrink (no diff of long arrays).
 */
export function firstDifference(got: object, expected: object): string | null {
  for (const [key, want] of Object.entries(expected) as [string, unknown][]) {
    const have = (got as Record<string, unknown>)[key];
    if (typeof want === 'number' || want === null || !ArrayBuffer.isView(have) && !Array.isArray(have)) {
      if (!Object.is(have, want)) return `${key}: ${String(have)}, expected ${String(want)}`;
      continue;
    }
    const [h, w] = [have as unknown as ArrayLike<number>, want as ArrayLike<number>];
    if (h.length !== w.length) return `${key}: ${h.length} entries, expected ${w.length}`;
    for (let i = 0; i < w.length; i++) if (!Object.is(h[i], w[i])) return `${key}[${i}]: ${h[i]}, expected ${w[i]}`;
  }
  return null;
}

export function expectExact(acc: AucAccumulator, rows: readonly Row[]): void {
  const h = aucHistogramOf(acc);
  if (h.step !== null) throw new Error('expected an exact histogram');
  expect(firstDifference(h, mapHistogram(rows))).toBeNull();
  expect([h.scores, h.pos, h.neg].map((a) => a.constructor)).toEqual([Float64Array, Float64Array, Float64Array]);
}

// Few distinct scores (many duplicates, −0 and 0) or many (the table doubles several times from its 16 slots).
export const scoreOf = fc.oneof(
  fc.constantFrom(0, -0, 1, 0.5, 0.25, 1e-6),
  fc.integer({ min: 0, max: 20 }).map((k) => k / 20),
  fc.integer({ min: 0, max: 1_000_000 }).map((k) => k / 1_000_000),
  fc.double({ min: 0, max: 1, noNaN: true }),
);
// size 'max': lengths spread up to 600 (by default fast-check keeps arrays to about 10 items, which never doubles a table).
// The properties on them end on the first failure: shrinking hundreds of doubles one by one takes minutes.
export const rowsOf = fc.array(fc.tuple(scoreOf, fc.constantFrom(0 as const, 1 as const)), { maxLength: 600, size: 'max' });
