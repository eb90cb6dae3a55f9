import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ecdfDistances, restMeanSummary } from '../../../src/stats/ecdf-walk.js';
import { ksOfStatistic, ksTwoSampleSorted } from '../../../src/stats/ks-two-sample.js';
import { meanSummary } from '../../../src/stats/outcome-summary.js';
import { jointCdfs, mergeValueCounts, sortCounts, wassersteinSorted } from '../../../src/stats/value-counts.js';

/**
 * The allocation-free walk against the functions it replaces in the report:
 * KS and Wasserstein-1 of two samples bit for bit, and with `isRest` the
 * comparison of a group with the rest of its population equal to building
 * the rest (population minus group) and comparing with that.
 */
const sample = fc.array(fc.tuple(fc.integer({ min: -40, max: 40 }).map((v) => v / 4), fc.integer({ min: 1, max: 6 })), { minLength: 1, maxLength: 30 });
const mapOf = (pairs: [number, number][]) => {
  const m = new Map<number, number>();
  for (const [v, c] of pairs) m.set(v, (m.get(v) ?? 0) + c);
  return m;
};

describe('ecdfDistances', () => {
  it('a hand-computed pair: A = {1, 2, 2, 4}, B = {2, 3}', () => {
    // F_A: 1/4 at 1, 3/4 at 2, 3/4 at 3, 1 at 4; F_B: 0, 1/2, 1, 1. Gaps 1/4, 1/4, 1/4, 0: KS = 1/4;
    // W1 = 1/4·(2 − 1) + 1/4·(3 − 2) + 1/4·(4 − 3) = 3/4 (scipy: wasserstein_distance([1,2,2,4],[2,3]) = 0.75).
    const d = ecdfDistances(sortCounts(new Map([[1, 1], [2, 2], [4, 1]])), sortCounts(new Map([[2, 1], [3, 1]])))!;
    expect(d).toEqual({ ks: 0.25, wasserstein: 0.75, totalB: 2 });
  });

  it('equals ksTwoSampleSorted and wassersteinSorted exactly', () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const [sa, sb] = [sortCounts(mapOf(a)), sortCounts(mapOf(b))];
        const d = ecdfDistances(sa, sb)!;
        const { cdfA, cdfB } = jointCdfs(sa, sb);
        expect(d.ks).toBe(Math.max(...cdfA.map((x, i) => Math.abs(x - cdfB[i]!))));
        expect(d.wasserstein).toBe(wassersteinSorted(sa, sb));
        // the report's statistic: ksOfStatistic of the walk's D is ksTwoSampleSorted's result
        expect(ksOfStatistic(sa.total, sb.total, d.ks)).toEqual(ksTwoSampleSorted(sa, sb));
      }),
    );
  });

  it('with isRest, equals the comparison with the population minus the group; restMeanSummary its mean and variance', () => {
    fc.assert(
      fc.property(sample, sample, (group, others) => {
        const g = mapOf(group);
        const rest = mapOf(others);
        const whole = sortCounts(mergeValueCounts(g, rest));
        const walked = ecdfDistances(sortCounts(g), whole, true)!;
        const direct = ecdfDistances(sortCounts(g), sortCounts(rest))!;
        expect(walked.totalB).toBe(direct.totalB);
        expect(walked.ks).toBeCloseTo(direct.ks, 14);
        expect(walked.wasserstein).toBeCloseTo(direct.wasserstein, 12);
        const m = restMeanSummary(sortCounts(g), whole)!;
        const e = meanSummary(sortCounts(rest))!;
        expect(m.n).toBe(e.n);
        expect(m.mean).toBe(e.mean);
        if (e.n > 1) expect(m.variance).toBe(e.variance);
      }),
    );
  });

  it('is null when a side is empty (a group that is its whole population has no rest)', () => {
    const g = sortCounts(new Map([[1, 2]]));
    expect(ecdfDistances(g, g, true)).toBeNull();
    expect(restMeanSummary(g, g)).toBeNull();
  });
});
