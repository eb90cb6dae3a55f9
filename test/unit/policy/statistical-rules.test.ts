import { describe, expect, it } from 'vitest';
import { getExitCode, runStatus } from '../../../src/policy/exit-code.js';
import { isIntervalOutsideBound } from '../../../src/policy/bounds.js';
import { compareProportions } from '../../../src/stats/proportion-test.js';
import { publishedReport } from '../../../src/render/reporters/json.js';
import { auditRows, confusionRows, testConfig } from '../../helpers/rows.js';

const config = (overrides: Record<string, unknown>) => testConfig({ columns: { prediction: 'd', label: 'y' }, ...overrides });

// A: reference, selection 0.5 on 2000 rows; BIG: 0.35 on 2000 rows (DI 0.7, overwhelming evidence);
// SMALL: 0.35 on 40 rows (DI 0.7, weak evidence: p ≈ 0.06 before adjustment), 28 positives but only 12 negatives.
const rows = [
  ...confusionRows('A', { tp: 600, fp: 400, tn: 600, fn: 400 }),
  ...confusionRows('BIG', { tp: 400, fp: 300, tn: 700, fn: 600 }),
  ...confusionRows('SMALL', { tp: 9, fp: 5, tn: 7, fn: 19 }),
];
/** A finding as the JSON report publishes it: with its sentence (`message`). */
const find = (result: ReturnType<typeof auditRows>, group: string, rule?: string) =>
  publishedReport(result).findings.find((f) => f.group === group && (rule === undefined || f.rule === rule))!;

describe('require: significant', () => {
  const result = auditRows(rows, config({ rules: ['disparate_impact>=0.8 require=significant'] }));

  it('a large real disparity fails, with interval, raw and Holm p in the finding and the sentence', () => {
    const f = find(result, 'BIG');
    expect(f).toMatchObject({ status: 'fail', reason: 'breach', test: 'z', reference: 'A' });
    expect(f.pValueAdjusted!).toBeLessThan(1e-10);
    expect(f.message).toMatch(/^disparate_impact of g=BIG \(vs A\) is 0\.700 \(95 % CI 0\.6\d\d–0\.7\d\d\), below 0\.8; significant at α = 0\.05: p < 0\.0001 after Holm \(two-proportion z test\)$/);
  });

  it('a small group with an extreme ratio warns (not-significant), never failed and never a silent pass', () => {
    const f = find(result, 'SMALL');
    expect(f.value).toBeCloseTo(0.7, 12);
    expect(f).toMatchObject({ status: 'warn', reason: 'not-significant' });
    expect(f.pValueAdjusted!).toBeGreaterThanOrEqual(0.05);
    expect(f.message).toMatch(/^disparate_impact of g=SMALL \(vs A\) is 0\.700 \(95 % CI [0-9.]+–[0-9.]+\), below 0\.8, but not significant at α = 0\.05: p = [0-9.]+ after Holm/);
    expect(runStatus(result.findings)).toBe('fail');
  });

  it('the same breach warns by default (the evidence the test gives) and fails under require: point', () => {
    const evidence = auditRows(rows, config({ rules: ['disparate_impact>=0.8'] }));
    expect(find(evidence, 'SMALL')).toMatchObject({ status: 'warn', reason: 'not-significant' });
    expect(find(evidence, 'BIG')).toMatchObject({ status: 'fail', reason: 'breach' });
    const point = auditRows(rows, config({ rules: ['disparate_impact>=0.8 require=point'] }));
    const f = find(point, 'SMALL');
    expect(f).toMatchObject({ status: 'fail', reason: 'breach', rule: 'disparate_impact>=0.8 require=point' });
    // the estimate decides, and the sentence still gives the significance beside it
    expect(f.pValueAdjusted!).toBeGreaterThanOrEqual(0.05);
    expect(f.message).toMatch(/^disparate_impact of g=SMALL \(vs A\) is 0\.700 \(95 % CI [0-9.]+–[0-9.]+\), below 0\.8; p = [0-9.]+ after Holm \(two-proportion z test\)$/);
  });

  it('exit code 0 when only not-significant breaches remain, under either --fail-on: a warning never fails the run', () => {
    const onlySmall = auditRows([...rows.filter((r) => r.cells.g !== 'BIG')], config({ rules: ['disparate_impact>=0.8 require=significant'] }));
    expect(onlySmall.findings.map((f) => f.status).sort()).toEqual(['pass', 'warn']);
    expect(runStatus(onlySmall.findings)).toBe('pass');
    expect(getExitCode(runStatus(onlySmall.findings), 'fail')).toBe(0);
    expect(getExitCode(runStatus(onlySmall.findings), 'inconclusive')).toBe(0);
  });
});

