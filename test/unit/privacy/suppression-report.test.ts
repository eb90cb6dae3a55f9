import { describe, expect, it } from 'vitest';
import { publishedReport, renderJson } from '../../../src/render/reporters/json.js';
import { renderTable } from '../../../src/render/reporters/table.js';
import { cellRows } from '../../helpers/cell-rows.js';
import { assertValidReport, assertValidResult } from '../../helpers/report-schema.js';
import { auditRows, testConfig } from '../../helpers/rows.js';

// Selection rates: A 25/50 = 0.5 (the reference), B 13/30, C 1/3, D 2/20 = 0.1 (impact 0.2: a failure, but D is hidden).
const CELLS = {
  A: { n: 50, tp: 15, fp: 10, fn: 10 },
  B: { n: 30, tp: 8, fp: 5, fn: 6 },
  C: { n: 3, tp: 1, fp: 0, fn: 1 },
  D: { n: 20, tp: 1, fp: 1, fn: 4 },
};
const audit = (extra: Record<string, unknown>) =>
  auditRows(cellRows(['g'], CELLS), testConfig({ columns: { prediction: 'd', label: 'y' }, groups: ['g'], minGroupSize: 10, ...extra }));

describe('a suppressed report', () => {
  const report = audit({ suppressBelow: 5 });
  const group = (key: string) => report.attributes[0]!.groups.find((g) => g.key === key)!;

  it('masks the small group and its complement: key kept, every count and metric null, nothing else', () => {
    const metricKeys = Object.keys(group('A').metrics);
    expect(group('C')).toEqual({
      key: 'C',
      values: { g: 'C' },
      suppressed: 'primary',
      n: null,
      selected: null,
      positives: null,
      tp: null,
      fp: null,
      tn: null,
      fn: null,
      metrics: Object.fromEntries(metricKeys.map((m) => [m, null])),
      intervals: {},
      disparities: {},
    });
    expect(group('D')).toMatchObject({ suppressed: 'secondary', n: null, intervals: {}, disparities: {} });
    expect(group('A')).not.toHaveProperty('suppressed');
    assertValidResult(report);
  });

  it('the schema allows null counts only on a marked group, and a suppressed finding carries no value', () => {
    const json = () => JSON.parse(renderJson(report, { isColor: false }));
    const unmarked = json();
    unmarked.attributes[0].groups[0].n = null;
    expect(() => assertValidReport(unmarked)).toThrow(/n must be integer/);
    const leaky = json();
    leaky.attributes[0].groups.find((g: { key: string }) => g.key === 'C').metrics.selection_rate = 1 / 3;
    expect(() => assertValidReport(leaky)).toThrow(/selection_rate must be null/);
    const counted = json();
    counted.findings.find((f: { group: string }) => f.group === 'C').n = 3;
    expect(() => assertValidReport(counted)).toThrow(/n must be null/);
    const disguised = json();
    disguised.findings.find((f: { group: string }) => f.group === 'A').reason = 'suppressed-primary';
    expect(() => assertValidReport(disguised)).toThrow(/must match "else" schema/);
  });

  it('never takes a masked group as the reference, and visible disparities are unchanged', () => {
    expect(report.attributes[0]!.references).toMatchObject({ selection_rate: 'A' });
    expect(group('B').disparities.disparate_impact).toMatchObject({ value: 13 / 30 / 0.5, reference: 'A' });
  });

  it('gives masked groups suppressed findings with a reason, no value and no count', () => {
    const findings = publishedReport(report).findings.filter((f) => f.group === 'C' || f.group === 'D');
    expect(findings.map((f) => [f.group, f.status, f.reason, f.value, f.n])).toEqual([
      ['C', 'suppressed', 'suppressed-primary', null, null],
      ['D', 'suppressed', 'suppressed-secondary', null, null],
    ]);
    expect(findings[0]!.message).toBe('suppressed: g=C has fewer than 5 rows (the suppression threshold), so its counts, rates and verdict are not reported');
    expect(findings[1]!.message).toBe(
      'suppressed: g=D is hidden too, so that smaller hidden groups cannot be recovered by subtraction from the totals (complementary suppression)',
    );
  });

  it('keeps hidden groups in the overall figures, and their failures in the status', () => {
    expect(report.overall.n).toBe(103);
    expect(report.attributes[0]!.n).toBe(103);
    expect(report.findings.filter((f) => f.status === 'fail')).toEqual([]);
    expect(report.status).toBe('fail');
    expect(report.summary).toMatchObject({ pass: 2, fail: 0, suppressed: 2 });
  });

  it('says what was hidden: the privacy section and one notice', () => {
    expect(report.privacy).toEqual({
      suppressBelow: 5,
      groupsMasked: { primary: 1, secondary: 1 },
      rowsMasked: 23,
      attributes: [{ name: 'g', primary: 1, secondary: 1, rowsMasked: 23 }],
      hiddenVerdicts: { fail: 1, inconclusive: 1 },
      calibrationWithheld: false,
      unprotected: [],
    });
    expect(report.notices).toContainEqual({ code: 'suppressed-groups', args: report.privacy });
    expect(publishedReport(report).notices).toContainEqual({
      code: 'suppressed-groups',
      message:
        "2 groups hidden: 1 with fewer than 5 rows and 1 more so that those cannot be recovered by subtraction from the totals; 23 rows are in hidden groups (counted once per attribute); they still count in the overall figures and the attribute totals; 1 hidden check fails and 1 is inconclusive; the run's status counts them",
    });
  });

  it('the table shows <k and hidden instead of counts, and no value of the hidden groups', () => {
    const text = renderTable(report, { isColor: false });
    expect(text).toMatch(/│ C\s+│\s+<5 │\s+— │\s+│ – hidden │/);
    expect(text).toMatch(/│ D\s+│\s+hidden │\s+— │\s+│ – hidden │/);
    expect(text).toMatch(/PASS|FAIL/);
    expect(text).toContain('2 hidden');
    expect(text).not.toContain('0.100'); // D's selection rate
  });
});

