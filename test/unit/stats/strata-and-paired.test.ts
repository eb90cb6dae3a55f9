import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionalDemographicDisparity } from '../../../src/stats/conditional-demographic-disparity.js';
import { mantelHaenszel, type TwoByTwo } from '../../../src/stats/mantel-haenszel.js';
import { mcnemar } from '../../../src/stats/mcnemar.js';
import { standardisedRateRatio } from '../../../src/stats/standardised-rate.js';
import { expectClose, loadFixture } from './fixture-loader.js';

type Table = [[number, number], [number, number]];
interface StrataCase {
  name: string;
  tables: Table[];
  oddsRatio: number;
  logSe: number;
  ci95: [number, number];
  ci90: [number, number];
  test: { statistic: number; p: number };
  testCorrected: { statistic: number; p: number };
  cdd: number;
  ddCrude: number;
  dsr: { group: number; reference: number; coverage: number; ratio: number };
  crudeRates: { group: number; reference: number };
}
const fx = loadFixture<{
  strata: StrataCase[];
  mcnemar: { b: number; c: number; exact: boolean; correction: boolean; statistic: number; p: number }[];
}>('contingency');

const toTwoByTwo = ([[a, b], [c, d]]: Table): TwoByTwo => ({ a, b, c, d });

describe.each(fx.strata)('strata: $name', (c) => {
  const tables = c.tables.map(toTwoByTwo);

  it('Mantel–Haenszel odds ratio, RGB standard error, 90/95 % intervals and CMH test equal statsmodels StratifiedTable to 1e-12', () => {
    const r = mantelHaenszel(tables)!;
    const r90 = mantelHaenszel(tables, 0.9, true)!;
    expectClose(r.oddsRatio, c.oddsRatio, 1e-12, 0, 'OR');
    expectClose(r.logSe!, c.logSe, 1e-12, 0, 'se');
    for (let i = 0; i < 2; i++) {
      expectClose(r.interval![i]!, c.ci95[i]!, 1e-12, 0, 'ci95');
      expectClose(r90.interval![i]!, c.ci90[i]!, 1e-12, 0, 'ci90');
    }
    expectClose(r.test!.statistic, c.test.statistic, 1e-12, 0, 'CMH');
    expectClose(r.test!.pValue, c.test.p, 1e-9, 1e-15, 'CMH p');
    expectClose(r90.test!.statistic, c.testCorrected.statistic, 1e-12, 0, 'CMH corrected');
    expectClose(r90.test!.pValue, c.testCorrected.p, 1e-9, 1e-15, 'CMH corrected p');
  });

  const strata = c.tables.map(([[gs, gr], [os, or]]) => ({ facetSelected: gs, facetRejected: gr, otherSelected: os, otherRejected: or }));
  it('conditional demographic disparity equals the transcription of smclarify CDD on raw rows; one stratum gives the crude DD', () => {
    expectClose(conditionalDemographicDisparity(strata)!.value, c.cdd, 1e-12, 1e-15, 'CDD');
    const pooled = strata.reduce((s, t) => ({
      facetSelected: s.facetSelected + t.facetSelected,
      facetRejected: s.facetRejected + t.facetRejected,
      otherSelected: s.otherSelected + t.otherSelected,
      otherRejected: s.otherRejected + t.otherRejected,
    }));
    expectClose(conditionalDemographicDisparity([pooled])!.value, c.ddCrude, 1e-12, 1e-15, 'DD');
  });

  it('directly standardised rate ratio equals the pandas computation from raw rows', () => {
    const r = standardisedRateRatio(
      c.tables.map(([[gs, gr], [os, or]]) => ({ groupSelected: gs, groupRows: gs + gr, referenceSelected: os, referenceRows: os + or, populationRows: gs + gr + os + or })),
    )!;
    expectClose(r.groupRate, c.dsr.group, 1e-12, 1e-15, 'group');
    expectClose(r.referenceRate, c.dsr.reference, 1e-12, 1e-15, 'reference');
    expectClose(r.ratio!, c.dsr.ratio, 1e-12, 0, 'ratio');
    expectClose(r.coverage, c.dsr.coverage, 1e-12, 0, 'coverage');
  });
});

describe('hand-computed values', () => {
  it('one stratum [[2, 1], [1, 2]]: MH OR = ad/bc = 4; CDD with facet 1 of 4 selected and 1 of 2 rejected is ½ − ¼', () => {
    expect(mantelHaenszel([{ a: 2, b: 1, c: 1, d: 2 }])!.oddsRatio).toBe(4);
    expect(conditionalDemographicDisparity([{ facetSelected: 1, facetRejected: 1, otherSelected: 3, otherRejected: 1 }])!.value).toBe(0.25);
  });
  it('direct standardisation by hand: rates 0.5/0.2 and 0.1/0.1 with weights ½ each give 0.3/0.15 = 2', () => {
    const r = standardisedRateRatio([
      { groupSelected: 5, groupRows: 10, referenceSelected: 2, referenceRows: 10, populationRows: 50 },
      { groupSelected: 1, groupRows: 10, referenceSelected: 4, referenceRows: 40, populationRows: 50 },
    ])!;
    expect(r.ratio).toBeCloseTo(2, 15);
  });
});

describe("UC Berkeley 1973: Simpson's paradox", () => {
  const c = fx.strata[0]!;
  it('the crude comparison and the stratified ones point in opposite directions', () => {
    expect(c.crudeRates.group / c.crudeRates.reference).toBeLessThan(0.7);
    expect(mantelHaenszel(c.tables.map(toTwoByTwo))!.oddsRatio).toBeGreaterThan(1);
    expect(c.ddCrude).toBeGreaterThan(0.1);
    expect(c.cdd).toBeLessThan(0);
    expect(c.dsr.ratio).toBeGreaterThan(1);
  });
});

describe('laws of the strata functions', () => {
  const table = fc.record({ a: fc.nat(40), b: fc.nat(40), c: fc.nat(40), d: fc.nat(40) });
  it('the MH odds ratio does not depend on the order of strata, and swapping the rows inverts it (interval mirrored)', () => {
    fc.assert(
      fc.property(fc.array(table, { minLength: 1, maxLength: 6 }), (ts) => {
        const r = mantelHaenszel(ts);
        const reversed = mantelHaenszel([...ts].reverse());
        const swapped = mantelHaenszel(ts.map(({ a, b, c, d }) => ({ a: c, b: d, c: a, d: b })));
        if (!r || !r.interval) return;
        expect(reversed!.oddsRatio).toBeCloseTo(r.oddsRatio, 10);
        expect(swapped!.oddsRatio * r.oddsRatio).toBeCloseTo(1, 10);
        expect(swapped!.interval![0] * r.interval[1]).toBeCloseTo(1, 10);
        if (r.test) expect(swapped!.test!.statistic).toBeCloseTo(r.test.statistic, 10);
      }),
    );
  });
});

describe("McNemar's test (statsmodels mcnemar)", () => {
  it.each(fx.mcnemar)('b = $b, c = $c, exact $exact, correction $correction', (c) => {
    const r = mcnemar(c.b, c.c, c.exact, c.correction)!;
    expectClose(r.statistic, c.statistic, 1e-12, 0, 'statistic');
    expectClose(r.pValue, c.p, 1e-12, 1e-15, 'p');
  });
  it('no discordant pair: exact p = 1, chi-square form undefined; fractional counts refused', () => {
    expect(mcnemar(0, 0)!.pValue).toBe(1);
    expect(mcnemar(0, 0, false)).toBeNull();
    expect(() => mcnemar(1.5, 2)).toThrow(/whole/);
  });
});
