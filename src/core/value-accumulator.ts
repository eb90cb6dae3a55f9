import { scoreHash } from './auc-accumulator.js';
import type { ExactBudget } from './exact-budget.js';
import { VALUE_BYTES } from './exact-limit.js';
import { valueCell } from './value-grid.js';
import type { ValueHistogram } from './value-histogram.js';

/**
 * The fold's fast form of a ValueHistogram: an open-addressing table of
 * value → count in typed arrays (no allocation per row). Exact while the
 * run's budget keeps it so (exact-budget.ts), then keyed by the cells of the
 * value grid. `aucHistogramOf`'s counterpart is `valueHistogramOfAccumulator`.
 */
export interface ValueAccumulator {
  isGrid: boolean;
  keys: Float64Array;
  counts: Float64Array;
  mask: number;
  used: number;
}

const INITIAL_SLOTS = 16;

export function emptyValueAccumulator(): ValueAccumulator {
  return { isGrid: false, keys: new Float64Array(INITIAL_SLOTS), counts: new Float64Array(INITIAL_SLOTS), mask: INITIAL_SLOTS - 1, used: 0 };
}

/** Adds `count` rows of `key` (−0 as 0); true when the key is new. */
function put(a: ValueAccumulator, key: number, hash: number, count: number): boolean {
  let slot = hash & a.mask;
  while (a.counts[slot] !== 0 && a.keys[slot] !== key) slot = (slot + 1) & a.mask;
  const isNew = a.counts[slot] === 0;
  if (isNew) {
    a.keys[slot] = key;
    a.used += 1;
  }
  a.counts[slot]! += count;
  // At most 3/4 full.
  if (isNew && 4 * a.used > 3 * a.mask) grow(a, 2 * a.keys.length);
  return isNew;
}

function grow(a: ValueAccumulator, size: number): void {
  const { keys, counts } = a;
  Object.assign(a, { keys: new Float64Array(size), counts: new Float64Array(size), mask: size - 1, used: 0 });
  for (let i = 0; i < keys.length; i++) if (counts[i] !== 0) put(a, keys[i]!, scoreHash(keys[i]!), counts[i]!);
}

/** The map on the value grid: every value replaced by its cell's value. */
export function valueAccumulatorToGrid(a: ValueAccumulator): void {
  if (a.isGrid) return;
  const { keys, counts } = a;
  Object.assign(a, { isGrid: true, keys: new Float64Array(INITIAL_SLOTS), counts: new Float64Array(INITIAL_SLOTS), mask: INITIAL_SLOTS - 1, used: 0 });
  for (let i = 0; i < keys.length; i++) {
    if (counts[i] === 0) continue;
    const cell = valueCell(keys[i]!);
    put(a, cell, scoreHash(cell), counts[i]!);
  }
}

/** One row's value (`hash` = scoreHash(value)); the budget may send the map to its grid. */
export function addToValueAccumulator(a: ValueAccumulator, value: number, hash: number, budget: ExactBudget): void {
  if (a.isGrid) {
    const cell = valueCell(value);
    put(a, cell, scoreHash(cell), 1);
    return;
  }
  if (put(a, value === 0 ? 0 : value, hash, 1) && !budget.grow(a.used - 1, a.used, VALUE_BYTES)) valueAccumulatorToGrid(a);
}

/** Adds b's rows to a (b unchanged), as if a had been given them. */
export function absorbValueAccumulator(a: ValueAccumulator, b: ValueAccumulator, budget: ExactBudget): void {
  if (b.isGrid && !a.isGrid) {
    budget.toGrid(a.used, VALUE_BYTES);
    valueAccumulatorToGrid(a);
  }
  const before = a.used;
  for (let i = 0; i < b.keys.length; i++) {
    if (b.counts[i] === 0) continue;
    const key = a.isGrid ? valueCell(b.keys[i]!) : b.keys[i]!;
    put(a, key, scoreHash(key), b.counts[i]!);
  }
  if (!a.isGrid && a.used > before && !budget.grow(before, a.used, VALUE_BYTES)) valueAccumulatorToGrid(a);
}

/** The count of `key` in the table (0 when absent). */
function countOf(a: ValueAccumulator, key: number): number {
  let slot = scoreHash(key) & a.mask;
  while (a.counts[slot] !== 0 && a.keys[slot] !== key) slot = (slot + 1) & a.mask;
  return a.counts[slot]!;
}

/**
 * The accumulator as the sorted histogram a tally holds, on the grid when
 * the budget's limit has passed it. The keys are sorted natively and their
 * counts looked up, so a map of millions of values needs no object per value.
 */
export function valueHistogramOfAccumulator(a: ValueAccumulator, limit: number): ValueHistogram {
  const keys = new Float64Array(a.used);
  let k = 0;
  for (let i = 0; i < a.keys.length; i++) if (a.counts[i] !== 0) keys[k++] = a.keys[i]!;
  keys.sort();
  const counts = keys.map((key) => countOf(a, key));
  if (a.isGrid || a.used <= limit) return { isGrid: a.isGrid, values: keys, counts };
  // valueCell is non-decreasing: the sorted values give sorted cells, equal ones adjacent
  const cells = keys.map(valueCell);
  let j = -1;
  for (let i = 0; i < cells.length; i++) {
    if (j >= 0 && cells[j] === cells[i]) counts[j]! += counts[i]!;
    else {
      j += 1;
      cells[j] = cells[i]!;
      counts[j] = counts[i]!;
    }
  }
  return { isGrid: true, values: cells.slice(0, j + 1), counts: counts.slice(0, j + 1) };
}
