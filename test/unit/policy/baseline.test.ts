import { describe, expect, it } from 'vitest';
import { worsening } from '../../../src/policy/baseline/worsening.js';
import { UsageError } from '../../../src/model/errors.js';
import type { AuditResult } from '../../../src/model/audit-result.js';
import { publishedReport } from '../../../src/render/reporters/json.js';
import { auditCsv, csvOf } from '../../helpers/csv-audit.js';
import { confusionRows } from '../../helpers/rows.js';
import type { BaselineInput } from '../../../src/model/baseline.js';

/** Rows of groups A and B from their confusion counts, as CSV. */
function csvFor(groups: Record<string, { tp: number; fp: number; tn: number; fn: number }>): string {
  const rows = Object.entries(groups).flatMap(([g, c]) => confusionRows(g, c).map((r) => [g, r.decision!, r.label!]));
  return csvOf(['g', 'd', 'y'], rows);
}

const asBaseline = (report: AuditResult, file = 'before.json'): BaselineInput => ({ file, report: JSON.parse(JSON.stringify(report)) });
const config = {
  columns: { prediction: 'd', label: 'y' },
  groups: ['g'],
  minGroupSize: 1,
  rules: [{ metric: 'disparate_impact', maxRegression: 0.02 }, 'abs(equal_opportunity_difference)<=0.5'],
};

// A: selection 0.5 → 0.3; B: 0.6 → 0.6. DI of A against B: 0.8333 → 0.5.
const before = csvFor({ A: { tp: 30, fp: 20, tn: 40, fn: 10 }, B: { tp: 40, fp: 20, tn: 30, fn: 10 } });
const after = csvFor({ A: { tp: 20, fp: 10, tn: 50, fn: 20 }, B: { tp: 40, fp: 20, tn: 30, fn: 10 } });

describe('worsening in the unfavourable direction', () => {
  it.each([
    ['selection_rate', 0.5, 0.3, 0.2], // higher is better
    ['fpr', 0.1, 0.15, 0.05], // lower is better
    ['calibration_in_the_large', -0.02, 0.05, 0.03], // closest to 0 is best
    ['equal_opportunity_difference', 0.04, -0.09, 0.05], // a difference is best at 0
    ['disparate_impact', 0.91, 0.72, 0.19], // a ratio is best at 1
    ['disparate_impact', 1.1, 1.3, 0.2],
    ['disparate_impact', 1.2, 0.9, -0.1],
  ] as const)('%s from %d to %d is worse by %d', (metric, b, a, expected) => {
    expect(worsening(metric, b, a)).toBeCloseTo(expected, 12);
  });

  it('is undefined when either value is', () => {
    expect(worsening('tpr', null, 0.5)).toBeNull();
    expect(worsening('tpr', 0.5, null)).toBeNull();
  });
});

describe('regression rules against a baseline', async () => {
  const baseline = asBaseline(await auditCsv(before, config));
  const result = await auditCsv(after, config, baseline);

  it('fails a rule whose metric got worse by more than maxRegression, and names the regression', () => {
    const f = publishedReport(result).findings.find((x) => x.group === 'A' && x.bound.maxRegression !== undefined)!;
    expect(f).toMatchObject({ rule: 'regression(disparate_impact)<=0.02', status: 'fail', reason: 'regressed', reference: 'B', baseline: 0.5 / 0.6, value: 0.3 / 0.6 });
    expect(f.change).toBeCloseTo(0.5 - 0.5 / 0.6, 12);
    expect(f.message).toBe('disparate_impact of g=A fell from 0.833 to 0.5 (−0.333), more than the allowed 0.02');
    expect(result.status).toBe('fail');
  });

  it('passes an unchanged group', () => {
    const f = publishedReport(result).findings.find((x) => x.group === 'B' && x.bound.maxRegression !== undefined)!;
    expect(f).toMatchObject({ status: 'pass', reason: 'regression-within-bound', change: 0, worsening: 0 });
    expect(f.message).toBe('disparate_impact of g=B stayed at 1, within the allowed worsening of 0.02');
  });

  it('still judges the threshold rules, and sorts findings by group then rule', () => {
    expect(result.findings.map((f) => `${f.group} ${f.rule}`)).toEqual([
      'A regression(disparate_impact)<=0.02',
      'A abs(equal_opportunity_difference)<=0.5',
      'B regression(disparate_impact)<=0.02',
      'B abs(equal_opportunity_difference)<=0.5',
    ]);
  });

  it('records every metric change per attribute × group', () => {
    const change = result.baseline!.changes.find((c) => c.group === 'A' && c.metric === 'selection_rate')!;
    expect(change).toMatchObject({ attribute: 'g', before: 0.5, after: 0.3 });
    expect(change.worsening).toBeCloseTo(0.2, 12);
    expect(result.baseline).toMatchObject({ file: 'before.json', generatedAt: '2026-01-01T00:00:00.000Z', onlyInBaseline: [], onlyInCurrent: [] });
  });
});

