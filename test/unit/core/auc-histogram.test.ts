import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUC_EXACT_LIMIT, addToAucHistogram, aucFromHistogram, emptyAucHistogram, gridAucHistogram, mergeAucHistograms, sumAucHistograms } from '../../../src/core/auc-histogram.js';
import { exactAucHistogramOf } from '../../../src/core/auc-pairs.js';
import { oracleMetrics } from '../../helpers/oracle.js';

function histogramOf(rows: readonly { s: number; y: 0 | 1 }[]) {
  const h = emptyAucHistogram();
  for (const r of rows) addToAucHistogram(h, r.s, r.y);
  return h;
}

const asRaw = (rows: readonly { s: number; y: 0 | 1 }[]) => rows.map((r) => ({ ...r, d: 0 as const, groups: {} }));

describe('AUC from the score histogram', () => {
  it('sums many exact histograms into exactly the histogram of merging them one by one', () => {
    const row = fc.record({ s: fc.integer({ min: 0, max: 300 }).map((k) => k / 300), y: fc.constantFrom(0 as const, 1 as const) });
    fc.assert(
      fc.property(fc.array(fc.array(row, { maxLength: 80 }), { minLength: 1, maxLength: 12 }), (parts) => {
        const histograms = parts.map(histogramOf);
        expect(sumAucHistograms(histograms)).toEqual(histograms.reduce(mergeAucHistograms, emptyAucHistogram()));
      }),
    );
  });

  it('equals the rank-based Mann–Whitney AUC while exact', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ s: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.constantFrom(0 as const, 1 as const) }), { maxLength: 200 }), (rows) => {
        const { value, maxError } = aucFromHistogram(histogramOf(rows));
        const expected = oracleMetrics(asRaw(rows)).auc;
        expect(maxError).toBe(0);
        if (expected === null) expect(value).toBeNull();
        else expect(value).toBeCloseTo(expected as number, 12);
      }),
    );
  });

  it('on the grid stays within the stated error bound of the exact AUC', () => {
    let seed = 11;
    const next = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const rows = Array.from({ length: 3 * AUC_EXACT_LIMIT }, () => {
      const s = next();
      return { s, y: (next() < s ? 1 : 0) as 0 | 1 };
    });
    const exact = exactAucHistogramOf(rows.filter((r) => r.y === 1).map((r) => [r.s, 1]), rows.filter((r) => r.y === 0).map((r) => [r.s, 1]));
    expect(aucFromHistogram(exact).value).toBeCloseTo(oracleMetrics(asRaw(rows)).auc!, 12);
    const h = gridAucHistogram(exact);
    expect(h.step).toBe(1e-4);
    const { value, maxError } = aucFromHistogram(h);
    const expected = oracleMetrics(asRaw(rows)).auc!;
    expect(maxError).toBeGreaterThan(0);
    expect(maxError).toBeLessThan(1e-3);
    expect(Math.abs(value! - expected)).toBeLessThanOrEqual(maxError);
  });
});
