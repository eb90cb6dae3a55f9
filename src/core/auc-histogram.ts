import type { AucHistogram, ExactAucHistogram, GridAucHistogram } from './types.js';

/**
 * Above this many distinct (score, label) pairs in a group, AUC counts move to a
 * grid. The test is on the final contents only (the count never shrinks as rows
 * are added), so a fold and any merge of its shards end in the same state.
 */
export const AUC_EXACT_LIMIT = 10_000;
/** Grid width used once a group has too many distinct scores (scores in [0, 1] give ≤ 10,001 cells). */
export const AUC_GRID_STEP = 1e-4;
/** Cells 0..10,000 of the grid: scores in [0, 1] (with a label, scores must be probabilities). */
export const GRID_CELLS = Math.round(1 / AUC_GRID_STEP) + 1;

// A report reads each group's histogram several times (AUC, DeLong, intervals): list an exact one's cells once.
const cellCache = new WeakMap<AucHistogram, HistogramCells>();

export function emptyAucHistogram(): AucHistogram {
  return { step: null, pos: new Map(), neg: new Map() };
}

/** The grid cell of a score. */
export function gridCell(score: number): number {
  const cell = Math.round(score / AUC_GRID_STEP);
  if (!(cell >= 0 && cell < GRID_CELLS)) throw new RangeError(`score ${score} outside [0, 1] cannot be put on the AUC grid`);
  return cell;
}

/** Adds one scored, labelled row (mutates `h`, which may move to the grid; used only inside folds). */
export function addToAucHistogram(h: AucHistogram, score: number, label: 0 | 1): void {
  cellCache.delete(h);
  if (h.step !== null) {
    h.counts[label * GRID_CELLS + gridCell(score)]! += 1;
    return;
  }
  const side = label === 1 ? h.pos : h.neg;
  const before = side.get(score);
  side.set(score, before === undefined ? 1 : before + 1);
  if (before === undefined && isOverLimit(h)) Object.assign(h, toGrid(h), { pos: undefined, neg: undefined });
}

function toGrid(h: ExactAucHistogram): GridAucHistogram {
  const counts = new Float64Array(2 * GRID_CELLS);
  for (const [score, count] of h.neg) counts[gridCell(score)]! += count;
  for (const [score, count] of h.pos) counts[GRID_CELLS + gridCell(score)]! += count;
  return { step: AUC_GRID_STEP, counts };
}

function isOverLimit(h: ExactAucHistogram): boolean {
  return h.pos.size + h.neg.size > AUC_EXACT_LIMIT;
}

function addInto(target: Map<number, number>, source: Map<number, number>): void {
  for (const [key, count] of source) target.set(key, (target.get(key) ?? 0) + count);
}

/** Merge of two histograms (pure). An exact side is put on the grid when the other is gridded. */
export function mergeAucHistograms(a: AucHistogram, b: AucHistogram): AucHistogram {
  if (a.step === null && b.step === null) {
    const out: ExactAucHistogram = { step: null, pos: new Map(a.pos), neg: new Map(a.neg) };
    addInto(out.pos, b.pos);
    addInto(out.neg, b.neg);
    return isOverLimit(out) ? toGrid(out) : out;
  }
  const counts = (a.step === null ? toGrid(a) : a).counts.slice();
  const other = b.step === null ? toGrid(b) : b;
  for (let i = 0; i < counts.length; i++) counts[i]! += other.counts[i]!;
  return { step: AUC_GRID_STEP, counts };
}

/**
 * The merge of many histograms in one step: the same state as merging them
 * pairwise (the state depends only on the rows), without a grid per step.
 */