describe('suppression switched off or idle', () => {
  it('suppressBelow 0 (the default): no privacy section, no notice', () => {
    const report = audit({});
    expect(report).not.toHaveProperty('privacy');
    expect(report.notices.map((n) => n.code)).not.toContain('suppressed-groups');
    expect(report.attributes[0]!.groups.every((g) => g.suppressed === undefined)).toBe(true);
  });

  it('no group under k: the section says so, and nothing is masked', () => {
    const report = audit({ suppressBelow: 3 });
    expect(report.privacy).toMatchObject({ groupsMasked: { primary: 0, secondary: 0 }, rowsMasked: 0 });
    expect(publishedReport(report).notices).toContainEqual({ code: 'suppressed-groups', message: 'small-cell suppression is on (fewer than 3 rows): no group is that small, nothing was hidden' });
  });
});

describe('calibration bins under suppression', () => {
  const scored = (score: (i: number) => number) =>
    cellRows(['g'], { A: 60, B: 60, C: 3 }).map((r, i) => ({ ...r, score: score(i) }));
  const config = (k: number) => testConfig({ columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g'], bins: 2, suppressBelow: k });

  it('are withheld everywhere when any published bin holds fewer than k rows (a one-row bin prints that row\'s score)', () => {
    const report = auditRows(scored((i) => (i === 0 ? 0.987654 : 0.25)), config(5));
    expect(report.privacy!.calibrationWithheld).toBe(true);
    expect(report.overall.calibration).toBeUndefined();
    expect(report.attributes[0]!.groups.every((g) => g.calibration === undefined)).toBe(true);
    expect(JSON.stringify(report)).not.toContain('0.987654');
    expect(publishedReport(report).notices.find((n) => n.code === 'suppressed-groups')!.message).toContain('calibration bins are left out of the report: some hold fewer than 5 rows');
  });

  it('are kept when every published bin has at least k rows', () => {
    const report = auditRows(scored((i) => (i % 2 === 0 ? 0.75 : 0.25)), config(5));
    expect(report.privacy!.calibrationWithheld).toBe(false);
    expect(report.overall.calibration!.map((b) => b.n)).toEqual([61, 62]);
    expect(report.attributes[0]!.groups.find((g) => g.key === 'C')!.calibration).toBeUndefined();
  });
});
