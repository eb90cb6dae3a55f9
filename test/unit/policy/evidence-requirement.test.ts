import { describe, expect, it } from 'vitest';
import { breachReason, evaluateRules, verdictOf } from '../../../src/policy/evaluate.js';
import { getExitCode, runStatus } from '../../../src/policy/exit-code.js';
import { findingSentence } from '../../../src/render/prose/finding-sentence.js';
import type { AuditResult, CalibrationTest, GroupResult } from '../../../src/model/audit-result.js';
import type { Rule } from '../../../src/model/config.js';
import { auditRows, testConfig, type TestRow } from '../../helpers/rows.js';

const rule = (extra: Partial<Rule> = {}): Rule => ({ id: 'r', metric: 'disparate_impact', min: 0.8, severity: 'fail', ...extra });
const wide: [number, number] = [0.5, 0.9]; // reaches 0.8
const below: [number, number] = [0.5, 0.7]; // wholly below 0.8

describe('what a breach of the estimate must show to fail (breachReason)', () => {
  it.each([
    // requirement, interval, Holm-adjusted p, reason
    ['default, significant test', {}, wide, 0.01, 'breach'],
    ['default, test not significant (the interval is not consulted when there is a test)', {}, below, 0.2, 'not-significant'],
    ['default, no test: the interval decides', {}, below, undefined, 'breach'],
    ['default, no test, interval reaching the bound', {}, wide, undefined, 'interval-includes-bound'],
    ['default, neither test nor interval', {}, undefined, undefined, 'no-interval'],
    ['require: significant, not significant', { require: 'significant' }, below, 0.2, 'not-significant'],
    ['require: significant, no test', { require: 'significant' }, below, undefined, 'not-significant'],
    ['require: point, nothing shown', { require: 'point' }, undefined, 0.9, 'breach'],
    ['bound: upper, interval reaching the bound, significant test', { bound: 'upper' }, wide, 0.001, 'interval-includes-bound'],
    ['bound: upper, interval below, test not significant', { bound: 'upper' }, below, 0.5, 'breach'],
    ['bound: upper, no interval', { bound: 'upper' }, undefined, 0.001, 'no-interval'],
    ['bound: upper and require: significant, both needed', { bound: 'upper', require: 'significant' }, below, 0.5, 'not-significant'],
    ['require: point and bound: upper: the interval alone', { bound: 'upper', require: 'point' }, wide, 0.001, 'interval-includes-bound'],
  ] as const)('%s', (_, extra, interval, p, reason) => {
    expect(breachReason(rule(extra as Partial<Rule>), interval, p, 0.05)).toBe(reason);
  });

  it('an unshown breach is a warning whatever the severity; a shown one fails or warns by severity', () => {
    for (const reason of ['not-significant', 'interval-includes-bound', 'no-interval'] as const) {
      expect(verdictOf(reason, { severity: 'fail' })).toBe('warn');
      expect(verdictOf(reason, { severity: 'warn' })).toBe('warn');
    }
    expect(verdictOf('breach', { severity: 'fail' })).toBe('fail');
    expect(verdictOf('breach', { severity: 'warn' })).toBe('warn');
    // a warning never fails the run, under either --fail-on
    expect(runStatus([{ status: 'warn' }, { status: 'pass' }])).toBe('pass');
    expect(getExitCode(runStatus([{ status: 'warn' }]), 'fail')).toBe(0);
    expect(getExitCode(runStatus([{ status: 'warn' }]), 'inconclusive')).toBe(0);
  });
});

describe('calibration rules take their evidence from the group test of perfect calibration', () => {
  // M: 40 rows scored 0.2 with 20 positives: ECE = |0.2 − 0.5| = 0.3 in its one bin. W: 40 rows scored 0.5, 20 positives: ECE 0.
  const rows: TestRow[] = [
    ...Array.from({ length: 40 }, (_, i): TestRow => ({ cells: { g: 'M' }, label: i < 20 ? 1 : 0, score: 0.2, decision: 0 })),
    ...Array.from({ length: 40 }, (_, i): TestRow => ({ cells: { g: 'W' }, label: i < 20 ? 1 : 0, score: 0.5, decision: 1 })),
  ];
  const config = testConfig({ rules: ['ece<=0.05'] });
  const base = auditRows(rows, config);
  const test = (pValueAdjusted?: number): CalibrationTest => ({ test: 'hosmer-lemeshow', statistic: 20, df: 8, pValue: 0.01, ...(pValueAdjusted !== undefined ? { pValueAdjusted } : {}), expectedEce: 0.02, debiasedEce: 0.28 });
  /** The report's attributes with group M's calibration test replaced by a constructed one, or removed (undefined). */
  const judged = (calibrationTest?: CalibrationTest) => {
    const withTest = (g: GroupResult): GroupResult => {
      const { calibrationTest: _computed, ...rest } = g;
      return calibrationTest ? { ...rest, calibrationTest } : rest;
    };
    const attributes = base.attributes.map((a) => ({ ...a, groups: a.groups.map((g) => (g.key === 'M' ? withTest(g) : g)) }));
    const findings = evaluateRules(attributes, config);
    return { result: { ...base, attributes, findings } as AuditResult, m: findings.find((f) => f.group === 'M')! };
  };

  it('M breaches: ECE 0.3 > 0.05', () => {
    expect(base.attributes[0]!.groups.find((g) => g.key === 'M')!.metrics.ece).toBeCloseTo(0.3, 12);
  });

  it('a significant test (Holm) fails the breach, and the finding carries the test', () => {
    const { m, result } = judged(test(0.03));
    expect(m).toMatchObject({ status: 'fail', reason: 'breach', test: 'hosmer-lemeshow', pValue: 0.01, pValueAdjusted: 0.03 });
    expect(findingSentence(m, result, 'terse')).toBe('ece of g=M is 0.300 (95 % CI 0.138–0.462), above 0.05; significant at α = 0.05: p = 0.03 after Holm (Hosmer–Lemeshow test of perfect calibration)');
  });

  it('a test not significant after Holm makes it a warning, with the reason', () => {
    const { m, result } = judged(test(0.2));
    expect(m).toMatchObject({ status: 'warn', reason: 'not-significant', pValueAdjusted: 0.2 });
    expect(findingSentence(m, result, 'terse')).toBe('ece of g=M is 0.300 (95 % CI 0.138–0.462), above 0.05, but not significant at α = 0.05: p = 0.2 after Holm (Hosmer–Lemeshow test of perfect calibration)');
  });

  it('no test: the interval decides — the ECE interval from the bin Clopper–Pearson interval (20 of 40: 0.338–0.662, against mean score 0.2) lies wholly above 0.05, so it fails', () => {
    const { m, result } = judged(undefined);
    expect(m).toMatchObject({ status: 'fail', reason: 'breach' });
    expect(m.pValue).toBeUndefined();
    expect(m.interval![0]).toBeCloseTo(0.338 - 0.2, 3);
    expect(m.interval![1]).toBeCloseTo(0.662 - 0.2, 3);
    expect(findingSentence(m, result, 'terse')).toBe('ece of g=M is 0.300 (95 % CI 0.138–0.462), above 0.05 with its whole 95 % CI');
  });

  it('require: point fails it on the estimate, test or not', () => {
    const point = testConfig({ rules: ['ece<=0.05 require=point'] });
    expect(auditRows(rows, point).findings.find((f) => f.group === 'M')).toMatchObject({ status: 'fail', reason: 'breach' });
  });
});
