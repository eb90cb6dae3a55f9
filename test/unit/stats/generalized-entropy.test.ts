import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benefitCounts, betweenGroupGeneralizedEntropy, generalizedEntropyIndex, type BenefitCounts } from '../../../src/stats/generalized-entropy.js';
import { expectClose, loadFixture } from './fixture-loader.js';

interface Case { name: string; alpha: number; all: BenefitCounts; groups: BenefitCounts[]; ge: number; between: number; betweenPrivileged: number }

describe.each(loadFixture<Case[]>('generalized_entropy'))('AIF360 generalized entropy (transcription on raw rows): $name, α = $alpha', (c) => {
  it('GE(α) of the benefit over all rows', () => expectClose(generalizedEntropyIndex(c.all, c.alpha)!, c.ge, 1e-12, 1e-15, 'GE'));
  it('between-group component over all groups and in the privileged-vs-rest form', () => {
    expectClose(betweenGroupGeneralizedEntropy(c.groups, c.alpha)!, c.between, 1e-12, 1e-15, 'between');
    const [privileged, ...rest] = c.groups;
    const others = rest.reduce((s, g) => ({ zero: s.zero + g.zero, one: s.one + g.one, two: s.two + g.two }), { zero: 0, one: 0, two: 0 });
    expectClose(betweenGroupGeneralizedEntropy([privileged!, others], c.alpha)!, c.betweenPrivileged, 1e-12, 1e-15, 'between (priv_group)');
  });
});

describe('generalized entropy: hand values and laws', () => {
  it('hand-computed: b = (1, 1, 2, 0) has μ = 1, GE(2) = ((0 + 0 + 3 − 1)/4)/2 = 0.25, Theil = 2ln2/4', () => {
    const c = { zero: 1, one: 2, two: 1 };
    expect(generalizedEntropyIndex(c)).toBeCloseTo(0.25, 15);
    expect(generalizedEntropyIndex(c, 1)).toBeCloseTo((2 * Math.log(2)) / 4, 15);
    expect(generalizedEntropyIndex(c, 0)).toBe(Infinity);
    expect(benefitCounts({ tp: 3, fp: 1, tn: 4, fn: 2 })).toEqual({ zero: 2, one: 7, two: 1 });
  });
  it('undefined when every row is a false negative (μ = 0) or there are no rows', () => {
    expect(generalizedEntropyIndex({ zero: 5, one: 0, two: 0 })).toBeNull();
    expect(betweenGroupGeneralizedEntropy([])).toBeNull();
  });
  it('for α = 2 the between-group part never exceeds the whole (the decomposition GE = within + between has within ≥ 0), and a single group has no between-group inequality', () => {
    const counts = fc.record({ zero: fc.nat(30), one: fc.integer({ min: 1, max: 30 }), two: fc.nat(30) });
    fc.assert(
      fc.property(fc.array(counts, { minLength: 1, maxLength: 6 }), (groups) => {
        const all = groups.reduce((s, g) => ({ zero: s.zero + g.zero, one: s.one + g.one, two: s.two + g.two }));
        expect(betweenGroupGeneralizedEntropy(groups)!).toBeLessThanOrEqual(generalizedEntropyIndex(all)! + 1e-12);
        expect(betweenGroupGeneralizedEntropy([all])).toBeCloseTo(0, 14);
      }),
    );
  });
});