describe('bound: upper judges the favourable end of the interval', () => {
  it('min: fails only when the upper limit is below the minimum', () => {
    const result = auditRows(rows, config({ rules: ['disparate_impact>=0.8 bound=upper'] }));
    expect(find(result, 'BIG')).toMatchObject({ status: 'fail', reason: 'breach' });
    expect(find(result, 'BIG').message).toMatch(/^disparate_impact of g=BIG \(vs A\) is 0\.700 \(95 % CI [0-9.–]+\), below 0\.8 with its whole 95 % CI; p < 0\.0001 after Holm/);
    const small = find(result, 'SMALL');
    expect(small.interval![1]).toBeGreaterThan(0.8);
    expect(small).toMatchObject({ status: 'warn', reason: 'interval-includes-bound' });
    expect(small.message).toMatch(/^disparate_impact of g=SMALL \(vs A\) is 0\.700, below 0\.8, but its 95 % CI [0-9.]+–[0-9.]+ reaches the allowed range \(bound: upper\), so the breach is not shown$/);
  });

  it('max on a rate uses the Wilson interval: fails only when the lower limit is above the maximum', () => {
    const result = auditRows(rows, config({ rules: ['fpr<=0.3 bound=upper'] }));
    // BIG: fpr 300/1000 = 0.3 passes; A: 400/1000 = 0.4, Wilson lower 0.37 > 0.3 fails; SMALL: 5/12 on 12 negatives is too few.
    expect(find(result, 'A')).toMatchObject({ status: 'fail', reason: 'breach' });
    expect(find(result, 'BIG').status).toBe('pass');
    expect(find(result, 'SMALL')).toMatchObject({ status: 'inconclusive', reason: 'small-denominator' });
  });

  it.each([
    [[0.5, 0.79], { min: 0.8 }, true],
    [[0.5, 0.8], { min: 0.8 }, false],
    [[0.06, 0.1], { max: 0.05 }, true],
    [[0.04, 0.1], { max: 0.05 }, false],
    [[-0.3, -0.11], { maxAbs: 0.1 }, true],
    [[0.11, 0.3], { maxAbs: 0.1 }, true],
    [[-0.3, 0.3], { maxAbs: 0.1 }, false],
    [[0.5, 0.79], { band: 0.8 }, true],
    [[1.26, 1.5], { band: 0.8 }, true],
    [[0.7, 1.3], { band: 0.8 }, false],
    [[0.1, 0.19], { min: 0.2, max: 0.6 }, true],
    [[0.61, 0.7], { min: 0.2, max: 0.6 }, true],
    [[0.5, 0.7], { min: 0.2, max: 0.6 }, false],
  ] as const)('interval %o against %o is wholly outside: %s', (interval, bound, expected) => {
    expect(isIntervalOutsideBound(interval as [number, number], bound)).toBe(expected);
  });
});

