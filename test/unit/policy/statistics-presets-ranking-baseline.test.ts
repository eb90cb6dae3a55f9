import { describe, expect, it } from 'vitest';
import { ConfigError, UsageError } from '../../../src/model/errors.js';
import type { AuditResult } from '../../../src/model/audit-result.js';
import { publishedReport, type PublishedFinding } from '../../../src/render/reporters/json.js';
import { auditCsv, configFrom, csvOf } from '../../helpers/csv-audit.js';
import { assertValidResult } from '../../helpers/report-schema.js';
import { confusionRows } from '../../helpers/rows.js';
import type { BaselineInput } from '../../../src/model/baseline.js';

/**
 * The statistics (intervals, tests, Holm, require/bound, minimum
 * denominators) working with presets, ranking metrics and regression
 * rules. Expected numbers are computed by hand in the comments.
 */

type Cells = { tp: number; fp: number; tn: number; fn: number };
function csvFor(groups: Record<string, Cells>): string {
  const rows = Object.entries(groups).flatMap(([g, c]) => confusionRows(g, c).map((r) => [g, r.decision!, r.label!]));
  return csvOf(['g', 'd', 'y'], rows);
}

// Selection rates: A 50/100, B 80/100 (the highest: reference), C 70/100, S 5/10 (small).
const A = { tp: 30, fp: 20, tn: 40, fn: 10 };
const B = { tp: 60, fp: 20, tn: 15, fn: 5 };
const C = { tp: 50, fp: 20, tn: 25, fn: 5 };
const S = { tp: 3, fp: 2, tn: 3, fn: 2 };
const base = { columns: { prediction: 'd', label: 'y' }, groups: ['g'], minGroupSize: 5 };
const catchError = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
};
/** A finding as the JSON report publishes it: with its sentence (`message`). */
const find = (r: AuditResult, group: string, rule: string): PublishedFinding => publishedReport(r).findings.find((f) => f.group === group && f.rule === rule)!;

