import type { SelectionSummary } from '../../model/sections.js';

/** score → number of rows with that score (exact; memory grows with distinct scores, not rows). */
export type ScoreHistogram = Map<number, number>;

function totalRows(h: ScoreHistogram): number {
  let n = 0;
  for (const c of h.values()) n += c;
  return n;
}

/**
 * k = ⌈p·n/100⌉: at least p % of the rows. The product is rounded first so
 * that 30 % of 20,000 is 6,000 and not 6,001 through a binary fraction.
 */
export function rowsForPercent(percent: number, rows: number): number {
  const exact = (percent * rows) / 100;
  return Math.min(rows, Math.ceil(Number(exact.toPrecision(12))));
}

/**
 * The k highest scores: the cut-off is the score of the k-th row in
 * descending order, and every row scoring at least the cut-off is selected.
 * Rows tied at the cut-off are all selected, so `selected` can exceed k:
 * equal scores get equal decisions, and the excess is reported.
 */
export function topKSelection(h: ScoreHistogram, k: number, method: 'top-k' | 'top-percent' = 'top-k'): SelectionSummary {
  const rows = totalRows(h);
  const scores = [...h.keys()].sort((a, b) => b - a);
  let selected = 0;
  for (const score of scores) {
    const count = h.get(score)!;
    selected += count;
    if (selected >= k) return { method, k, rows, cutoff: score, comparison: '>=', selected, tiedAtCutoff: count };
  }
  // k ≥ rows: everybody is selected; the cut-off is the lowest score.
  const lowest = scores.at(-1);
  return { method, k, rows, cutoff: lowest ?? null, comparison: '>=', selected, tiedAtCutoff: lowest === undefined ? 0 : h.get(lowest)! };
}

/** The top p %: k = ⌈p·n/100⌉ rows, with the tie rule of `topKSelection`. */
export function topPercentSelection(h: ScoreHistogram, percent: number): SelectionSummary {
  const k = rowsForPercent(percent, totalRows(h));
  return { ...topKSelection(h, k, 'top-percent'), percent };
}

/** The score at a 0-based position of the ascending order. */
function scoreAt(ascending: readonly number[], h: ScoreHistogram, position: number): number {
  let seen = 0;
  for (const score of ascending) {
    seen += h.get(score)!;
    if (seen > position) return score;
  }
  throw new RangeError(`position ${position} beyond ${seen} rows`);
}

/**
 * The LL144 scoring rate's decision: score strictly above the median of the
 * whole sample (the mean of the two middle scores when n is even). Rows at the
 * median are not selected; `tiedAtCutoff` counts them.
 */
export function aboveMedianSelection(h: ScoreHistogram): SelectionSummary {
  const rows = totalRows(h);
  if (rows === 0) return { method: 'above-median', k: null, rows, cutoff: null, comparison: '>', selected: 0, tiedAtCutoff: 0 };
  const ascending = [...h.keys()].sort((a, b) => a - b);
  const median = (scoreAt(ascending, h, Math.floor((rows - 1) / 2)) + scoreAt(ascending, h, Math.ceil((rows - 1) / 2))) / 2;
  let selected = 0;
  for (const [score, count] of h) if (score > median) selected += count;
  return { method: 'above-median', k: null, rows, cutoff: median, comparison: '>', selected, tiedAtCutoff: h.get(median) ?? 0 };
}

/** The decision a selection makes for a score. */
export function decisionOf(s: SelectionSummary): (score: number) => 0 | 1 {
  const { cutoff } = s;
  if (cutoff === null) return () => 0;
  return s.comparison === '>' ? (score) => (score > cutoff ? 1 : 0) : (score) => (score >= cutoff ? 1 : 0);
}
