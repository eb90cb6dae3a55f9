import { GRID_CELLS, gridCell } from './auc-histogram.js';
import { sortedSlots } from './sorted-slots.js';
import type { ExactAucHistogram } from './types.js';

/**
 * The exact part of an AUC accumulator: an open-addressing table of score →
 * (label-1 rows, label-0 rows), at most 3/4 full, in one buffer so that a
 * probe reads one cache line rather than three arrays. Slot s holds its score
 * at keys[keyStep·s] and its counts at counts[4s + 2] (label 1) and
 * counts[4s + 3] (label 0); it is empty while both are 0. Narrow, 16 bytes a
 * slot: keys and the 32-bit counts view one buffer, keyStep 2. Widened, 32
 * bytes a slot: keys and counts are one Float64Array, keyStep 4 (4s + 1 unused).
 */
export interface ScoreTable {
  isWide: boolean;
  keys: Float64Array;
  counts: Uint32Array | Float64Array;
  keyStep: 2 | 4;
  mask: number;
  /** occupied slots (distinct scores) */
  used: number;
}

/** Gives `t` an empty table of `slots` (a power of two, or 0) in its width. */
export function setTable(t: ScoreTable, slots: number): void {
  if (t.isWide) t.keys = t.counts = new Float64Array(4 * slots);
  else {
    t.keys = new Float64Array(2 * slots);
    t.counts = new Uint32Array(t.keys.buffer);
  }
  t.keyStep = t.isWide ? 4 : 2;
  t.mask = Math.max(0, slots - 1);
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** Hash of a score (−0 and 0 hash alike, as Map keys do). */
export function scoreHash(score: number): number {
  bits[0] = score === 0 ? 0 : score;
  const h = Math.imul(words[0]! ^ Math.imul(words[1]!, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

/** The slot of `key` (−0 already 0), or the empty slot where it belongs. */
export function probe(t: ScoreTable, key: number, hash: number): number {
  const { keys, counts, keyStep, mask } = t;
  let slot = hash & mask;
  while (counts[4 * slot + 2]! + counts[4 * slot + 3]! !== 0 && keys[keyStep * slot] !== key) slot = (slot + 1) & mask;
  return slot;
}

/** The table in twice the slots. */
export function grow(t: ScoreTable): void {
  const { keys, counts, keyStep } = t;
  setTable(t, counts.length / 2);
  const { keys: toKeys, counts: toCounts, mask } = t;
  for (let from = 0; 4 * from < counts.length; from++) {
    const pos = counts[4 * from + 2]!;
    const neg = counts[4 * from + 3]!;
    if (pos + neg === 0) continue;
    const key = keys[keyStep * from]!;
    let slot = scoreHash(key) & mask;
    while (toCounts[4 * slot + 2]! + toCounts[4 * slot + 3]! !== 0) slot = (slot + 1) & mask;
    toKeys[keyStep * slot] = key;
    toCounts[4 * slot + 2] = pos;
    toCounts[4 * slot + 3] = neg;
  }
}

/** The same table with 64-bit counts (each slot where it was). */
export function widenTable(t: ScoreTable): void {
  if (t.isWide) return;
  const { keys, counts } = t;
  t.isWide = true;
  setTable(t, counts.length / 4);
  for (let slot = 0; 4 * slot < counts.length; slot++) {
    t.keys[4 * slot] = keys[2 * slot]!;
    t.counts[4 * slot + 2] = counts[4 * slot + 2]!;
    t.counts[4 * slot + 3] = counts[4 * slot + 3]!;
  }
}

/** Adds the table's counts to `grid` (label 0 at [cell], label 1 at [GRID_CELLS + cell]). */
export function addTableToGrid(t: ScoreTable, grid: Uint32Array | Float64Array): void {
  const { keys, counts, keyStep } = t;
  for (let slot = 0; 4 * slot < counts.length; slot++) {
    const pos = counts[4 * slot + 2]!;
    const neg = counts[4 * slot + 3]!;
    if (pos + neg === 0) continue;
    const cell = gridCell(keys[keyStep * slot]!);
    grid[cell]! += neg;
    grid[GRID_CELLS + cell]! += pos;
  }
}

// Below this many scores a native sort and a probe per score cost less than the radix sort's 2,048 counters;
// a widened table (2^32 rows in one group) takes that way too.
const SMALL = 256;

/** The table as an exact histogram (scores ascending in Float64Array's native sort order). */
export function exactHistogramOf(t: ScoreTable): ExactAucHistogram {
  if (!t.isWide && t.used >= SMALL) return sortedSlots(t.counts as Uint32Array, t.used);
  const { keys, counts, keyStep } = t;
  const scores = new Float64Array(t.used);
  for (let slot = 0, k = 0; 4 * slot < counts.length; slot++) if (counts[4 * slot + 2]! + counts[4 * slot + 3]! !== 0) scores[k++] = keys[keyStep * slot]!;
  scores.sort();
  const pos = new Float64Array(scores.length);
  const neg = new Float64Array(scores.length);
  for (let j = 0; j < scores.length; j++) {
    const slot = probe(t, scores[j]!, scoreHash(scores[j]!));
    pos[j] = counts[4 * slot + 2]!;
    neg[j] = counts[4 * slot + 3]!;
  }
  return { step: null, scores, pos, neg };
}
