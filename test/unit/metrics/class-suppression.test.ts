import { describe, expect, it } from 'vitest';
import { auditRows, testConfig, type TestRow } from '../../helpers/rows.js';
import { assertValidResult } from '../../helpers/report-schema.js';
import { chiSquareIndependence } from '../../../src/stats/chi-square-independence.js';

/**
 * The class section under small-cell suppression, and the class rules written
 * in a config file (favourable as a list, a rule object with `class`).
 */
const rowsOf = (group: string, counts: Record<string, number>): TestRow[] => Object.entries(counts).flatMap(([c, n]) => Array.from({ length: n }, () => ({ cells: { g: group }, decisionClass: c })));
const ROWS = [
  ...rowsOf('A', { premium: 40, standard: 60, none: 100 }),
  ...rowsOf('B', { premium: 10, standard: 50, none: 90 }),
  ...rowsOf('C', { premium: 1, standard: 2, none: 3 }),
  ...rowsOf('D', { premium: 30, standard: 50, none: 70 }),
];

describe('classes under --suppress-below', () => {
  const config = testConfig({ columns: { decision: 'c' }, favourable: ['premium', 'standard', 'none'], groups: ['g'], suppressBelow: 10, rules: [{ metric: 'class_impact', min: 0.8, class: 'premium' }, 'tvd<=0.1'] });
  const result = auditRows(ROWS, config);

  it('a masked group has no class section, and its checks are hidden', () => {
    assertValidResult(result);
    const groups = result.attributes[0]!.groups;
    // C (6 rows) is masked, and B with it (complementary suppression: the total would give C's counts)
    const masked = groups.filter((g) => g.suppressed).map((g) => g.key);
    expect(masked).toEqual(['B', 'C']);
    for (const g of groups.filter((x) => x.suppressed)) {
      expect(g.classes).toBeUndefined();
      expect(g.disparities.tvd).toBeUndefined();
    }
    for (const f of result.findings.filter((x) => masked.includes(x.group))) expect(f.status).toBe('suppressed');
  });

  it('the test of independence leaves the masked groups out: A and D alone', () => {
    expect(result.attributes[0]!.groups.filter((g) => g.suppressed).map((g) => g.key)).toEqual(['B', 'C']);
    const expected = chiSquareIndependence([[40, 60, 100], [30, 50, 70]])!;
    expect(result.attributes[0]!.classes!.independence).toEqual({ statistic: expected.statistic, df: 2, pValue: expected.pValue, cramersV: expected.cramersV, groups: 2 });
  });
});

describe('class rules in a config file', () => {
  const config = testConfig({ columns: { decision: 'c' }, favourable: ['premium', 'standard', 'none'], groups: ['g'], minGroupSize: 5, rules: [{ metric: 'class_impact', min: 0.8, class: 'premium' }, { metric: 'tier_impact', min: 0.8, class: 'standard', require: 'point' }] });

  it('keep their class in the rule id and judge it: B gets premium a third as often as A', () => {
    expect(config.rules.map((r) => r.id)).toEqual(['class_impact>=0.8 class=premium', 'tier_impact>=0.8 class=standard require=point']);
    const result = auditRows(ROWS, config);
    const b = result.findings.filter((f) => f.group === 'B');
    const premium = b.find((f) => f.metric === 'class_impact')!;
    // A: 40/200 = 0.2, B: 10/150 = 1/15: the ratio is 1/3
    expect(premium.value).toBeCloseTo(1 / 3, 14);
    expect(premium.class).toBe('premium');
    expect(premium.reference).toBe('A');
    expect(premium.status).toBe('fail');
    // standard or better: A 100/200 = 0.5, B 60/150 = 0.4: 0.8 exactly is within the bound
    const tier = b.find((f) => f.metric === 'tier_impact')!;
    expect(tier.value).toBeCloseTo(0.8, 14);
    // C has 6 rows (at least the minimum of 5): 1/6 premium against 0.2, a ratio of 5/6
    expect(result.findings.find((f) => f.group === 'C' && f.metric === 'class_impact')!.value).toBeCloseTo(5 / 6, 14);
  });
});
