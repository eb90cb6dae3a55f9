import { EXACT_FLOOR } from './exact-limit.js';
import type { AucHistogram, ExactAucHistogram, GridAucHistogram } from './types.js';

/**
 * The limit of earlier versions, now the floor of the run-wide rule
 * (exact-limit.ts): a group with at most this many distinct (score, label)
 * pairs always has its exact AUC. SQL queries keep exactly this rule.
 */
export const AUC_EXACT_LIMIT = EXACT_FLOOR;
/** Grid width used once a group's scores leave the budget (scores in [0, 1] give ≤ 10,001 cells). */
export const AUC_GRID_STEP = 1e-4;
/** Cells 0..10,000 of the grid: scores in [0, 1] (with a label, scores must be probabilities). */
export const GRID_CELLS = Math.round(1 / AUC_GRID_STEP) + 1;

// A report reads a grid's compacted cells several times (AUC, DeLong, intervals): list them once.
const cellCache = new WeakMap<AucHistogram, HistogramCells>();

export function emptyAucHistogram(): AucHistogram {
  return { step: null, scores: new Float64Array(0), pos: new Float64Array(0), neg: new Float64Array(0) };
}

/** The grid cell of a score. */
export function gridCell(score: number): number {
  const cell = Math.round(score / AUC_GRID_STEP);
  if (!(cell >= 0 && cell < GRID_CELLS)) throw new RangeError(`score ${score} outside [0, 1] cannot be put on the AUC grid`);
  return cell;
}

/** The index of `score` in ascending `scores`, or −(insertion point) − 1. */
function search(scores: Float64Array, score: number): number {
  let lo = 0;
  let hi = scores.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = scores[mid]!;
    if (s < score) lo = mid + 1;
    else if (s > score) hi = mid - 1;
    else return mid;
  }
  return -lo - 1;
}

/**
 * Adds `count` scored rows with one label (mutates `h`; for small in-memory
 * folds: an exact histogram grows by copying). An exact histogram stays
 * exact: which maps of a run move to the grid is decided for the whole table
 * (exact-limit.ts, applied by `applyExactLimit`).
 */
export function addToAucHistogram(h: AucHistogram, score: number, label: 0 | 1, count = 1): void {
  cellCache.delete(h);
  if (h.step !== null) {
    h.counts[label * GRID_CELLS + gridCell(score)]! += count;
    return;
  }
  const key = score === 0 ? 0 : score;
  let i = search(h.scores, key);
  if (i < 0) {
    i = -i - 1;
    const grown = (a: Float64Array, v: number) => {
      const out = new Float64Array(a.length + 1);
      out.set(a.subarray(0, i));
      out[i] = v;
      out.set(a.subarray(i), i + 1);
      return out;
    };
    Object.assign(h, { scores: grown(h.scores, key), pos: grown(h.pos, 0), neg: grown(h.neg, 0) });
  }
  (label === 1 ? h.pos : h.neg)[i]! += count;
}

/** The histogram on the 1e-4 grid (itself when it is on it). */
export function gridAucHistogram(h: AucHistogram): GridAucHistogram {
  if (h.step !== null) return h;
  const counts = new Float64Array(2 * GRID_CELLS);
  for (let i = 0; i < h.scores.length; i++) {
    const cell = gridCell(h.scores[i]!);
    counts[cell]! += h.neg[i]!;
    counts[GRID_CELLS + cell]! += h.pos[i]!;
  }
  return { step: AUC_GRID_STEP, counts };
}

/** Distinct (score, label) pairs, as the budget counts them: Infinity on the grid. */
export function aucEntries(h: AucHistogram): number {
  if (h.step !== null) return Infinity;
  let pairs = 0;
  for (let i = 0; i < h.scores.length; i++) pairs += (h.pos[i] !== 0 ? 1 : 0) + (h.neg[i] !== 0 ? 1 : 0);
  return pairs;
}