describe('the four-fifths preset shows significance', async () => {
  // Decisions only, so the Holm family is the three selection-rate tests (A, C, S against B) and, the
  // reference being the highest group, the three untested pairs among A, C and S (p = 1): six.
  const decisions = { ...base, columns: { prediction: 'd' } };
  const result = await auditCsv(csvFor({ A, B, C, S }), { ...decisions, preset: 'four-fifths', rules: ['disparate_impact>=0.8 require=significant'] });
  const preset = 'four-fifths: disparate_impact>=0.8';

  it('fails on the ratio alone (require: point), with its interval and Holm-adjusted p in the finding', () => {
    assertValidResult(result);
    expect(result.config.rules.map((r) => [r.id, r.require ?? null])).toEqual([
      [preset, 'point'],
      ['disparate_impact>=0.8 require=significant', 'significant'],
    ]);
    const a = find(result, 'A', preset);
    // z = (0.5 − 0.8)/√(0.65·0.35·(1/100 + 1/100)) = −4.4475, p = erfc(4.4475/√2) = 8.6877e-6; Holm over six: ×6.
    expect(result.statistics.comparisons).toBe(6);
    expect(a).toMatchObject({ status: 'fail', reason: 'breach', test: 'z', reference: 'B' });
    expect(a.pValue).toBeCloseTo(8.687711677e-6, 12);
    expect(a.pValueAdjusted).toBeCloseTo(6 * 8.687711677e-6, 12);
    expect(a.interval![0]).toBeLessThan(0.625);
    expect(a.message).toMatch(/^disparate_impact of g=A \(vs B\) is 0\.625 \(95 % CI [0-9.]+–[0-9.]+\), below 0\.8; p < 0\.0001 after Holm \(two-proportion z test\)$/);
  });

  it('shows the p-value on a pass too (a significant ratio above 0.8 may still be adverse impact)', () => {
    // C: z = −0.1/√(0.75·0.25·0.02) = −1.633, p = 0.10247, the third smallest of six; Holm: max(5·p_S, 4·p_C) = 4·p_C.
    const c = find(result, 'C', preset);
    expect(c).toMatchObject({ status: 'pass', reason: 'within-bound' });
    expect(c.pValueAdjusted).toBeCloseTo(4 * 0.10247043486, 9);
    expect(c.message).toMatch(/^disparate_impact of g=C \(vs B\) is 0\.875 \(95 % CI [0-9.–]+\), ≥ 0\.8 as required; p = 0\.41 after Holm \(two-proportion z test\)$/);
  });

  it('a user rule that requires significance is judged beside the preset rule, not merged into it', () => {
    // S vs B: expected count 10·25/110 = 2.3 < 5 → Fisher, p = 0.045905 (exact sum by hand); Holm: 5·p = 0.2295 ≥ 0.05.
    const s = find(result, 'S', preset);
    expect(s).toMatchObject({ status: 'fail', reason: 'breach', test: 'fisher' });
    expect(s.pValue).toBeCloseTo(0.04590531763, 9);
    const gated = find(result, 'S', 'disparate_impact>=0.8 require=significant');
    expect(gated).toMatchObject({ status: 'warn', reason: 'not-significant' });
    expect(gated.pValueAdjusted).toBeCloseTo(5 * 0.04590531763, 9);
    expect(gated.message).toMatch(/but not significant at α = 0\.05: p = 0\.23 after Holm \(Fisher's exact test: an expected count is 2\.3, below 5\)$/);
  });
});

describe('regression rules with the statistics options', () => {
  const rule = { metric: 'disparate_impact', min: 0.8, maxRegression: 0.02, require: 'significant' };
  const config = { ...base, rules: [rule, 'regression(tpr)<=0.05'] };
  const asBaseline = (report: AuditResult): BaselineInput => ({ file: 'before.json', report: JSON.parse(JSON.stringify(report)) });

  it('share one rule and one id; require qualifies the threshold, never the regression', async () => {
    // S selected 7/10 before (ratio 0.875) and 5/10 now (0.625): a regression of 0.25, but not significant now.
    const before = await auditCsv(csvFor({ A, B, C, S: { tp: 5, fp: 2, tn: 3, fn: 0 } }), config);
    const result = await auditCsv(csvFor({ A, B, C, S }), config, asBaseline(before));
    const id = 'disparate_impact>=0.8 and regression(disparate_impact)<=0.02 require=significant';
    expect(result.config.rules[0]!.id).toBe(id);
    const [threshold, regression] = publishedReport(result).findings.filter((f) => f.group === 'S' && f.rule === id);
    expect(threshold).toMatchObject({ status: 'warn', reason: 'not-significant', bound: { min: 0.8 } });
    expect(regression).toMatchObject({ status: 'fail', reason: 'regressed', bound: { maxRegression: 0.02 } });
    expect(regression!.message).toBe('disparate_impact of g=S fell from 0.875 to 0.625 (−0.25), more than the allowed 0.02');
  });

  it('a regression of a rate on too few trials is inconclusive, like a threshold on it', async () => {
    const before = await auditCsv(csvFor({ A, B, C, S: { tp: 5, fp: 2, tn: 3, fn: 0 } }), config);
    const result = await auditCsv(csvFor({ A, B, C, S }), config, asBaseline(before));
    const f = find(result, 'S', 'regression(tpr)<=0.05');
    expect(f).toMatchObject({ status: 'inconclusive', reason: 'small-denominator', denominator: { group: 'S', metric: 'tpr', count: 5, minimum: 20 } });
    expect(f.message).toBe('inconclusive: tpr of g=S rests on 5 positives (tp+fn), below the minimum of 20');
    expect(find(result, 'A', 'regression(tpr)<=0.05')).toMatchObject({ status: 'pass', reason: 'regression-within-bound' });
  });

  it('require or bound on a rule that bounds only the regression is a config error', () => {
    expect(() => configFrom({ ...base, rules: ['regression(disparate_impact)<=0.02 require=significant'] })).toThrow(ConfigError);
    const error = catchError(() => configFrom({ ...base, rules: [{ metric: 'tpr', maxRegression: 0.1, bound: 'upper' }] }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues).toEqual([
      { path: 'rules.0', message: 'rule "regression(tpr)<=0.1 bound=upper": require and bound qualify a threshold (min, max, maxAbs or band); a rule with only maxRegression has none to qualify' },
    ]);
  });

  it('a baseline with other minimum denominators is another audit (they decide the reference)', async () => {
    const before = await auditCsv(csvFor({ A, B, C, S }), { ...config, minDenominator: { tpr: 10 } });
    const error = await auditCsv(csvFor({ A, B, C, S }), config, asBaseline(before)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/\(1 difference\); [^\n]*current settings: minDenominator: baseline \{[^}]*"tpr":10[^}]*\}, now \{[^}]*"tpr":20[^}]*\}$/);
  });
});