describe('groups in only one of the two reports', async () => {
  const withC = csvFor({ A: { tp: 30, fp: 20, tn: 40, fn: 10 }, C: { tp: 40, fp: 20, tn: 30, fn: 10 } });
  const result = await auditCsv(withC, config, asBaseline(await auditCsv(before, config)));

  it('are listed and named in notices, and a regression rule on the new group is inconclusive', () => {
    expect(result.baseline).toMatchObject({ onlyInBaseline: [{ attribute: 'g', group: 'B' }], onlyInCurrent: [{ attribute: 'g', group: 'C' }] });
    expect(publishedReport(result).notices.filter((n) => n.code === 'baseline-groups').map((n) => n.message)).toEqual([
      'groups in the baseline before.json but not in this audit: g=B',
      'groups in this audit but not in the baseline before.json: g=C',
    ]);
    const f = publishedReport(result).findings.find((x) => x.group === 'C' && x.bound.maxRegression !== undefined)!;
    expect(f).toMatchObject({ status: 'inconclusive', reason: 'not-in-baseline' });
    expect(f.message).toBe('inconclusive: the baseline has no disparate_impact for g=C to compare with');
  });
});

describe('a baseline of another audit is an error that lists the differences', async () => {
  const baseline = asBaseline(await auditCsv(before, config));

  it('different columns, positive values, reference and minimum group size', async () => {
    const other = { ...config, columns: { prediction: 'd', label: 'y', score: 's' }, labelPositive: ['1'], reference: 'largest', minGroupSize: 5 };
    const csv = csvOf(['g', 'd', 'y', 's'], [['A', 1, 1, 0.5]]);
    const error = await auditCsv(csv, other, baseline).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      [
        '--baseline before.json is not a report of the same audit (4 differences); compare like with like, or re-create the baseline with the current settings: ',
        'columns.score: baseline none, now "s"; ',
        'labelPositive: baseline null, now ["1"]; ',
        'reference: baseline "highest", now "largest"; ',
        'minGroupSize: baseline 1, now 5',
      ].join(''),
    );
  });

  it('a different metric set (the baseline report was written by an audit with more metrics)', async () => {
    const edited = asBaseline(await auditCsv(before, config));
    for (const g of edited.report.attributes[0]!.groups) (g.metrics as Record<string, number>).made_up_metric = 1;
    const error = await auditCsv(after, config, edited).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/\(1 difference\); [^\n]*current settings: metric made_up_metric: in the baseline only$/);
  });

  it('accepts a baseline whose rules differ: rules are what is judged, not what is measured', async () => {
    const result = await auditCsv(after, { ...config, rules: ['regression(tpr)<=0.1'] }, baseline);
    expect(result.findings.map((f) => [f.group, f.status])).toEqual([['A', 'fail'], ['B', 'pass']]);
  });
});

describe('without a baseline', () => {
  it('a regression bound is not judged, and a notice says so', async () => {
    const result = await auditCsv(after, config);
    expect(result.findings.every((f) => f.bound.maxRegression === undefined)).toBe(true);
    expect(publishedReport(result).notices).toContainEqual({ code: 'no-baseline', message: 'no --baseline given, so the regression bounds of regression(disparate_impact)<=0.02 were not judged' });
  });
});