/** Two exact histograms merged in one linear pass. */
function mergeExact(a: ExactAucHistogram, b: ExactAucHistogram): ExactAucHistogram {
  const size = a.scores.length + b.scores.length;
  const scores = new Float64Array(size);
  const pos = new Float64Array(size);
  const neg = new Float64Array(size);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.scores.length || j < b.scores.length) {
    const sa = i < a.scores.length ? a.scores[i]! : Infinity;
    const sb = j < b.scores.length ? b.scores[j]! : Infinity;
    const s = sa <= sb ? sa : sb;
    scores[k] = s;
    if (i < a.scores.length && sa === s) {
      pos[k]! += a.pos[i]!;
      neg[k]! += a.neg[i++]!;
    }
    if (j < b.scores.length && sb === s) {
      pos[k]! += b.pos[j]!;
      neg[k]! += b.neg[j++]!;
    }
    k++;
  }
  return { step: null, scores: scores.slice(0, k), pos: pos.slice(0, k), neg: neg.slice(0, k) };
}

/** Merge of two histograms (pure). An exact side is put on the grid when the other is gridded. */
export function mergeAucHistograms(a: AucHistogram, b: AucHistogram): AucHistogram {
  if (a.step === null && b.step === null) return mergeExact(a, b);
  const counts = gridAucHistogram(a).counts.slice();
  const other = gridAucHistogram(b);
  for (let i = 0; i < counts.length; i++) counts[i]! += other.counts[i]!;
  return { step: AUC_GRID_STEP, counts };
}

/**
 * The merge of many histograms in one step: the same state as merging them
 * pairwise (the state depends only on the rows): exact ones merged in rounds
 * of pairs, or one grid.
 */
export function sumAucHistograms(histograms: readonly AucHistogram[]): AucHistogram {
  if (histograms.some((h) => h.step !== null)) {
    const counts = new Float64Array(2 * GRID_CELLS);
    for (const h of histograms) {
      const g = gridAucHistogram(h);
      for (let i = 0; i < counts.length; i++) counts[i]! += g.counts[i]!;
    }
    return { step: AUC_GRID_STEP, counts };
  }
  const exact = histograms as readonly ExactAucHistogram[];
  if (exact.length === 0) return emptyAucHistogram();
  if (exact.length === 1) return exact[0]!;
  return sumExact(exact);
}

/**
 * Exact histograms summed at once: every score sorted natively, the distinct
 * ones kept, and each histogram's counts added at its scores' places. Merging
 * in rounds of pairs made a copy of the growing sum per round (a thousand
 * groups of a thousand scores: 300 MB of arrays to free).
 */
function sumExact(histograms: readonly ExactAucHistogram[]): ExactAucHistogram {
  const all = new Float64Array(histograms.reduce((n, h) => n + h.scores.length, 0));
  let at = 0;
  for (const h of histograms) {
    all.set(h.scores, at);
    at += h.scores.length;
  }
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[distinct - 1]) all[distinct++] = all[i]!;
  const scores = all.slice(0, distinct);
  const pos = new Float64Array(distinct);
  const neg = new Float64Array(distinct);
  for (const h of histograms) {
    // h's scores ascend too: each is found from the place of the one before, in steps that double
    let k = 0;
    for (let i = 0; i < h.scores.length; i++) {
      k = gallop(scores, h.scores[i]!, k);
      pos[k]! += h.pos[i]!;
      neg[k]! += h.neg[i]!;
    }
  }
  return { step: null, scores, pos, neg };
}

/** The index of `score`, which is in ascending `scores` at `from` or after it. */
function gallop(scores: Float64Array, score: number, from: number): number {
  let lo = from;
  let step = 1;
  while (lo + step < scores.length && scores[lo + step]! <= score) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, scores.length - 1);
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (scores[mid]! <= score) lo = mid;
    else hi = mid - 1;
  }
  return lo;
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

/** The histogram's non-empty cells in increasing score order (for AUC and DeLong); an exact histogram's own arrays. */
export function histogramCells(h: AucHistogram): HistogramCells {
  if (h.step === null) return { pos: h.pos, neg: h.neg };
  const cached = cellCache.get(h);
  if (cached) return cached;
  const used = Array.from({ length: GRID_CELLS }, (_, c) => c).filter((c) => h.counts[c] !== 0 || h.counts[GRID_CELLS + c] !== 0);
  const cells = { pos: Float64Array.from(used, (c) => h.counts[GRID_CELLS + c]!), neg: Float64Array.from(used, (c) => h.counts[c]!) };
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
