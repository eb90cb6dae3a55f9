import { describe, expect, it } from 'vitest';
import { findingSentence } from '../../../src/render/prose/finding-sentence.js';
import { describeDropped, provenanceEntries, shellQuote } from '../../../src/render/provenance.js';
import { makeResult } from '../../helpers/make-result.js';

// A: 20 of 100 selected (tp 15, fp 5, tn 70, fn 10); B: 40 of 100 (tp 30, fp 10, tn 55, fn 5)
const GROUPS = { A: { tp: 15, fp: 5, tn: 70, fn: 10 }, B: { tp: 30, fp: 10, tn: 55, fn: 5 } };

function sentences(rules: unknown[], config: Record<string, unknown> = {}) {
  const result = makeResult({ groups: GROUPS, config: { rules, ...config } });
  return result.findings.map((f) => ({ group: f.group, status: f.status, reason: f.reason, text: findingSentence(f, result, 'plain'), finding: f }));
}

/** `95 % CI 41.2–66.7 %; statistically significant`, rebuilt from the finding's own numbers. */
function stats(f: { interval?: [number, number]; pValueAdjusted?: number }, scale: 'percent' | 'points'): string {
  const unit = scale === 'percent' ? ' %' : ' points';
  const [lo, hi] = f.interval!.map((x) => (x * 100).toFixed(1));
  const ci = Number(lo) < 0 || Number(hi) < 0 ? `${lo}${unit} to ${hi}${unit}` : `${lo}–${hi}${unit}`;
  // the sentence says whether the Holm-adjusted p is below α = 0.05; the p-value itself is in the note and the JSON
  return `95 % CI ${ci}; ${f.pValueAdjusted! < 0.05 ? 'statistically significant' : 'not statistically significant'}`;
}

describe('findings as sentences', () => {
  it('names the four-fifths rule, the ratio and both rates', () => {
    const [a, b] = sentences(['disparate_impact>=0.8']);
    // 0.2 / 0.4 = 50 %
    expect(a!.status).toBe('fail');
    expect(a!.text).toBe(`A (g) was targeted at 50.0 % of the rate of B (20.0 % vs 40.0 %; ${stats(a!.finding, 'percent')}); the four-fifths rule requires at least 80 %.`);
    expect(b!.text).toMatch(/^B \(g\) was targeted at 100\.0 % of the rate of B \(40\.0 % vs 40\.0 %.*\); the four-fifths rule requires at least 80 % — met\.$/);
  });

  it('states differences of rates in points and other bounds in words', () => {
    // TPR A 15/25 = 60 %, B 30/35 = 85.7 % → 25.7 points below
    const [eod] = sentences(['abs(equal_opportunity_difference)<=0.1']);
    expect(eod!.text).toBe(
      `The true positive rate of A (g) was 25.7 points below that of B (60.0 % vs 85.7 %; ${stats(eod!.finding, 'points')}); the rule requires a gap of at most 10 points either way.`,
    );
    const [eor] = sentences(['0.9<=equal_opportunity_ratio<=1.1']);
    expect(eor!.text).toBe(`The true positive rate of A (g) was 70.0 % of that of B (60.0 % vs 85.7 %; ${stats(eor!.finding, 'percent')}); the rule requires between 90 % and 110 %.`);
    expect(sentences(['selection_rate>=0.3'])[0]!.text).toMatch(/^The selection rate of A \(g\) was 20\.0 % \(95 % CI [\d.]+–[\d.]+ %\); the rule requires at least 30 %\.$/);
  });

  it('marks a warning and explains why no verdict was possible', () => {
    expect(sentences([{ metric: 'disparate_impact', min: 0.8, severity: 'warn' }])[0]!.text).toMatch(/at least 80 % \(a warning, not a failure\)\.$/);
    const small = sentences(['disparate_impact>=0.8'], { minGroupSize: 101 });
    expect(small[0]!.text).toBe('No verdict for A (g) on disparate_impact>=0.8: 100 rows, fewer than the minimum of 101.');
  });

  it('says why a breach only warns under require: significant and bound: upper, and why minimum denominators give no verdict', () => {
    // 2 of 10 vs 4 of 10 selected: a ratio of 0.5, far from significant
    const tiny = { A: { tp: 1, fp: 1, tn: 7, fn: 1 }, B: { tp: 3, fp: 1, tn: 5, fn: 1 } };
    const significant = makeResult({ groups: tiny, config: { minGroupSize: 5, rules: [{ metric: 'disparate_impact', min: 0.8, require: 'significant' }] } });
    const held = significant.findings.find((f) => f.group === 'A')!;
    expect(held.reason).toBe('not-significant');
    expect(held.status).toBe('warn');
    expect(findingSentence(held, significant, 'plain')).toMatch(/^A \(g\) was targeted at 50\.0 % of the rate of B \(20\.0 % vs 40\.0 %; .*\); the four-fifths rule requires at least 80 %, but the breach is not statistically significant at α = 0\.05, so this is a warning, not a failure\.$/);
    const upper = makeResult({ groups: tiny, config: { minGroupSize: 5, rules: [{ metric: 'disparate_impact', min: 0.8, bound: 'upper' }] } });
    const wide = upper.findings.find((f) => f.group === 'A')!;
    expect(wide.reason).toBe('interval-includes-bound');
    expect(wide.status).toBe('warn');
    expect(findingSentence(wide, upper, 'plain')).toMatch(/, but the 95 % confidence interval still reaches the allowed range \(the rule judges the interval's favourable end\), so this is a warning, not a failure\.$/);
    const denominators = makeResult({ groups: GROUPS, config: { minDenominator: { tpr: 30 }, rules: ['abs(equal_opportunity_difference)<=0.1'] } });
    const few = denominators.findings.find((f) => f.group === 'A')!;
    expect(few.reason).toBe('small-denominator');
    expect(findingSentence(few, denominators, 'plain')).toBe('No verdict for A (g) on abs(equal_opportunity_difference)<=0.1: the true positive rate of A (g) rests on 25 positives (tp+fn), fewer than the minimum of 30.');
  });

  it('uses the decision column as the verb only when it reads as one', () => {
    const result = makeResult({ groups: GROUPS, config: { columns: { prediction: 'decision', label: 'converted' } } });
    expect(findingSentence(result.findings[0]!, result, 'plain')).toMatch(/^A \(g\) was selected at 50\.0 %/);
  });
});

describe('provenance', () => {
  it('quotes command words for a POSIX shell', () => {
    expect(['fairgate', 'audit', 'my file.csv', "it's", '--rule', 'disparate_impact>=0.8'].map(shellQuote).join(' ')).toBe(
      `fairgate audit 'my file.csv' 'it'\\''s' --rule 'disparate_impact>=0.8'`,
    );
  });

  it('lists drop reasons in a fixed order', () => {
    expect(describeDropped({ empty_score: 1, empty_label: 3 })).toBe('3 empty label, 1 empty score');
    expect(describeDropped({})).toBe('none');
  });

  it('holds every provenance fact: tool, time, input and its hash, row counts, dropped rows, command, config', () => {
    const keys = provenanceEntries(makeResult({ groups: GROUPS })).map((p) => p.key);
    expect(keys).toEqual(['tool', 'generated_at', 'input_file', 'input_sha256', 'input_bytes', 'rows_read', 'rows_used', 'rows_dropped', 'command', 'config_file', 'config']);
  });
});
