import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { workflowCommands } from '../../src/cli/github-actions.js';
import type { AuditResult } from '../../src/model/audit-result.js';
import { findingSentence } from '../../src/render/prose/finding-sentence.js';
import { REPORTERS } from '../../src/render/reporters/index.js';
import { auditCsv, csvOf } from '../helpers/csv-audit.js';
import { assertValidResult } from '../helpers/report-schema.js';
import { confusionRows } from '../helpers/rows.js';
import type { BaselineInput } from '../../src/model/baseline.js';
import { bySeverity } from '../../src/render/finding-order.js';

/**
 * The score cut-off, ranking and baseline parts of a report — regression findings
 * against --baseline, ranked outputs, score cut-offs — in every human format (HTML,
 * Markdown, JUnit, CSV, the terminal table) and in the GitHub annotations.
 */
const ctx = { isColor: false };
const render = (result: AuditResult) => Object.fromEntries(Object.entries(REPORTERS).map(([format, reporter]) => [format, reporter(result, ctx)])) as Record<keyof typeof REPORTERS, string>;

function csvFor(groups: Record<string, { tp: number; fp: number; tn: number; fn: number }>): string {
  const rows = Object.entries(groups).flatMap(([g, c]) => confusionRows(g, c).map((r) => [g, r.decision!, r.label!]));
  return csvOf(['g', 'd', 'y'], rows);
}

// A: selection 0.5 → 0.3 (impact ratio against B 0.833 → 0.5); B: 0.6 both times; C: only in the new audit (0.4).
const BEFORE = csvFor({ A: { tp: 30, fp: 20, tn: 40, fn: 10 }, B: { tp: 40, fp: 20, tn: 30, fn: 10 } });
const AFTER = csvFor({ A: { tp: 20, fp: 10, tn: 50, fn: 20 }, B: { tp: 40, fp: 20, tn: 30, fn: 10 }, C: { tp: 20, fp: 20, tn: 40, fn: 20 } });
const CONFIG = {
  columns: { prediction: 'd', label: 'y' },
  groups: ['g'],
  minGroupSize: 1,
  // one rule with a threshold and a regression bound (two findings per group), one with a regression bound only
  rules: [{ id: 'di-gate', metric: 'disparate_impact', min: 0.6, maxRegression: 0.02 }, { metric: 'selection_rate', maxRegression: 0.05 }],
};

async function regressionResult(): Promise<AuditResult> {
  const before = await auditCsv(BEFORE, CONFIG);
  const baseline: BaselineInput = { file: 'before.json', report: JSON.parse(JSON.stringify(before)) };
  return auditCsv(AFTER, CONFIG, baseline);
}

