import { describe, expect, it } from 'vitest';
import { auditRows, confusionRows, testConfig } from '../../helpers/rows.js';

// Selection rates: A 8/40 = 0.2, B 30/60 = 0.5, C 20/50 = 0.4 (largest: B 60 rows? no — see sizes), D tiny 5/5, (missing) 10/10.
const rows = [
  ...confusionRows('A', { tp: 4, fp: 4, tn: 30, fn: 2 }), // n 40, sel 0.2, tpr 4/6
  ...confusionRows('B', { tp: 20, fp: 10, tn: 25, fn: 5 }), // n 60, sel 0.5, tpr 0.8, fpr 10/35
  ...confusionRows('C', { tp: 10, fp: 10, tn: 80, fn: 0 }), // n 100, sel 0.2, tpr 1, fpr 10/90
  ...confusionRows('D', { tp: 3, fp: 2, tn: 0, fn: 0 }), // n 5 (below min size), sel 1
  ...confusionRows('', { tp: 10, fp: 25, tn: 0, fn: 0 }), // (missing), n 35, sel 1
];

// Minimum denominators of 1: these tests are about the strategies; test/unit/stats/reference-denominators.test.ts covers the minimums.
const NO_MIN_DENOMINATOR = { tpr: 1, fnr: 1, fpr: 1, tnr: 1, ppv: 1, fdr: 1, npv: 1, for: 1 };

function references(overrides: Record<string, unknown>) {
  const config = testConfig({ columns: { prediction: 'd', label: 'y' }, minDenominator: NO_MIN_DENOMINATOR, ...overrides });
  return auditRows(rows, config).attributes[0]!;
}

describe('reference strategies', () => {
  it('highest: per metric the most favourable eligible group — never (missing), never a group under minGroupSize', () => {
    const a = references({ reference: 'highest' });
    expect(a.references).toMatchObject({ selection_rate: 'B', tpr: 'C', fpr: 'C', ppv: 'B' });
    const c = a.groups.find((g) => g.key === 'C')!;
    expect(c.disparities.disparate_impact).toMatchObject({ value: 0.2 / 0.5, reference: 'B' });
    expect(c.disparities.equal_opportunity_difference!.value).toBe(0);
    expect(c.disparities.equalized_odds_difference).toEqual({
      value: Math.max(Math.abs(1 - 1), Math.abs(10 / 90 - 10 / 90)),
      reference: 'C',
      references: { tpr: 'C', fpr: 'C' },
    });
    const aGroup = a.groups.find((g) => g.key === 'A')!;
    expect(aGroup.disparities.equalized_odds_difference!.value).toBeCloseTo(Math.max(1 - 4 / 6, 4 / 34 - 10 / 90), 15);
  });

  it('largest: the group with most rows, for every metric', () => {
    const a = references({ reference: 'largest' });
    expect(new Set(Object.values(a.references))).toEqual(new Set(['C']));
    expect(a.groups.find((g) => g.key === 'B')!.disparities.disparate_impact!.value).toBeCloseTo(0.5 / 0.2, 15);
  });

  it('overall: the whole population of the attribute, (missing) included', () => {
    const a = references({ reference: 'overall' });
    const overallRate = (8 + 30 + 20 + 5 + 35) / (40 + 60 + 100 + 5 + 35);
    const b = a.groups.find((g) => g.key === 'B')!;
    expect(b.disparities.disparate_impact).toMatchObject({ value: 0.5 / overallRate, reference: '(overall)' });
    expect(b.disparities.statistical_parity_difference!.value).toBeCloseTo(0.5 - overallRate, 15);
  });

  it('an explicit group overrides the strategy', () => {
    const a = references({ referenceGroups: { g: 'A' } });
    expect(a.referenceStrategy).toBe('explicit');
    expect(a.groups.find((g) => g.key === 'B')!.disparities.disparate_impact).toMatchObject({ value: 0.5 / 0.2, reference: 'A' });
  });

  it('an explicit group that does not exist is a config error naming the groups', () => {
    expect(() => references({ referenceGroups: { g: 'Z' } })).toThrow(/no group "Z" in attribute g.*Groups: "\(missing\)", "A", "B", "C", "D"/);
  });

  it('no eligible group: the reference is null and disparities are null, never a fake 1', () => {
    const a = references({ minGroupSize: 1000 });
    expect(a.references.selection_rate).toBeNull();
    expect(a.groups[0]!.disparities.disparate_impact).toEqual({ value: null, reference: null });
  });

  it('a zero reference rate gives a null ratio and a defined difference', () => {
    const zero = [...confusionRows('A', { tp: 0, fp: 0, tn: 40, fn: 0 }), ...confusionRows('B', { tp: 0, fp: 0, tn: 40, fn: 0 })];
    const a = auditRows(zero, testConfig({ columns: { prediction: 'd', label: 'y' }, referenceGroups: { g: 'A' } })).attributes[0]!;
    const b = a.groups.find((g) => g.key === 'B')!;
    expect(b.disparities.disparate_impact!.value).toBeNull();
    expect(b.disparities.statistical_parity_difference!.value).toBe(0);
  });
});
