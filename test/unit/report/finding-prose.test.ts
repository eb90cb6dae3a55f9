import { describe, expect, it } from 'vitest';
import { findingProse } from '../../../src/report/finding-prose.js';
import { describeDropped, provenanceEntries, shellQuote } from '../../../src/report/provenance.js';
import { makeResult } from '../../helpers/make-result.js';

// A: 20 of 100 selected (tp 15, fp 5, tn 70, fn 10); B: 40 of 100 (tp 30, fp 10, tn 55, fn 5)
const GROUPS = { A: { tp: 15, fp: 5, tn: 70, fn: 10 }, B: { tp: 30, fp: 10, tn: 55, fn: 5 } };

function sentences(rules: unknown[], config: Record<string, unknown> = {}) {
  const result = makeResult({ groups: GROUPS, config: { rules, ...config } });
  return result.findings.map((f) => ({ group: f.group, status: f.status, text: findingProse(f, result) }));
}

describe('findings as sentences', () => {
  it('names the four-fifths rule, the ratio and both rates', () => {
    const [a, b] = sentences(['disparate_impact>=0.8']);
    // 0.2 / 0.4 = 50 %
    expect(a).toEqual({ group: 'A', status: 'fail', text: 'A (g) was targeted at 50.0 % of the rate of B (20.0 % vs 40.0 %); the four-fifths rule requires at least 80 %.' });
    expect(b!.text).toBe('B (g) was targeted at 100.0 % of the rate of B (40.0 % vs 40.0 %); the four-fifths rule requires at least 80 % — met.');
  });

  it('states differences of rates in points and other bounds in words', () => {
    // TPR A 15/25 = 60 %, B 30/35 = 85.7 % → 25.7 points below
    expect(sentences(['abs(equal_opportunity_difference)<=0.1'])[0]!.text).toBe(
      'The true positive rate of A (g) was 25.7 points below that of B (60.0 % vs 85.7 %); the rule requires a gap of at most 10 points either way.',
    );
    expect(sentences(['0.9<=equal_opportunity_ratio<=1.1'])[0]!.text).toBe(
      'The true positive rate of A (g) was 70.0 % of that of B (60.0 % vs 85.7 %); the rule requires between 90 % and 110 %.',
    );
    expect(sentences(['selection_rate>=0.3'])[0]!.text).toBe('The selection rate of A (g) was 20.0 %; the rule requires at least 30 %.');
  });

  it('marks a warning and explains why no verdict was possible', () => {
    expect(sentences([{ metric: 'disparate_impact', min: 0.8, severity: 'warn' }])[0]!.text).toMatch(/at least 80 % \(a warning, not a failure\)\.$/);
    const small = sentences(['disparate_impact>=0.8'], { minGroupSize: 101 });
    expect(small[0]!.text).toBe('No verdict for A (g) on disparate_impact>=0.8: 100 rows, fewer than the minimum of 101.');
  });

  it('uses the decision column as the verb only when it reads as one', () => {
    const result = makeResult({ groups: GROUPS, config: { columns: { prediction: 'decision', label: 'converted' } } });
    expect(findingProse(result.findings[0]!, result)).toMatch(/^A \(g\) was selected at 50\.0 %/);
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

  it('holds every fact SPEC §5 asks for', () => {
    const keys = provenanceEntries(makeResult({ groups: GROUPS })).map((p) => p.key);
    expect(keys).toEqual(['tool', 'generated_at', 'input_file', 'input_sha256', 'input_bytes', 'rows_read', 'rows_used', 'rows_dropped', 'command', 'config']);
  });
});
