import { describe, expect, it } from 'vitest';
import type { Finding, FindingReason, Verdict } from '../../../src/model/finding.js';
import { reasonCountsText, reasonLabel, verdictReasons, verdictReasonsText } from '../../../src/render/prose/reason-labels.js';

const settings = { minGroupSize: 30, alpha: 0.05, confidence: 0.95, suppressBelow: 5 };

/** `n` checks with this verdict and reason. */
const checks = (n: number, status: Verdict, reason: FindingReason): Pick<Finding, 'status' | 'reason'>[] => Array.from({ length: n }, () => ({ status, reason }));

describe('why checks got their verdict, counted by reason', () => {
  it('labels each reason code in a few plain words, with the settings it depends on', () => {
    expect(reasonLabel('small-group', settings)).toBe('group under 30 rows');
    expect(reasonLabel('small-reference', settings)).toBe('reference group under 30 rows');
    expect(reasonLabel('small-denominator', settings)).toBe('rate on too few trials');
    expect(reasonLabel('not-significant', settings)).toBe('breach not statistically significant (α = 0.05)');
    expect(reasonLabel('interval-includes-bound', { ...settings, confidence: 0.99 })).toBe('breach whose 99 % CI reaches the allowed range');
    expect(reasonLabel('suppressed-primary', settings)).toBe('group under 5 rows');
  });

  it('names a code it has no label for by the code, so a new reason is counted, not dropped', () => {
    expect(reasonLabel('breach-could-be-chance' as FindingReason, settings)).toBe('breach could be chance');
  });

  it('gives a line per verdict, warned before inconclusive before hidden, its reasons most checks first', () => {
    const findings = [
      ...checks(3, 'inconclusive', 'small-denominator'),
      ...checks(17, 'warn', 'not-significant'),
      ...checks(12, 'inconclusive', 'small-group'),
      ...checks(6, 'inconclusive', 'small-reference'),
      ...checks(2, 'fail', 'breach'),
      ...checks(5, 'pass', 'within-bound'),
    ];
    const lines = verdictReasons(findings, settings);
    expect(lines.map(verdictReasonsText)).toEqual([
      '17 warned — breach not statistically significant (α = 0.05): 17',
      '21 inconclusive — group under 30 rows: 12 · reference group under 30 rows: 6 · rate on too few trials: 3',
    ]);
    expect(reasonCountsText(lines[1]!)).toBe('group under 30 rows: 12 · reference group under 30 rows: 6 · rate on too few trials: 3');
  });

  it('breaks a tie in count by the label, and counts hidden checks when there are some', () => {
    const findings = [...checks(1, 'suppressed', 'suppressed-secondary'), ...checks(1, 'suppressed', 'suppressed-primary'), ...checks(2, 'inconclusive', 'undefined-value')];
    expect(verdictReasons(findings, settings).map(verdictReasonsText)).toEqual([
      '2 inconclusive — value undefined (a zero denominator): 2',
      '2 hidden — group under 5 rows: 1 · hidden so smaller groups stay hidden: 1',
    ]);
    expect(verdictReasons(checks(3, 'pass', 'within-bound'), settings)).toEqual([]);
    expect(verdictReasons(checks(3, 'pass', 'within-bound'), settings, ['pass']).map(verdictReasonsText)).toEqual(['3 passed — within the bound: 3']);
  });
});
