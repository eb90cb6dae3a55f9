import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aboveMedianSelection, decisionOf, rowsForPercent, topKSelection, topPercentSelection, type ScoreHistogram } from '../../../../src/input/tally/score-cutoff.js';

function histogramOf(scores: readonly number[]): ScoreHistogram {
  const h: ScoreHistogram = new Map();
  for (const s of scores) h.set(s, (h.get(s) ?? 0) + 1);
  return h;
}

/** The oracle: sort the whole list, take the k-th highest score, select everything at or above it. */
function bySorting(scores: readonly number[], k: number) {
  const sorted = [...scores].sort((a, b) => b - a);
  const cutoff = sorted[Math.min(k, sorted.length) - 1]!;
  return {
    cutoff,
    selected: scores.filter((s) => s >= cutoff).length,
    tiedAtCutoff: scores.filter((s) => s === cutoff).length,
  };
}

// Scores on a coarse grid so that ties are common.
const scores = fc.array(fc.integer({ min: 0, max: 20 }).map((i) => i / 20), { minLength: 1, maxLength: 200 });

describe('top-k cut-off', () => {
  it('matches a sort of the whole list, ties included', () => {
    fc.assert(
      fc.property(scores, fc.integer({ min: 1, max: 250 }), (list, k) => {
        const s = topKSelection(histogramOf(list), k);
        expect({ cutoff: s.cutoff, selected: s.selected, tiedAtCutoff: s.tiedAtCutoff }).toEqual(bySorting(list, k));
        expect(s.rows).toBe(list.length);
      }),
    );
  });

  it('selects at least min(k, n) rows, and every extra row is tied at the cut-off', () => {
    fc.assert(
      fc.property(scores, fc.integer({ min: 1, max: 250 }), (list, k) => {
        const s = topKSelection(histogramOf(list), k);
        expect(s.selected).toBeGreaterThanOrEqual(Math.min(k, list.length));
        expect(s.selected - Math.min(k, list.length)).toBeLessThan(s.tiedAtCutoff);
      }),
    );
  });

  it('gives equal scores equal decisions', () => {
    fc.assert(
      fc.property(scores, fc.integer({ min: 1, max: 250 }), (list, k) => {
        const decide = decisionOf(topKSelection(histogramOf(list), k));
        const decisions = new Map<number, number>();
        for (const s of list) {
          const d = decide(s);
          expect(decisions.get(s) ?? d).toBe(d);
          decisions.set(s, d);
        }
      }),
    );
  });

  it('takes all tied rows at the cut-off: 0.9 0.8 0.8 0.8 0.1 with k = 2 selects 4', () => {
    expect(topKSelection(histogramOf([0.9, 0.8, 0.8, 0.8, 0.1]), 2)).toEqual({
      method: 'top-k', k: 2, rows: 5, cutoff: 0.8, comparison: '>=', selected: 4, tiedAtCutoff: 3,
    });
  });

  it('selects everybody when k exceeds the rows, and nobody without rows', () => {
    expect(topKSelection(histogramOf([0.3, 0.1]), 5)).toMatchObject({ cutoff: 0.1, selected: 2 });
    const none = topKSelection(new Map(), 3);
    expect(none).toMatchObject({ cutoff: null, selected: 0 });
    expect(decisionOf(none)(0.5)).toBe(0);
  });
});

describe('top-percent cut-off', () => {
  it('is top-k with k = ⌈p·n/100⌉', () => {
    expect(rowsForPercent(30, 20_000)).toBe(6000);
    expect(rowsForPercent(0.1, 20_000)).toBe(20); // 0.1·20000/100 is 20.000000000000004 in binary
    expect(rowsForPercent(10, 15)).toBe(2); // 1.5 → 2: at least p %
    expect(rowsForPercent(100, 7)).toBe(7);
    fc.assert(
      fc.property(scores, fc.double({ min: 0.01, max: 100, noNaN: true }), (list, p) => {
        const s = topPercentSelection(histogramOf(list), p);
        const k = rowsForPercent(p, list.length);
        expect(s).toMatchObject({ method: 'top-percent', percent: p, k, ...bySorting(list, k) });
      }),
    );
  });
});

describe('above-median (LL144 scoring rate)', () => {
  function median(list: readonly number[]): number {
    const sorted = [...list].sort((a, b) => a - b);
    const mid = (sorted.length - 1) / 2;
    return (sorted[Math.floor(mid)]! + sorted[Math.ceil(mid)]!) / 2;
  }

  it('selects the rows strictly above the sample median', () => {
    fc.assert(
      fc.property(scores, (list) => {
        const s = aboveMedianSelection(histogramOf(list));
        const m = median(list);
        expect(s.cutoff).toBe(m);
        expect(s.comparison).toBe('>');
        expect(s.selected).toBe(list.filter((x) => x > m).length);
        expect(s.tiedAtCutoff).toBe(list.filter((x) => x === m).length);
      }),
    );
  });

  it('takes the mean of the two middle scores for an even count', () => {
    expect(aboveMedianSelection(histogramOf([0.1, 0.2, 0.6, 0.9]))).toMatchObject({ cutoff: 0.4, selected: 2, tiedAtCutoff: 0 });
    expect(aboveMedianSelection(histogramOf([0.5, 0.5, 0.5]))).toMatchObject({ cutoff: 0.5, selected: 0, tiedAtCutoff: 3 });
  });
});
