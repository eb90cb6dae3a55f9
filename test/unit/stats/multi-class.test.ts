import { describe, expect, it } from 'vitest';
import { chiSquareIndependence } from '../../../src/stats/chi-square-independence.js';
import { jensenShannonDivergence, totalVariationDistance } from '../../../src/stats/class-distribution.js';
import { expectClose, loadFixture } from './fixture-loader.js';

const fx = loadFixture<{
  classes: { name: string; a: Record<string, number>; b: Record<string, number>; tvd: number; jsd: number }[];
  chiSquare: { table: number[][]; correction: boolean; statistic: number; p: number; df: number; expected: number[][]; cramersV: number }[];
}>('contingency');

const asMap = (o: Record<string, number>) => new Map(Object.entries(o));

describe('class distributions (numpy TVD, scipy jensenshannon(base=2)²)', () => {
  it.each(fx.classes)('$name', (c) => {
    expectClose(totalVariationDistance(asMap(c.a), asMap(c.b))!, c.tvd, 1e-12, 1e-15, 'tvd');
    expectClose(jensenShannonDivergence(asMap(c.a), asMap(c.b))!, c.jsd, 1e-12, 1e-15, 'jsd');
  });
  it('hand values: classes in common none, TVD = 1 and JSD = 1 bit', () => {
    expect(totalVariationDistance(asMap({ x: 1 }), asMap({ y: 2 }))).toBe(1);
    expect(jensenShannonDivergence(asMap({ x: 1 }), asMap({ y: 2 }))).toBeCloseTo(1, 15);
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