export function sumAucHistograms(histograms: readonly AucHistogram[]): AucHistogram {
  // Exact while the sum has at most AUC_EXACT_LIMIT pairs: added into one pair of maps, not copied per step.
  const exact: ExactAucHistogram = { step: null, pos: new Map(), neg: new Map() };
  let k = 0;
  for (; k < histograms.length && !isOverLimit(exact); k++) {
    const h = histograms[k]!;
    if (h.step !== null) break;
    addInto(exact.pos, h.pos);
    addInto(exact.neg, h.neg);
  }
  if (k === histograms.length) return isOverLimit(exact) ? toGrid(exact) : exact;
  const counts = toGrid(exact).counts;
  for (const h of histograms.slice(k)) {
    if (h.step !== null) for (let i = 0; i < counts.length; i++) counts[i]! += h.counts[i]!;
    else {
      for (const [score, count] of h.neg) counts[gridCell(score)]! += count;
      for (const [score, count] of h.pos) counts[GRID_CELLS + gridCell(score)]! += count;
    }
  }
  return { step: AUC_GRID_STEP, counts };
}

export interface AucResult {
  /** ROC AUC; null when the group has only one label class */
  value: number | null;
  /** 0 when exact; otherwise the largest possible distance to the exact AUC */
  maxError: number;
}

/** Non-empty cells in increasing score order: label-1 counts in `pos`, label-0 counts in `neg`. */
export interface HistogramCells {
  pos: Float64Array;
  neg: Float64Array;
}

/** The histogram's non-empty cells in increasing score order (for AUC and DeLong). */
export function histogramCells(h: AucHistogram): HistogramCells {
  const cached = cellCache.get(h);
  if (cached) return cached;
  let cells: HistogramCells;
  if (h.step !== null) {
    const used = Array.from({ length: GRID_CELLS }, (_, c) => c).filter((c) => h.counts[c] !== 0 || h.counts[GRID_CELLS + c] !== 0);
    cells = { pos: Float64Array.from(used, (c) => h.counts[GRID_CELLS + c]!), neg: Float64Array.from(used, (c) => h.counts[c]!) };
  } else {
    const keys = [...new Set([...h.pos.keys(), ...h.neg.keys()])].sort((x, y) => x - y);
    cells = { pos: Float64Array.from(keys, (k) => h.pos.get(k) ?? 0), neg: Float64Array.from(keys, (k) => h.neg.get(k) ?? 0) };
  }
  cellCache.set(h, cells);
  return cells;
}

/**
 * The cells in increasing score order, where a cell empty on both sides
 * (`pos[i] = neg[i] = 0`) may occur and is to be skipped: a grid is read in
 * place, through views of its counts. A report reads some fifty 10,001-cell
 * grids several times; copies of them (or a cache of copies) cost megabytes.
 */
export function cellViews(h: AucHistogram): HistogramCells {
  if (h.step === null) return histogramCells(h);
  return { pos: h.counts.subarray(GRID_CELLS), neg: h.counts.subarray(0, GRID_CELLS) };
}

/**
 * ROC AUC = P(score of a random positive > score of a random negative), ties ½
 * (the Mann–Whitney statistic, as sklearn's `roc_auc_score`). Undefined
 * (null) when either class is empty. On a grid, pairs in the same cell count ½
 * although they may be ordered, so the error is at most Σ pos_c·neg_c / (2PN).
 */
export function aucFromHistogram(h: AucHistogram): AucResult {
  let positives = 0;
  let negatives = 0;
  let negativesBelow = 0;
  let wins = 0;
  let tiedPairs = 0;
  const cells = cellViews(h);
  for (let i = 0; i < cells.pos.length; i++) {
    const p = cells.pos[i]!;
    const q = cells.neg[i]!;
    if (p === 0 && q === 0) continue;
    positives += p;
    negatives += q;
    wins += p * negativesBelow + 0.5 * p * q;
    tiedPairs += p * q;
    negativesBelow += q;
  }
  if (positives === 0 || negatives === 0) return { value: null, maxError: 0 };
  const pairs = positives * negatives;
  return { value: wins / pairs, maxError: h.step === null ? 0 : tiedPairs / (2 * pairs) };
}
