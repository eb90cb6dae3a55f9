import type { ExactAucHistogram } from './types.js';

/**
 * An exact AUC histogram from (score, count) pairs per label, in any order
 * and possibly repeated (an aggregate file's lists, a warehouse's rows):
 * sorted once, equal scores added (−0 and 0 are one score).
 */
export function exactAucHistogramOf(pos: readonly (readonly [number, number])[], neg: readonly (readonly [number, number])[]): ExactAucHistogram {
  const rows: [number, number, number][] = [
    ...pos.map(([s, c]): [number, number, number] => [s === 0 ? 0 : s, c, 0]),
    ...neg.map(([s, c]): [number, number, number] => [s === 0 ? 0 : s, 0, c]),
  ].filter(([, p, n]) => p + n > 0);
  rows.sort((a, b) => a[0] - b[0]);
  const scores: number[] = [];
  const p: number[] = [];
  const n: number[] = [];
  for (const [s, a, b] of rows) {
    if (scores.length > 0 && scores[scores.length - 1] === s) {
      p[p.length - 1]! += a;
      n[n.length - 1]! += b;
    } else {
      scores.push(s);
      p.push(a);
      n.push(b);
    }
  }
  return { step: null, scores: Float64Array.from(scores), pos: Float64Array.from(p), neg: Float64Array.from(n) };
}
