import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToAucHistogram, emptyAucHistogram } from '../../../src/core/auc-histogram.js';
import { Z_95 } from '../../../src/metrics/intervals.js';
import { delongInterval, delongVariance } from '../../../src/metrics/delong.js';

/** DeLong et al. (1988) straight from the definition, over all positive × negative pairs. */
function delongBruteForce(pos: readonly number[], neg: readonly number[]): { auc: number; variance: number } {
  const psi = (x: number, y: number) => (x > y ? 1 : x === y ? 0.5 : 0);
  const v10 = pos.map((x) => neg.reduce((s, y) => s + psi(x, y), 0) / neg.length);
  const v01 = neg.map((y) => pos.reduce((s, x) => s + psi(x, y), 0) / pos.length);
  const auc = v10.reduce((s, v) => s + v, 0) / pos.length;
  const s10 = v10.reduce((s, v) => s + (v - auc) ** 2, 0) / (pos.length - 1);
  const s01 = v01.reduce((s, v) => s + (v - auc) ** 2, 0) / (neg.length - 1);
  return { auc, variance: s10 / pos.length + s01 / neg.length };
}

function histogram(pos: readonly number[], neg: readonly number[]) {
  const h = emptyAucHistogram();
  for (const s of pos) addToAucHistogram(h, s, 1);
  for (const s of neg) addToAucHistogram(h, s, 0);
  return h;
}

describe('DeLong variance of the AUC from the score histogram', () => {
  it('equals the pairwise definition, ties included', () => {
    const score = fc.integer({ min: 0, max: 20 }).map((k) => k / 20); // few distinct values: many ties
    fc.assert(
      fc.property(fc.array(score, { minLength: 2, maxLength: 60 }), fc.array(score, { minLength: 2, maxLength: 60 }), (pos, neg) => {
        const got = delongVariance(histogram(pos, neg))!;
        const want = delongBruteForce(pos, neg);
        expect(got.auc).toBeCloseTo(want.auc, 12);
        expect(got.variance).toBeCloseTo(want.variance, 12);
      }),
    );
  });

  it('Hanley & McNeil (Radiology 143, 1982) rating data: AUC 0.893, standard error near their 0.032', () => {
    // Five-point ratings of 58 normal and 51 abnormal images (their Table 1).
    const ratings = (counts: number[]) => counts.flatMap((c, i) => Array.from({ length: c }, () => (i + 1) / 5));
    const neg = ratings([33, 6, 6, 11, 2]);
    const pos = ratings([3, 2, 2, 11, 33]);
    const v = delongVariance(histogram(pos, neg))!;
    expect(v.auc).toBeCloseTo(0.893, 3);
    // Hanley–McNeil's SE uses an exponential approximation; DeLong's is the nonparametric estimate of the same quantity.
    expect(Math.abs(Math.sqrt(v.variance) - 0.032)).toBeLessThan(0.004);
    const brute = delongBruteForce(pos, neg);
    expect(v.auc).toBeCloseTo(brute.auc, 14);
    expect(v.variance).toBeCloseTo(brute.variance, 14);
  });

  it('the interval is AUC ± z·se clipped to [0, 1], and undefined with fewer than two rows in a class', () => {
    const h = histogram([0.9, 0.8, 0.95], [0.1, 0.2, 0.85]);
    const v = delongVariance(h)!;
    const [l, u] = delongInterval(h, Z_95)!;
    expect(l).toBeCloseTo(Math.max(0, v.auc - Z_95 * Math.sqrt(v.variance)), 14);
    expect(u).toBe(Math.min(1, v.auc + Z_95 * Math.sqrt(v.variance)));
    expect(u).toBe(1);
    expect(delongInterval(histogram([0.9], [0.1, 0.2]), Z_95)).toBeNull();
  });
});
