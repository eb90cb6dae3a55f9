import { AUC_GRID_STEP, GRID_CELLS, gridAucHistogram, gridCell } from './auc-histogram.js';
import type { ExactBudget } from './exact-budget.js';
import { PAIR_BYTES } from './exact-limit.js';
import type { AucHistogram } from './types.js';

/**
 * The fold's fast form of an AUC histogram (same semantics as
 * `addToAucHistogram`, same final state): an open-addressing table of exact
 * scores while the run's budget keeps the group's distinct (score, label)
 * pairs exact (exact-budget.ts), then counts on the 1e-4 grid in a typed
 * array laid out as GridAucHistogram's. The row's hash and grid cell are computed once per row
 * (`scoreHash`, `gridCell`) and shared by every group the row falls in.
 */
export interface AucAccumulator {
  /**
   * grid counts, label 0 at [cell], label 1 at [GRID_CELLS + cell]; null while
   * exact. 32-bit counts keep the 39 grids of a typical audit in cache; the
   * store widens them (`widenAucAccumulator`) before any count could overflow.
   */
  grid: Uint32Array | Float64Array | null;
  isWide: boolean;
  keys: Float64Array;
  /** counts per key while exact: 32-bit too until widened */
  pos: Uint32Array | Float64Array;
  neg: Uint32Array | Float64Array;
  mask: number;
  used: number;
  pairs: number;
}

// Small at first: a run of 100,000 groups holds one table per group (16 slots: 12 scores before the first doubling).
const INITIAL_SLOTS = 16;

