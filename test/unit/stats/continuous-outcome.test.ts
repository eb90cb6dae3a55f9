import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kolmogorovSf } from '../../../src/stats/kolmogorov-distribution.js';
import { ksTwoSample } from '../../../src/stats/ks-two-sample.js';
import { meanSummary, quantileOfCounts, shareAtLeast, summarizeOutcome } from '../../../src/stats/outcome-summary.js';
import { smirnovSf } from '../../../src/stats/smirnov.js';
import { sortCounts, wassersteinDistance } from '../../../src/stats/value-counts.js';
import { welchTest } from '../../../src/stats/welch.js';
import { countsOf, expectClose, loadFixture } from './fixture-loader.js';

type Pairs = [number, number][];
interface Summary { n: number; mean: number; sd: number | null; p10: number; p25: number; median: number; p75: number; p90: number; shareAtLeastP80: number }
interface SampleCase {
  name: string;
  a: Pairs;
  b: Pairs;
  pooledP80: number;
  summaryA: Summary;
  summaryB: Summary;
  welch?: { t: number; p: number; df: number; ci95: [number, number]; ci90: [number, number]; ci95Exact: [number, number]; ci90Exact: [number, number] };
  ks: { statistic: number; p: number; method: 'exact' | 'asymptotic' };
  wasserstein: number;
}
const fixture = loadFixture<{ samples: SampleCase[]; kolmogorov: { n: number; x: number; sf: number; smirnov: number }[] }>('continuous');

describe.each(fixture.samples)('continuous outcome: $name (numpy, scipy, statsmodels)', (c) => {
  const a = countsOf(c.a);
  const b = countsOf(c.b);
  const pooled = countsOf([...c.a, ...c.b]);

  it('mean, sd (ddof 1) and numpy linear percentiles to 1e-12', () => {
    for (const [m, s] of [[a, c.summaryA], [b, c.summaryB]] as const) {
      const got = summarizeOutcome(m)!;
      expect(got.n).toBe(s.n);
      expectClose(got.mean, s.mean, 1e-12, 1e-13, 'mean');
      expectClose(got.sd, s.sd, 1e-12, 1e-13, 'sd');
      for (const k of ['p10', 'p25', 'median', 'p75', 'p90'] as const) expectClose(got[k], s[k], 1e-12, 1e-13, k);
    }
  });

  it("share at or above the pooled 80th percentile (holisticai's success rate) exactly", () => {
    const threshold = quantileOfCounts(sortCounts(pooled), 0.8);
    expectClose(threshold, c.pooledP80, 1e-12, 1e-13, 'pooled p80');
    expect(shareAtLeast(a, threshold)).toBe(c.summaryA.shareAtLeastP80);
    expect(shareAtLeast(b, threshold)).toBe(c.summaryB.shareAtLeastP80);
  });

  it.runIf(c.welch)('Welch t, df and p-value to 1e-9; intervals to 1e-12 with an exact t quantile, 1e-8 of statsmodels (scipy 1.10 t.ppf is off by up to 4e-9)', () => {
    const w = welchTest(meanSummary(a)!, meanSummary(b)!)!;
    const w90 = welchTest(meanSummary(a)!, meanSummary(b)!, 0.9)!;
    expectClose(w.t, c.welch!.t, 1e-9, 1e-12, 't');
    expectClose(w.df, c.welch!.df, 1e-9, 0, 'df');
    expectClose(w.pValue, c.welch!.p, 1e-9, 1e-15, 'p');
    for (let i = 0; i < 2; i++) {
      expectClose(w.interval[i]!, c.welch!.ci95Exact[i]!, 1e-12, 1e-14, 'ci95 (exact quantile)');
      expectClose(w90.interval[i]!, c.welch!.ci90Exact[i]!, 1e-12, 1e-14, 'ci90 (exact quantile)');
      // relative to the interval's width: a limit near 0 has no relative precision to speak of
      expectClose(w.interval[i]!, c.welch!.ci95[i]!, 0, 1e-8 * (c.welch!.ci95[1] - c.welch!.ci95[0]), 'ci95 (statsmodels)');
      expectClose(w90.interval[i]!, c.welch!.ci90[i]!, 0, 1e-8 * (c.welch!.ci90[1] - c.welch!.ci90[0]), 'ci90 (statsmodels)');
    }
  });

  it('two-sample KS statistic and p-value (method auto) to 1e-9', () => {
    const ks = ksTwoSample(a, b)!;
    expect(ks.method).toBe(c.ks.method);
    expectClose(ks.statistic, c.ks.statistic, 1e-12, 0, 'D');
    expectClose(ks.pValue, c.ks.p, 1e-9, 1e-15, 'p');
  });

  it('Wasserstein-1 distance to 1e-12', () => {
    expectClose(wassersteinDistance(a, b)!, c.wasserstein, 1e-12, 1e-14, 'W1');
  });
});

