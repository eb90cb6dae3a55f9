import { describe, expect, it } from 'vitest';
import { executiveSummary } from '../../../src/render/prose/executive-summary.js';
import { findingSentence } from '../../../src/render/prose/finding-sentence.js';
import { statisticsNote } from '../../../src/render/prose/statistics-note.js';
import { BASIC, makeResult } from '../../helpers/make-result.js';

describe('the executive summary', () => {
  it('says in three to six plain sentences what failed, by how much, how sure, which groups and what to ask', () => {
    const result = makeResult(BASIC);
    const sentences = executiveSummary(result);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(6);
    const s = result.summary;
    const checks = s.pass + s.fail + s.warn + s.inconclusive + s.suppressed;
    expect(sentences[0]).toBe(`The audit fails: ${s.fail} of ${checks} checks failed, on ${sentences[0]!.split(', on ')[1]}`);
    // by how much, with the interval and whether it could be chance: the significant breach with the smallest Holm-adjusted p
    // (Female's ECE, by its test of perfect calibration; Male's ECE and Female's impact ratio of 55.6 % also fail)
    const fails = result.findings.filter((f) => f.status === 'fail');
    expect(fails.map((f) => `${f.group} ${f.metric}`).sort()).toEqual(['Female disparate_impact', 'Female ece', 'Male ece']);
    const worst = [...fails].sort((a, b) => a.pValueAdjusted! - b.pValueAdjusted!)[0]!;
    expect(`${worst.group} ${worst.metric}`).toBe('Female ece');
    expect(sentences[1]).toBe('The most serious: the expected calibration error of Female (gender) was 0.213 (95 % CI 0.032–0.295; statistically significant); the rule requires at most 0.05.');
    // by default only a breach significant after Holm fails: three here
    expect(s.fail).toBe(3);
    expect(sentences.join(' ')).toContain('All 3 failures are statistically significant (unlikely to be chance).');
    expect(sentences.join(' ')).toContain('(gender)');
    expect(sentences.at(-1)).toMatch(/^Questions for the model's owner: why Female \(gender\) is targeted less often than Male/);
    // the statistics are named once, in the note, never as p-values in the summary
    expect(sentences.join(' ')).not.toMatch(/p [<=] |Holm/);
    expect(statisticsNote(result).join(' ')).toContain(`after Holm's correction for the ${result.statistics.comparisons} comparisons`);
  });

  it('weighs the warnings when nothing failed', () => {
    const result = makeResult({ ...BASIC, config: { rules: [{ metric: 'disparate_impact', min: 0.8, severity: 'warn' }] } });
    const sentences = executiveSummary(result);
    expect(sentences[0]).toBe(`No check failed, ${result.summary.warn} gave a warning, but ${result.summary.inconclusive} of ${result.findings.length} checks could not be judged, so the audit is inconclusive.`);
    expect(sentences[1]).toMatch(/^The most serious warning: Female \(gender\) was targeted at 55\.6 % of the rate of Male/);
    expect(sentences.join(' ')).toMatch(/The group that has a warning is Female \(gender\)\./);
  });

  it('says a passing audit passes, and a report without rules judges nothing', () => {
    const pass = makeResult({ groups: { A: { tp: 30, fp: 20, tn: 120, fn: 30 }, B: { tp: 31, fp: 20, tn: 119, fn: 30 } } });
    expect(executiveSummary(pass)[0]).toBe('The audit passes: 2 of 2 checks met their rules.');
    const none = { ...pass, findings: [], summary: { pass: 0, fail: 0, warn: 0, inconclusive: 0, suppressed: 0, rules: 0 } };
    expect(executiveSummary(none)).toEqual(['No rule was applied, so this report measures but does not judge.']);
  });
});
