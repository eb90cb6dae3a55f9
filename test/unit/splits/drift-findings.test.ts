import { describe, expect, it } from 'vitest';
import { auditCsv, csvOf } from '../../helpers/csv-audit.js';
import type { Finding } from '../../../src/model/finding.js';

/**
 * Drift findings on hand-made months (reference A fixed, disparate impact = B's
 * selection rate / A's):
 *
 *   month     A       B      C      DI of B   change from previous / from first
 *   2025-01   5/10    5/10   —      1.0       —
 *   2025-02   5/10    4/10   —      0.8       −0.2 / −0.2
 *   2025-03   5/10    3/10   2/4    0.6       −0.2 / −0.4
 *   no date   —       0/4    —      (A has no rows there: compared with nothing)
 *
 * C first appears in March: it has no earlier value to move from.
 */
const rows: (string | number)[][] = [];
const add = (g: string, date: string, n: number, selected: number) => {
  for (let i = 0; i < n; i++) rows.push([g, date, i < selected ? 1 : 0]);
};
add('A', '2025-01-10', 10, 5);
add('B', '2025-01-11T09:00:00Z', 10, 5);
add('A', '2025-02-10', 10, 5);
add('B', '2025-02-28 23:59:59', 10, 4);
add('A', '2025-03-01', 10, 5);
add('B', '2025-03-31', 10, 3);
add('C', '2025-03-15', 4, 2);
add('B', '', 4, 0);
const CONFIG = {
  columns: { prediction: 'd' },
  groups: ['g'],
  referenceGroups: { g: 'A' },
  minGroupSize: 1,
  rules: ['disparate_impact>=0.7'],
  period: 'when',
  every: 'month',
  drift: ['disparate_impact<=0.2', 'disparate_impact<=0.3 from=first'],
};
const drift = (findings: readonly Finding[], from: string) =>
  findings
    .filter((f) => f.rule.startsWith('drift(') && f.rule.includes(from) && f.group !== 'A')
    .map((f) => [f.window, f.group, f.value, f.earlier?.window, f.earlier?.value ?? null, f.change === null || f.change === undefined ? null : Math.round(f.change * 1e9) / 1e9, f.status, f.reason]);

describe('drift rules', () => {
  it('compare each group with the previous window or the first, |change| ≤ bound (a change equal to the bound passes)', async () => {
    const report = await auditCsv(csvOf(['g', 'when', 'd'], rows), CONFIG);
    expect(drift(report.findings, 'from=previous')).toEqual([
      ['2025-02', 'B', 0.8, '2025-01', 1, -0.2, 'pass', 'drift-within-bound'],
      ['2025-03', 'B', 0.6, '2025-02', 0.8, -0.2, 'pass', 'drift-within-bound'],
      ['2025-03', 'C', 1, '2025-02', null, null, 'inconclusive', 'no-earlier-value'],
    ]);
    expect(drift(report.findings, 'from=first')).toEqual([
      ['2025-02', 'B', 0.8, '2025-01', 1, -0.2, 'pass', 'drift-within-bound'],
      ['2025-03', 'B', 0.6, '2025-01', 1, -0.4, 'fail', 'drifted'],
      ['2025-03', 'C', 1, '2025-01', null, null, 'inconclusive', 'no-earlier-value'],
    ]);
    // the bound as written, and the window of rows without a date takes no part in drift
    expect(report.findings.filter((f) => f.rule.startsWith('drift(')).every((f) => f.window !== '(missing)')).toBe(true);
    expect(report.findings.find((f) => f.rule.startsWith('drift(') && f.reason === 'drifted')!.bound).toEqual({ maxChange: 0.3 });
  });

  it('give each window its verdict; a window without the fixed reference is compared with nothing rather than stopping the run', async () => {
    const report = await auditCsv(csvOf(['g', 'when', 'd'], rows), CONFIG);
    expect(report.windows!.windows.map((w) => [w.window, w.start, w.end, w.overall.n, w.status])).toEqual([
      ['2025-01', '2025-01-01', '2025-02-01', 20, 'pass'],
      ['2025-02', '2025-02-01', '2025-03-01', 20, 'pass'],
      // B's 0.6 breaks the threshold rule and the drift from the first month
      ['2025-03', '2025-03-01', '2025-04-01', 24, 'fail'],
      ['(missing)', null, null, 4, 'inconclusive'],
    ]);
    const undated = report.findings.filter((f) => f.window === '(missing)');
    expect(undated.map((f) => [f.rule, f.group, f.value, f.status])).toEqual([['disparate_impact>=0.7', 'B', null, 'inconclusive']]);
    // the whole run: B 12/34 against A 15/30
    const whole = report.findings.find((f) => f.window === undefined && f.group === 'B')!;
    expect(whole.value).toBeCloseTo(12 / 34 / (15 / 30), 15);
    expect(report.status).toBe('fail');
    expect(report.summary.rules).toBe(3);
  });
});