export function emptyAucAccumulator(): AucAccumulator {
  return { grid: null, isWide: false, keys: new Float64Array(INITIAL_SLOTS), pos: new Uint32Array(INITIAL_SLOTS), neg: new Uint32Array(INITIAL_SLOTS), mask: INITIAL_SLOTS - 1, used: 0, pairs: 0 };
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** Hash of a score (−0 and 0 hash alike, as Map keys do). */
export function scoreHash(score: number): number {
  bits[0] = score === 0 ? 0 : score;
  const h = Math.imul(words[0]! ^ Math.imul(words[1]!, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

export function addToAucAccumulator(a: AucAccumulator, score: number, label: 0 | 1, hash: number, cell: number, budget: ExactBudget): void {
  if (a.grid !== null) {
    a.grid[label * GRID_CELLS + cell]! += 1;
    return;
  }
  let slot = hash & a.mask;
  const key = score === 0 ? 0 : score;
  while (a.pos[slot]! + a.neg[slot]! !== 0 && a.keys[slot] !== key) slot = (slot + 1) & a.mask;
  const side = label === 1 ? a.pos : a.neg;
  if (a.pos[slot]! + a.neg[slot]! === 0) {
    a.keys[slot] = key;
    a.used += 1;
  }
  const isNew = side[slot] === 0;
  side[slot]! += 1;
  if (isNew && !budget.grow(a.pairs, ++a.pairs, PAIR_BYTES)) toGrid(a);
  // At most 3/4 full: 10,000 scores fit in 16,384 slots.
  else if (4 * a.used > 3 * a.mask) grow(a);
}

/**
 * Adds accumulator `b`'s counts to `a` (b unchanged): the state `a` would have
 * reached had it been given b's rows too (on the grid when b is, or when the
 * budget no longer keeps a's pairs exact).
 */
export function absorbAucAccumulator(a: AucAccumulator, b: AucAccumulator, budget: ExactBudget): void {
  if (b.isWide && !a.isWide) widenAucAccumulator(a);
  if (b.grid !== null && a.grid === null) {
    budget.toGrid(a.pairs, PAIR_BYTES);
    toGrid(a);
  }
  if (b.grid !== null) {
    for (let i = 0; i < b.grid.length; i++) a.grid![i]! += b.grid[i]!;
    return;
  }
  const before = a.pairs;
  for (let i = 0; i < b.keys.length; i++) {
    const pos = b.pos[i]!;
    const neg = b.neg[i]!;
    if (pos + neg === 0) continue;
    if (a.grid !== null) {
      const cell = gridCell(b.keys[i]!);
      a.grid[cell]! += neg;
      a.grid[GRID_CELLS + cell]! += pos;
    } else addPairCounts(a, b.keys[i]!, pos, neg);
  }
  if (a.grid === null && a.pairs > before && !budget.grow(before, a.pairs, PAIR_BYTES)) toGrid(a);
}

/** Adds pos label-1 and neg label-0 rows of one exact score (a is exact). */
function addPairCounts(a: AucAccumulator, key: number, pos: number, neg: number): void {
  let slot = scoreHash(key) & a.mask;
  while (a.pos[slot]! + a.neg[slot]! !== 0 && a.keys[slot] !== key) slot = (slot + 1) & a.mask;
  if (a.pos[slot]! + a.neg[slot]! === 0) {
    a.keys[slot] = key;
    a.used += 1;
  }
  if (pos > 0 && a.pos[slot] === 0) a.pairs += 1;
  if (neg > 0 && a.neg[slot] === 0) a.pairs += 1;
  a.pos[slot]! += pos;
  a.neg[slot]! += neg;
  if (4 * a.used > 3 * a.mask) grow(a);
}

function grow(a: AucAccumulator): void {
  const { keys, pos, neg } = a;
  const size = 2 * keys.length;
  const Counts = a.isWide ? Float64Array : Uint32Array;
  Object.assign(a, { keys: new Float64Array(size), pos: new Counts(size), neg: new Counts(size), mask: size - 1 });
  for (let i = 0; i < keys.length; i++) {
    if (pos[i]! + neg[i]! === 0) continue;
    let slot = scoreHash(keys[i]!) & a.mask;
    while (a.pos[slot]! + a.neg[slot]! !== 0) slot = (slot + 1) & a.mask;
    a.keys[slot] = keys[i]!;
    a.pos[slot] = pos[i]!;
    a.neg[slot] = neg[i]!;
  }
}

function toGrid(a: AucAccumulator): void {
  const grid = a.isWide ? new Float64Array(2 * GRID_CELLS) : new Uint32Array(2 * GRID_CELLS);
  for (let i = 0; i < a.keys.length; i++) {
    if (a.pos[i]! + a.neg[i]! === 0) continue;
    const cell = gridCell(a.keys[i]!);
    grid[cell]! += a.neg[i]!;
    grid[GRID_CELLS + cell]! += a.pos[i]!;
  }
  Object.assign(a, { grid, keys: new Float64Array(0), pos: new Uint32Array(0), neg: new Uint32Array(0), mask: 0, used: 0, pairs: Infinity });
}

/** Called once a group has 2^32 − 1 rows: from then on its grid counts are doubles. */
export function widenAucAccumulator(a: AucAccumulator): void {
  a.isWide = true;
  if (a.grid !== null) a.grid = Float64Array.from(a.grid);
  a.pos = Float64Array.from(a.pos);
  a.neg = Float64Array.from(a.neg);
}

/** The slot of an exact key. */
function slotOf(a: AucAccumulator, key: number): number {
  let slot = scoreHash(key) & a.mask;
  while (a.keys[slot] !== key) slot = (slot + 1) & a.mask;
  return slot;
}

/**
 * The accumulator as the AucHistogram that merges, serialises and gives the
 * AUC: on the grid when the budget's final `limit` is below its pairs. The
 * scores are sorted natively and their counts looked up (no object per score).
 */
export function aucHistogramOf(a: AucAccumulator, limit = Infinity): AucHistogram {
  if (a.grid !== null) return { step: AUC_GRID_STEP, counts: Float64Array.from(a.grid) };
  const scores = new Float64Array(a.used);
  let k = 0;
  for (let i = 0; i < a.keys.length; i++) if (a.pos[i]! + a.neg[i]! !== 0) scores[k++] = a.keys[i]!;
  scores.sort();
  const pos = new Float64Array(scores.length);
  const neg = new Float64Array(scores.length);
  scores.forEach((key, j) => {
    const slot = slotOf(a, key);
    pos[j] = a.pos[slot]!;
    neg[j] = a.neg[slot]!;
  });
  if (a.pairs <= limit) return { step: null, scores, pos, neg };
  return gridAucHistogram({ step: null, scores, pos, neg });
}
