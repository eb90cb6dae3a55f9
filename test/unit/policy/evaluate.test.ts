import { describe, expect, it } from 'vitest';
import { isWithinBound } from '../../../src/policy/bounds.js';
import { getExitCode, runStatus } from '../../../src/policy/exit-code.js';
import { publishedReport } from '../../../src/render/reporters/json.js';
import { auditRows, confusionRows, testConfig } from '../../helpers/rows.js';

const rows = [
  ...confusionRows('A', { tp: 20, fp: 20, tn: 50, fn: 10 }), // n 100, sel 0.4
  ...confusionRows('B', { tp: 10, fp: 20, tn: 60, fn: 10 }), // n 100, sel 0.3 → DI 0.75
  ...confusionRows('C', { tp: 15, fp: 17, tn: 58, fn: 10 }), // n 100, sel 0.32 → DI 0.8 exactly
  ...confusionRows('S', { tp: 1, fp: 0, tn: 9, fn: 0 }), // n 10, below 30
];

/** The findings as the JSON report publishes them: with their sentences (`message`). */
function findings(overrides: Record<string, unknown>) {
  return publishedReport(auditRows(rows, testConfig({ columns: { prediction: 'd', label: 'y' }, ...overrides }))).findings;
}

describe('rules become one finding per rule × group', () => {
  const f = findings({ rules: ['disparate_impact>=0.8'] });
  const by = (group: string) => f.find((x) => x.group === group)!;

  it('warns on a breach its test does not show (the default), fails it under require=point, and passes the reference', () => {
    // B vs A: 30/100 vs 40/100, z = 0.1/√(0.35·0.65·0.02) = 1.4825, p = 0.138 before Holm: not shown.
    expect(by('B')).toMatchObject({ status: 'warn', reason: 'not-significant', value: 0.3 / 0.4, reference: 'A', bound: { min: 0.8 } });
    expect(by('B').pValue).toBeCloseTo(0.13820, 4);
    // Katz interval by hand: exp(ln 0.75 ± 1.96·√(1/30 − 1/100 + 1/40 − 1/100)) = 0.511 to 1.101.
    expect(by('B').message).toMatch(/^disparate_impact of g=B \(vs A\) is 0\.750 \(95 % CI 0\.511–1\.101\), below 0\.8, but not significant at α = 0\.05: p = [0-9.]+ after Holm \(two-proportion z test\)$/);
    const point = findings({ rules: ['disparate_impact>=0.8 require=point'] }).find((x) => x.group === 'B')!;
    expect(point).toMatchObject({ status: 'fail', reason: 'breach' });
    expect(point.message).toMatch(/^disparate_impact of g=B \(vs A\) is 0\.750 \(95 % CI 0\.511–1\.101\), below 0\.8; p = [0-9.]+ after Holm \(two-proportion z test\)$/);
    expect(by('A')).toMatchObject({ status: 'pass', value: 1 });
  });

  it('passes a value exactly on the bound despite floating-point rounding', () => {
    expect(0.32 / 0.4).not.toBe(0.8);
    expect(by('C')).toMatchObject({ status: 'pass', reason: 'within-bound' });
  });

  it('a group under minGroupSize is inconclusive, never failed, whatever its value', () => {
    expect(by('S')).toMatchObject({ status: 'inconclusive', reason: 'small-group', n: 10 });
    expect(by('S').message).toBe('inconclusive: 10 rows in g=S, below the minimum of 30');
  });

  it('sorts findings by attribute, group, then rule', () => {
    const two = findings({ rules: ['disparate_impact>=0.8', 'abs(equal_opportunity_difference)<=0.1'] });
    expect(two.map((x) => `${x.group}:${x.metric}`)).toEqual([
      'A:disparate_impact', 'A:equal_opportunity_difference',
      'B:disparate_impact', 'B:equal_opportunity_difference',
      'C:disparate_impact', 'C:equal_opportunity_difference',
      'S:disparate_impact', 'S:equal_opportunity_difference',
    ]);
  });

  it('a warn rule warns instead of failing', () => {
    const w = findings({ rules: [{ metric: 'disparate_impact', min: 0.8, severity: 'warn' }] });
    expect(w.find((x) => x.group === 'B')!.status).toBe('warn');
    expect(runStatus(w)).toBe('inconclusive'); // S is inconclusive, nothing failed
  });

  it('a null value is inconclusive', () => {
    const none = [...confusionRows('A', { tp: 0, fp: 10, tn: 30, fn: 0 }), ...confusionRows('B', { tp: 5, fp: 10, tn: 20, fn: 5 })];
    const result = auditRows(none, testConfig({ columns: { prediction: 'd', label: 'y' }, rules: ['tpr>=0.5'] }));
    expect(result.findings.find((x) => x.group === 'A')).toMatchObject({ status: 'inconclusive', reason: 'undefined-value', value: null });
  });

  it('rules can be limited to attributes', () => {
    const config = testConfig({ columns: { prediction: 'd', label: 'y' }, groups: ['g', 'h'], rules: [{ metric: 'selection_rate', min: 0.35, attributes: ['h'] }] });
    const result = auditRows(rows.map((r) => ({ ...r, cells: { ...r.cells, h: 'x' } })), config);
    expect(new Set(result.findings.map((x) => x.attribute))).toEqual(new Set(['h']));
  });
});

describe('bounds', () => {
  it.each([
    [0.79, { min: 0.8 }, false],
    [0.8, { min: 0.8 }, true],
    [0.06, { max: 0.05 }, false],
    [-0.1, { maxAbs: 0.1 }, true],
    [-0.11, { maxAbs: 0.1 }, false],
    [1.25, { band: 0.8 }, true],
    [1.26, { band: 0.8 }, false],
    [0.79, { band: 0.8 }, false],
    [0.5, { min: 0.2, max: 0.6 }, true],
  ])('%d within %o is %s', (value, bound, expected) => {
    expect(isWithinBound(value, bound)).toBe(expected);
  });
});

describe('exit codes', () => {
  it.each([
    ['pass', 'fail', 0],
    ['fail', 'fail', 1],
    ['inconclusive', 'fail', 0],
    ['inconclusive', 'inconclusive', 3],
    ['fail', 'inconclusive', 1],
    ['pass', 'inconclusive', 0],
  ] as const)('status %s with --fail-on %s exits %d', (status, failOn, code) => {
    expect(getExitCode(status, failOn)).toBe(code);
  });

  it('status is fail over inconclusive over pass', () => {
    expect(runStatus([{ status: 'pass' }, { status: 'inconclusive' }, { status: 'fail' }])).toBe('fail');
    expect(runStatus([{ status: 'pass' }, { status: 'warn' }])).toBe('pass');
    expect(runStatus([])).toBe('pass');
  });
});
