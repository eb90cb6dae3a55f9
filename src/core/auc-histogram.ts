import type { AucHistogram } from './types.js';

/**
 * Above this many distinct (score, label) pairs in a group, AUC counts move to a
 * grid. The test is on the final contents only (the count never shrinks as rows
 * are added), so a fold and any merge of its shards end in the same state.
 */
export const AUC_EXACT_LIMIT = 10_000;
/** Grid width used once a group has too many distinct scores (scores in [0, 1] give ≤ 10,001 cells). */
export const AUC_GRID_STEP = 1e-4;

export function emptyAucHistogram(): AucHistogram {
  return { step: null, pos: new Map(), neg: new Map() };
}

function keyOf(h: AucHistogram, score: number): number {
  return h.step === null ? score : Math.round(score / h.step);
}

/** Adds one scored, labelled row (mutates `h`; used only inside the fold). */
export function addToAucHistogram(h: AucHistogram, score: number, label: 0 | 1): void {
  const side = label === 1 ? h.pos : h.neg;
  const key = keyOf(h, score);
  const before = side.get(key);
  side.set(key, before === undefined ? 1 : before + 1);
  if (before === undefined && h.step === null && isOverLimit(h)) {
    coarsenInPlace(h, AUC_GRID_STEP);
  }
}

function regrid(side: Map<number, number>, from: number | null, to: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [key, count] of side) {
    const score = from === null ? key : key * from;
    const cell = Math.round(score / to);
    out.set(cell, (out.get(cell) ?? 0) + count);
  }
  return out;
}

function coarsenInPlace(h: AucHistogram, step: number): void {
  h.pos = regrid(h.pos, h.step, step);
  h.neg = regrid(h.neg, h.step, step);
  h.step = step;
}

function addInto(target: Map<number, number>, source: Map<number, number>): void {
  for (const [key, count] of source) target.set(key, (target.get(key) ?? 0) + count);
}

/** Merge of two histograms (pure). An exact side is put on the grid when the other is gridded. */
export function mergeAucHistograms(a: AucHistogram, b: AucHistogram): AucHistogram {
  const out: AucHistogram = { step: a.step, pos: new Map(a.pos), neg: new Map(a.neg) };
  let other = b;
  if (out.step === null && b.step !== null) coarsenInPlace(out, b.step);
  if (out.step !== null && b.step === null) {
    other = { step: out.step, pos: regrid(b.pos, null, out.step), neg: regrid(b.neg, null, out.step) };
  }
  addInto(out.pos, other.pos);
  addInto(out.neg, other.neg);
  if (out.step === null && isOverLimit(out)) coarsenInPlace(out, AUC_GRID_STEP);
  return out;
}

function isOverLimit(h: AucHistogram): boolean {
  return h.pos.size + h.neg.size > AUC_EXACT_LIMIT;
}

export interface AucResult {
  /** ROC AUC; null when the group has only one label class */
  value: number | null;
  /** 0 when exact; otherwise the largest possible distance to the exact AUC */
  maxError: number;
}

/**
 * ROC AUC = P(score of a random positive > score of a random negative), ties ½
 * (the Mann–Whitney statistic, as sklearn's `roc_auc_score`). Undefined
 * (null) when either class is empty. On a grid, pairs in the same cell count ½
 * although they may be ordered, so the error is at most Σ pos_c·neg_c / (2PN).
 */
export function aucFromHistogram(h: AucHistogram): AucResult {
  const keys = [...new Set([...h.pos.keys(), ...h.neg.keys()])].sort((x, y) => x - y);
  let positives = 0;
  let negatives = 0;
  for (const c of h.pos.values()) positives += c;
  for (const c of h.neg.values()) negatives += c;
  if (positives === 0 || negatives === 0) return { value: null, maxError: 0 };
  let negativesBelow = 0;
  let wins = 0;
  let tiedPairs = 0;
  for (const key of keys) {
    const p = h.pos.get(key) ?? 0;
    const q = h.neg.get(key) ?? 0;
    wins += p * negativesBelow + 0.5 * p * q;
    tiedPairs += p * q;
    negativesBelow += q;
  }
  const pairs = positives * negatives;
  return { value: wins / pairs, maxError: h.step === null ? 0 : tiedPairs / (2 * pairs) };
}