describe('regression findings in every format', async () => {
  const result = await regressionResult();
  const out = render(result);
  const prose = (group: string, rule: string, isRegression: boolean) =>
    findingSentence(result.findings.find((f) => f.group === group && f.rule === rule && (f.bound.maxRegression !== undefined) === isRegression)!, result, 'plain');

  it('reads as sentences: the change on the metric\'s scale and the allowed worsening', () => {
    assertValidResult(result);
    expect(prose('A', 'di-gate', true)).toBe('The disparate impact (impact ratio) of A (g) fell from 0.833 to 0.500 (−0.333) against the baseline; the rule allows it to worsen by at most 0.02.');
    expect(prose('A', 'regression(selection_rate)<=0.05', true)).toBe('The selection rate of A (g) fell from 50.0 % to 30.0 % (−20.0 points) against the baseline; the rule allows it to worsen by at most 5 points.');
    expect(prose('B', 'regression(selection_rate)<=0.05', true)).toBe('The selection rate of B (g) stayed at 60.0 % against the baseline; the rule allows it to worsen by at most 5 points — met.');
    expect(prose('C', 'di-gate', true)).toBe('No verdict for C (g) on di-gate (change against the baseline): the baseline report has no disparate impact (impact ratio) of this group to compare with.');
    expect(prose('A', 'di-gate', false)).toMatch(/^A \(g\) was selected at 50\.0 % of the rate of B \(30\.0 % vs 60\.0 %; .*\); the rule requires at least 60 %\.$/);
  });

  it('names how far a ratio moved from parity when it crossed it, and a changed reference', () => {
    const f = { ...result.findings.find((x) => x.group === 'A' && x.rule === 'di-gate' && x.reason === 'regressed')!, baseline: 0.95, value: 1.3, change: 0.35, worsening: 0.25 };
    const changed = { ...result, baseline: { ...result.baseline!, changes: [{ attribute: 'g', group: 'A', metric: 'disparate_impact' as const, before: 0.95, after: 1.3, change: 0.35, worsening: 0.25, reference: { before: 'C', after: 'B' } }] } };
    expect(findingSentence(f, changed, 'plain')).toBe('The disparate impact (impact ratio) of A (g) rose from 0.950 to 1.300 (+0.350), 0.25 further from 1 (parity) against the baseline (the reference group was C in the baseline, now B); the rule allows it to worsen by at most 0.02.');
  });

  it('Markdown and HTML: the failures as sentences, the baseline in the method and the provenance, the notice', () => {
    for (const doc of [out.markdown, out.html]) {
      expect(doc).toContain('fell from 50.0 % to 30.0 % (−20.0 points) against the baseline');
      expect(doc).toContain('Baseline report');
      expect(doc).toContain('before.json (generated 2026-01-01T00:00:00.000Z, input SHA-256 ');
      expect(doc).toContain('groups in this audit but not in the baseline before.json: g=C');
    }
    expect(out.markdown).toContain('- Baseline: before.json, generated 2026-01-01T00:00:00.000Z: ');
    expect(out.html).toContain('<dt>Baseline</dt><dd>before.json, generated 2026-01-01T00:00:00.000Z: ');
  });

  it('JUnit: a distinct test case for each check of a rule with two bounds, counts equal to the findings', () => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(out.junit);
    const cases = [xml.testsuites.testsuite.testcase].flat() as { name: string; failure?: unknown }[];
    // most serious first, as every report orders its findings
    expect(cases.map((c) => c.name)).toEqual(bySeverity(result.findings, result).map((f) => `${f.rule}${f.bound.maxRegression !== undefined && f.rule === 'di-gate' ? ' (change against the baseline)' : ''} [${f.group}]`));
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(cases.filter((c) => c.failure).length).toBe(result.findings.filter((f) => f.status === 'fail').length);
    expect(out.junit).toContain('value: 0.500000; baseline: 0.833333; change: -0.333333; required: no worse than the baseline by more than 0.02; reference: B; rows: 100');
  });

  it('CSV: the baseline value and the change of each metric a regression rule bounds, and which check failed', () => {
    const [head, ...rows] = out.csv.trimEnd().split('\r\n').map((l) => l.split(','));
    const col = (name: string) => head!.indexOf(name);
    const a = rows.find((r) => r[1] === 'A')!;
    expect(Number(a[col('disparate_impact_baseline')])).toBeCloseTo(0.5 / 0.6, 12);
    expect(Number(a[col('disparate_impact_change')])).toBeCloseTo(0.5 - 0.5 / 0.6, 12);
    expect(Number(a[col('selection_rate_baseline')])).toBe(0.5);
    expect(Number(a[col('selection_rate_change')])).toBeCloseTo(-0.2, 12);
    expect(a[col('rules_not_met')]).toBe('di-gate; di-gate (change against the baseline); regression(selection_rate)<=0.05');
    expect(rows.find((r) => r[1] === 'C')![col('disparate_impact_baseline')]).toBe('');
    expect(col('provenance_baseline')).toBeGreaterThan(0);
  });

  it('the terminal table and the GitHub annotations keep the two checks of one rule apart', () => {
    expect(out.table).toContain('Baseline: before.json, generated 2026-01-01T00:00:00.000Z: ');
    expect(out.table).toContain('disparate_impact of g=A fell from 0.833 to 0.5 (−0.333), more than the allowed 0.02');
    const titles = workflowCommands(result).map((l) => l.slice(0, l.indexOf('::', 2)));
    expect(titles).toContain('::error title=fairgate%3A di-gate failed for 1 group of g');
    expect(titles).toContain('::error title=fairgate%3A di-gate (change against the baseline) failed for 1 group of g');
  });
});