describe('the Kolmogorov distribution, every branch of scipy _kolmogn (kstwo.sf) and scipy.special.smirnov', () => {
  it.each(fixture.kolmogorov)('n = $n, x = $x', ({ n, x, sf, smirnov }) => {
    expectClose(kolmogorovSf(n, x), sf, 1e-9, 1e-15, 'kstwo.sf');
    expectClose(smirnovSf(n, x), smirnov, 1e-9, 1e-15, 'smirnov');
  });
});

describe('hand-computed values', () => {
  it('KS of {1, 2} vs {3, 4}: D = 1, and 2 of the C(4, 2) = 6 orderings are as extreme, p = 1/3; W₁ = 2', () => {
    const a = countsOf([[1, 1], [2, 1]]);
    const b = countsOf([[3, 1], [4, 1]]);
    expect(ksTwoSample(a, b)).toEqual({ statistic: 1, pValue: 1 / 3, method: 'exact' });
    expect(wassersteinDistance(a, b)).toBe(2);
  });
  it('(2, 4, 4, 4, 5, 5, 7, 9): mean 5, sd √(32/7), median 4.5, p25 = 4 (h = 1.75 between 4 and 4)', () => {
    const s = summarizeOutcome(countsOf([[2, 1], [4, 3], [5, 2], [7, 1], [9, 1]]))!;
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 15);
    expect([s.median, s.p25, s.p75]).toEqual([4.5, 4, 5.5]);
  });
});

describe('laws of the value → count functions', () => {
  const sample = fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 25 });
  it('splitting a sample into shards and merging the maps changes nothing; KS and W₁ are symmetric; swapping the groups mirrors Welch', () => {
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        const a = countsOf(x.map(([v, c]) => [v / 4, c]));
        const b = countsOf(y.map(([v, c]) => [v / 4, c]));
        const half = countsOf(x.slice(0, Math.floor(x.length / 2)).map(([v, c]) => [v / 4, c]));
        const rest = countsOf(x.slice(Math.floor(x.length / 2)).map(([v, c]) => [v / 4, c]));
        const merged = new Map(half);
        for (const [v, c] of rest) merged.set(v, (merged.get(v) ?? 0) + c);
        expect(summarizeOutcome(merged)).toEqual(summarizeOutcome(a));
        const ab = ksTwoSample(a, b)!;
        const ba = ksTwoSample(b, a)!;
        expect(ba.statistic).toBe(ab.statistic);
        expect(ba.pValue).toBeCloseTo(ab.pValue, 12);
        expect(wassersteinDistance(b, a)).toBeCloseTo(wassersteinDistance(a, b)!, 12);
        const w = welchTest(meanSummary(a)!, meanSummary(b)!);
        const mirrored = welchTest(meanSummary(b)!, meanSummary(a)!);
        if (w && Number.isFinite(w.t)) {
          expect(mirrored!.difference).toBe(-w.difference);
          expect(mirrored!.pValue).toBeCloseTo(w.pValue, 12);
          expect(mirrored!.interval[0]).toBeCloseTo(-w.interval[1], 10);
          expect(mirrored!.interval[1]).toBeCloseTo(-w.interval[0], 10);
        }
      }),
    );
  });

  it('empty samples give null, a sample with one row has no sd, and bad input is refused', () => {
    expect(summarizeOutcome(new Map())).toBeNull();
    expect(ksTwoSample(new Map(), new Map([[1, 1]]))).toBeNull();
    expect(Number.isNaN(summarizeOutcome(new Map([[3, 1]]))!.sd)).toBe(true);
    expect(welchTest(meanSummary(new Map([[3, 1]]))!, meanSummary(new Map([[1, 2], [2, 2]]))!)).toBeNull();
    expect(() => summarizeOutcome(new Map([[Number.NaN, 1]]))).toThrow(/not a finite number/);
    expect(() => summarizeOutcome(new Map([[1, -1]]))).toThrow(/non-negative/);
    expect(() => summarizeOutcome(new Map([[1, 1.5]]))).toThrow(/whole counts/);
    expect(() => quantileOfCounts(sortCounts(new Map([[1, 2]])), 1.2)).toThrow(/between 0 and 1/);
  });
});
