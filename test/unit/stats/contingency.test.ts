import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chiSquareIndependence } from '../../../src/stats/chi-square-independence.js';
import { jensenShannonDivergence, totalVariationDistance } from '../../../src/stats/class-distribution.js';
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
  classes: { name: string; a: Record<string, number>; b: Record<string, number>; tvd: number; jsd: number }[];
  chiSquare: { table: number[][]; correction: boolean; statistic: number; p: number; df: number; expected: number[][]; cramersV: number }[];
  strata: StrataCase[];
  mcnemar: { b: number; c: number; exact: boolean; correction: boolean; statistic: number; p: number }[];
}>('contingency');

const asMap = (o: Record<string, number>) => new Map(Object.entries(o));
const toTwoByTwo = ([[a, b], [c, d]]: Table): TwoByTwo => ({ a, b, c, d });

describe('class distributions (numpy TVD, scipy jensenshannon(base=2)²)', () => {
  it.each(fx.classes)('$name', (c) => {
    expectClose(totalVariationDistance(asMap(c.a), asMap(c.b))!, c.tvd, 1e-12, 1e-15, 'tvd');
    expectClose(jensenShannonDivergence(asMap(c.a), asMap(c.b))!, c.jsd, 1e-12, 1e-15, 'jsd');
  });
  it('an empty group gives null', () => {
    expect(totalVariationDistance(new Map(), asMap({ x: 1 }))).toBeNull();
    expect(jensenShannonDivergence(asMap({ x: 0 }), asMap({ x: 1 }))).toBeNull();
  });
});

describe('chi-square test of independence (scipy chi2_contingency, association(method="cramer"))', () => {
  it.each(fx.chiSquare)('$table, correction $correction', (c) => {
    const r = chiSquareIndependence(c.table, c.correction)!;
    expect(r.df).toBe(c.df);
    expectClose(r.statistic, c.statistic, 1e-12, 1e-13, 'statistic');
    expectClose(r.pValue, c.p, 1e-9, 1e-15, 'p');
    expectClose(r.cramersV, c.cramersV, 1e-12, 1e-14, "Cramér's V");
    r.expected.forEach((row, i) => row.forEach((e, j) => expectClose(e, c.expected[i]![j]!, 1e-13, 0, 'expected')));
  });
  it('a row or column of zeros gives null (scipy raises); a ragged table is refused', () => {
    expect(chiSquareIndependence([[0, 0], [3, 4]])).toBeNull();
    expect(() => chiSquareIndependence([[1, 2], [3]])).toThrow(/rectangular/);
  });
});

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
