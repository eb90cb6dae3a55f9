import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aucFromHistogram } from '../../../src/core/auc-histogram.js';
import { exactAucHistogramOf } from '../../../src/core/auc-pairs.js';
import { abroca, rocPoints, type ScoreLabelCounts } from '../../../src/stats/abroca.js';
import { countsOf } from './fixture-loader.js';

const group = (pos: [number, number][], neg: [number, number][]): ScoreLabelCounts => ({ pos: countsOf(pos), neg: countsOf(neg) });

/** An independent oracle: TPR at x by scanning the vertices (right limit), integrated by the midpoint rule on a fine grid. */
function gridAbroca(a: ScoreLabelCounts, b: ScoreLabelCounts, cells = 20_000): number {
  const ca = rocPoints(a)!;
  const cb = rocPoints(b)!;
  const at = (c: { fpr: number[]; tpr: number[] }, x: number) => {
    for (let i = 0; i + 1 < c.fpr.length; i++) {
      const [x0, x1] = [c.fpr[i]!, c.fpr[i + 1]!];
      if (x1 > x0 && x >= x0 && x <= x1) return c.tpr[i]! + ((c.tpr[i + 1]! - c.tpr[i]!) * (x - x0)) / (x1 - x0);
    }
    throw new Error(`no segment covers ${x}`);
  };
  let sum = 0;
  for (let k = 0; k < cells; k++) {
    const x = (k + 0.5) / cells;
    sum += Math.abs(at(ca, x) - at(cb, x));
  }
  return sum / cells;
}

const auc = (g: ScoreLabelCounts) => aucFromHistogram(exactAucHistogramOf([...g.pos], [...g.neg])).value!;

describe('ABROCA', () => {
  it('hand-computed: a perfect model against a coin (all scores tied) is ½; against a perfectly wrong model, 1', () => {
    const perfect = group([[0.9, 3]], [[0.1, 4]]);
    const coin = group([[0.5, 3]], [[0.5, 4]]);
    const wrong = group([[0.1, 3]], [[0.9, 4]]);
    expect(abroca(perfect, coin)).toBeCloseTo(0.5, 15);
    expect(abroca(perfect, wrong)).toBeCloseTo(1, 15);
  });

  it('hand-computed: curves that cross inside a tied segment — the diagonal against (0,0)→(⅓,0)→(⅔,1)→(1,1) — enclose 1/18 + 1/36 + 1/36 + 1/18 = 1/6', () => {
    const diagonal = group([[0.5, 2]], [[0.5, 3]]);
    const stepped = group([[0.5, 2]], [[0.9, 1], [0.5, 1], [0.1, 1]]);
    expect(abroca(diagonal, stepped)).toBeCloseTo(1 / 6, 15);
  });

  it('the ROC curve it integrates has area equal to fairgate’s AUC (ties ½)', () => {
    const g = group([[0.9, 2], [0.5, 3], [0.2, 1]], [[0.5, 2], [0.3, 4], [0.2, 2]]);
    const { fpr, tpr } = rocPoints(g)!;
    let area = 0;
    for (let i = 0; i + 1 < fpr.length; i++) area += ((tpr[i]! + tpr[i + 1]!) / 2) * (fpr[i + 1]! - fpr[i]!);
    expect(area).toBeCloseTo(auc(g), 14);
  });

  const groupArb = fc
    .tuple(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 12 }),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 12 }),
    )
    .map(([p, n]) => group(p.map(([s, c]) => [s / 20, c]), n.map(([s, c]) => [s / 20, c])));

  it('equals a brute-force grid integration, is symmetric, 0 against itself, and at least |AUC_A − AUC_B|', () => {
    fc.assert(
      fc.property(groupArb, groupArb, (a, b) => {
        const v = abroca(a, b)!;
        expect(Math.abs(v - gridAbroca(a, b))).toBeLessThan(2e-4);
        expect(abroca(b, a)).toBeCloseTo(v, 14);
        expect(abroca(a, a)).toBe(0);
        expect(v).toBeGreaterThanOrEqual(Math.abs(auc(a) - auc(b)) - 1e-12);
        expect(v).toBeLessThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });

  it('is null when a group has one label class only', () => {
    expect(abroca(group([[0.5, 1]], []), group([[0.5, 1]], [[0.2, 1]]))).toBeNull();
  });
});