describe('selection at k through the statistics machinery', async () => {
  // One list of 200 ranks, k = 50: B holds ranks 1–40 and 141–200, A ranks 41–140.
  // Top 50: A 10 of 100, B 40 of 100.
  const rows = Array.from({ length: 200 }, (_, i) => [i + 1 <= 40 || i + 1 > 140 ? 'B' : 'A', i + 1]);
  const csv = csvOf(['g', 'r'], rows);
  const ranked = { columns: { rank: 'r' }, groups: ['g'], k: 50 };
  const result = await auditCsv(csv, {
    ...ranked,
    rules: ['selection_at_k_ratio>=0.8 require=significant', 'selection_at_k>=0.3 bound=upper'],
  });
  const a = result.attributes[0]!.groups.find((g) => g.key === 'A')!;

  it('reports the rows in the top k, a Wilson interval, and a Katz interval and test for the ratio', () => {
    assertValidResult(result);
    expect(a.atK).toBe(10);
    expect(a.intervals.selection_at_k).toBeDefined();
    const d = a.disparities.selection_at_k_ratio!;
    // Katz: exp(ln 0.25 ± 1.96·√(1/10 − 1/100 + 1/40 − 1/100)) = 0.132471–0.471803.
    expect(d.value).toBeCloseTo(0.25, 12);
    expect(d.interval![0]).toBeCloseTo(0.13247050273, 9);
    expect(d.interval![1]).toBeCloseTo(0.47180314644, 9);
    // z = −0.3/√(0.25·0.75·0.02) = −4.899, p = erfc(4.899/√2) = 9.6336e-7; the only comparison of the run.
    expect(d).toMatchObject({ test: 'z', reference: 'B' });
    expect(d.pValue).toBeCloseTo(9.63357008643e-7, 15);
    expect(d.pValueAdjusted).toBe(d.pValue);
    expect(result.statistics.comparisons).toBe(1);
  });

  it('judges require: significant and bound: upper on them', () => {
    expect(find(result, 'A', 'selection_at_k_ratio>=0.8 require=significant')).toMatchObject({ status: 'fail', reason: 'breach' });
    // Wilson upper limit of 10/100 is 0.174 < 0.3: fails with its whole interval; B (0.4) passes.
    expect(find(result, 'A', 'selection_at_k>=0.3 bound=upper')).toMatchObject({ status: 'fail', reason: 'breach' });
    expect(find(result, 'B', 'selection_at_k>=0.3 bound=upper')).toMatchObject({ status: 'pass' });
  });

  it('honours a minimum denominator for selection_at_k (rows ranked), also for the reference', async () => {
    const r = await auditCsv(csv, { ...ranked, minDenominator: { selection_at_k: 150 }, rules: ['selection_at_k_ratio>=0.8'] });
    expect(r.attributes[0]!.references.selection_at_k).toBeNull(); // no group has 150 ranked rows
    const small = await auditCsv(csv, { ...ranked, minDenominator: { selection_at_k: 150 }, rules: ['selection_at_k>=0.3'] });
    const f = find(small, 'A', 'selection_at_k>=0.3');
    expect(f).toMatchObject({ status: 'inconclusive', reason: 'small-denominator' });
    expect(f.message).toBe('inconclusive: selection_at_k of g=A rests on 100 ranked rows, below the minimum of 150');
  });
});
