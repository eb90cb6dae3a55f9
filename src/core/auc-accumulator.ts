import { AUC_GRID_STEP, GRID_CELLS } from './auc-histogram.js';
import { addTableToGrid, exactHistogramOf, grow, probe, scoreHash, setTable, widenTable, type ScoreTable } from './auc-score-table.js';
import type { ExactBudget } from './exact-budget.js';
import { PAIR_BYTES } from './exact-limit.js';
import type { AucHistogram } from './types.js';

export { scoreHash } from './auc-score-table.js';

/**
 * The fold's fast form of an AUC histogram (same semantics as
 * `addToAucHistogram`, same final state): a table of exact scores
 * (auc-score-table.ts) while the run's budget keeps the group's distinct
 * (score, label) pairs exact (exact-budget.ts), then counts on the 1e-4 grid
 * in a typed array laid out as GridAucHistogram's. The row's hash and grid
 * cell are computed once per row (`scoreHash`, `gridCell`) and shared by
 * every group the row falls in.
 */
export interface AucAccumulator extends ScoreTable {
  /**
   * grid counts, label 0 at [cell], label 1 at [GRID_CELLS + cell]; null while
   * exact. 32-bit counts keep the 39 grids of a typical audit in cache; the
   * store widens them (`widenAucAccumulator`) before any count could overflow.
   */
  grid: Uint32Array | Float64Array | null;
  /** distinct (score, label) pairs while exact, as the budget counts them; Infinity on the grid */
  pairs: number;
}

// Small at first: a run of 100,000 groups holds one table per group (16 slots: 12 scores before the first doubling).
const INITIAL_SLOTS = 16;

export function emptyAucAccumulator(): AucAccumulator {
  const a: AucAccumulator = { grid: null, isWide: false, keys: new Float64Array(0), counts: new Uint32Array(0), keyStep: 2, mask: 0, used: 0, pairs: 0 };
  setTable(a, INITIAL_SLOTS);
  return a;
}

export function addToAucAccumulator(a: AucAccumulator, score: number, label: 0 | 1, hash: number, cell: number, budget: ExactBudget): void {
  if (a.grid !== null) {
    a.grid[label * GRID_CELLS + cell]! += 1;
    return;
  }
  const key = score === 0 ? 0 : score;
  const slot = probe(a, key, hash);
  const counts = a.counts;
  if (counts[4 * slot + 2]! + counts[4 * slot + 3]! === 0) {
    a.keys[a.keyStep * slot] = key;
    a.used += 1;
  }
  // label 1 at 4·slot + 2, label 0 at 4·slot + 3
  const c = 4 * slot + 3 - label;
  const isNew = counts[c] === 0;
  counts[c]! += 1;
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
  if (a.grid !== null) {
    addTableToGrid(b, a.grid);
    return;
  }
  const before = a.pairs;
  const { keys, counts, keyStep } = b;
  for (let slot = 0; 4 * slot < counts.length; slot++) {
    const pos = counts[4 * slot + 2]!;
    const neg = counts[4 * slot + 3]!;
    if (pos + neg !== 0) addPairCounts(a, keys[keyStep * slot]!, pos, neg);
  }
  if (a.pairs > before && !budget.grow(before, a.pairs, PAIR_BYTES)) toGrid(a);
}

/** Adds pos label-1 and neg label-0 rows of one exact score (a is exact). */
function addPairCounts(a: AucAccumulator, key: number, pos: number, neg: number): void {
  const slot = probe(a, key, scoreHash(key));
  const counts = a.counts;
  const c = 4 * slot + 2;
  if (counts[c]! + counts[c + 1]! === 0) {
    a.keys[a.keyStep * slot] = key;
    a.used += 1;
  }
  if (pos > 0 && counts[c] === 0) a.pairs += 1;
  if (neg > 0 && counts[c + 1] === 0) a.pairs += 1;
  counts[c]! += pos;
  counts[c + 1]! += neg;
  if (4 * a.used > 3 * a.mask) grow(a);
}

function toGrid(a: AucAccumulator): void {
  a.grid = a.isWide ? new Float64Array(2 * GRID_CELLS) : new Uint32Array(2 * GRID_CELLS);
  addTableToGrid(a, a.grid);
  setTable(a, 0);
  a.used = 0;
  a.pairs = Infinity;
}

/** Called once a group has 2^32 − 1 rows: from then on its counts are doubles. */
export function widenAucAccumulator(a: AucAccumulator): void {
  if (a.grid !== null && !a.isWide) a.grid = Float64Array.from(a.grid);
  widenTable(a);
}

/**
 * The accumulator as the AucHistogram that merges, serialises and gives the
 * AUC: on the grid when the budget's final `limit` is below its pairs (put
 * there straight from the table: the grid of the exact histogram, as
 * gridAucHistogram would give it, without sorting its scores first).
 */
export function aucHistogramOf(a: AucAccumulator, limit = Infinity): AucHistogram {
  if (a.grid !== null) return { step: AUC_GRID_STEP, counts: Float64Array.from(a.grid) };
  if (a.pairs <= limit) return exactHistogramOf(a);
  // integer counts: the same sums in any order
  const counts = new Float64Array(2 * GRID_CELLS);
  addTableToGrid(a, counts);
  return { step: AUC_GRID_STEP, counts };
}