describe('minimum denominators', () => {
  it('a TPR from 10 positives is inconclusive and the sentence says why', () => {
    const few = [...rows, ...confusionRows('FEW', { tp: 5, fp: 10, tn: 40, fn: 5 })];
    const f = find(auditRows(few, config({ rules: ['tpr>=0.4'] })), 'FEW');
    expect(f).toMatchObject({ status: 'inconclusive', reason: 'small-denominator', denominator: { group: 'FEW', metric: 'tpr', count: 10, minimum: 20 } });
    expect(f.message).toBe('inconclusive: tpr of g=FEW rests on 10 positives (tp+fn), below the minimum of 20');
  });

  it('a reference with too few negatives makes an FPR comparison inconclusive, naming the reference', () => {
    const result = auditRows(rows, config({ referenceGroups: { g: 'SMALL' }, rules: ['abs(fpr_difference)<=0.1'] }));
    const f = find(result, 'A');
    expect(f).toMatchObject({ status: 'inconclusive', reason: 'small-denominator', denominator: { group: 'SMALL', metric: 'fpr', count: 12, minimum: 20 } });
    expect(f.message).toBe('inconclusive: fpr of the reference g=SMALL rests on 12 negatives (fp+tn), below the minimum of 20');
  });

  it('`highest` never picks as reference a group whose rate rests on too few trials', () => {
    // PERFECT has TPR 1 from 10 positives: highest TPR, but not eligible under the default minimum of 20.
    const withPerfect = [...rows, ...confusionRows('PERFECT', { tp: 10, fp: 10, tn: 30, fn: 0 })];
    expect(auditRows(withPerfect, config({})).attributes[0]!.references.tpr).toBe('A');
    expect(auditRows(withPerfect, config({ minDenominator: { tpr: 5 } })).attributes[0]!.references.tpr).toBe('PERFECT');
  });
});

describe('tests and Holm across the report', () => {
  const result = auditRows(rows, config({ rules: ['disparate_impact>=0.8'] }));
  const groups = result.attributes[0]!.groups;

  it('one comparison per group × tested rate; the reference has none', () => {
    // BIG and SMALL against A, for selection rate, TPR and FPR (FPR reference: BIG, lowest): 6 tests;
    // the reference is the highest group, so the untested pair of each rate (BIG–SMALL) counts too: 6 + 3.
    expect(result.statistics.comparisons).toBe(9);
    const a = groups.find((g) => g.key === 'A')!;
    expect(a.disparities.disparate_impact!.pValue).toBeUndefined();
    expect(a.disparities.disparate_impact!.interval).toBeUndefined();
  });

  it('a highest reference counts every pair of groups: Holm over the 6 tests and 3 untested pairs (p = 1), recomputed', () => {
    const tests = groups.flatMap((g) => [g.disparities.disparate_impact!, g.disparities.equal_opportunity_difference!, g.disparities.fpr_difference!]).filter((d) => d.pValue !== undefined);
    expect(tests).toHaveLength(6);
    const raw = tests.map((d) => d.pValue!);
    const family = [...raw, 1, 1, 1].sort((x, y) => x - y);
    // Holm by hand: the i-th smallest p times (m − i), running maximum, capped at 1
    const stepped = family.map((p, i) => Math.min(1, (family.length - i) * p)).map((_, i, all) => Math.max(...all.slice(0, i + 1)));
    for (const d of tests) expect(d.pValueAdjusted).toBeCloseTo(stepped[family.indexOf(d.pValue!)]!, 14);
    // a reference not chosen by the rates (the largest group) adds no pairs
    expect(auditRows(rows, config({ reference: 'largest', rules: ['disparate_impact>=0.8'] })).statistics.comparisons).toBe(6);
  });

  it('disparate impact and statistical parity share the selection-rate test; adjusted ≥ raw', () => {
    for (const g of groups.filter((x) => x.key !== 'A')) {
      const di = g.disparities.disparate_impact!;
      expect(g.disparities.statistical_parity_difference!.pValueAdjusted).toBe(di.pValueAdjusted);
      expect(di.pValueAdjusted!).toBeGreaterThanOrEqual(di.pValue!);
      expect(di.interval![0]).toBeLessThanOrEqual(di.value!);
      expect(di.interval![1]).toBeGreaterThanOrEqual(di.value!);
    }
  });

  it('against the overall population, the test compares the group with the rest of the population', () => {
    const overall = auditRows(rows, config({ reference: 'overall' }));
    const small = overall.attributes[0]!.groups.find((g) => g.key === 'SMALL')!;
    // SMALL selects 14 of 40; the rest select 1000 + 700 of 4000.
    expect(small.disparities.disparate_impact!.pValue).toBe(compareProportions(14, 40, 1700, 4000)!.pValue);
  });
});
