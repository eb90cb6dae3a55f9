import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../../src/model/audit-result.js';
import { findingSentence } from '../../../src/render/prose/finding-sentence.js';
import { auditRows, confusionRows, testConfig, type TestRow } from '../../helpers/rows.js';

/**
 * Both wordings of the codes of a finding that no fixture report shows (the
 * reporter snapshots and the policy tests cover the others): every sentence
 * is composed by findingSentence from the finding's code and facts.
 */
const both = (result: AuditResult, group: string) => {
  const f = result.findings.find((x) => x.group === group)!;
  return { reason: f.reason, terse: findingSentence(f, result, 'terse'), plain: findingSentence(f, result, 'plain') };
};
const decisions = (overrides: Record<string, unknown>) => testConfig({ columns: { prediction: 'd', label: 'y' }, ...overrides });

describe('sentences of a finding without a verdict', () => {
  // A: 100 rows, 20 selected, 25 positives; S: 10 rows; N: 50 rows and no positive (its TPR is 0/0)
  const rows = [
    ...confusionRows('A', { tp: 15, fp: 5, tn: 70, fn: 10 }),
    ...confusionRows('S', { tp: 2, fp: 1, tn: 5, fn: 2 }),
    ...confusionRows('N', { tp: 0, fp: 10, tn: 40, fn: 0 }),
  ];

  it('small-group: too few rows in the group', () => {
    expect(both(auditRows(rows, decisions({ rules: ['disparate_impact>=0.8'] })), 'S')).toEqual({
      reason: 'small-group',
      terse: 'inconclusive: 10 rows in g=S, below the minimum of 30',
      plain: 'No verdict for S (g) on disparate_impact>=0.8: 10 rows, fewer than the minimum of 30.',
    });
  });

  it('small-reference: the reference named in the config is too small', () => {
    expect(both(auditRows(rows, decisions({ referenceGroups: { g: 'S' }, rules: ['disparate_impact>=0.8'] })), 'A')).toEqual({
      reason: 'small-reference',
      terse: 'inconclusive: the reference group S has fewer than 30 rows',
      plain: 'No verdict for A (g) on disparate_impact>=0.8: the reference group S has fewer than 30 rows.',
    });
  });

  it('no-reference: no group has enough rows and trials to compare with', () => {
    const few = auditRows(rows, decisions({ minDenominator: { tpr: 100 }, rules: ['abs(equal_opportunity_difference)<=0.1'] }));
    expect(both(few, 'A')).toEqual({
      reason: 'no-reference',
      terse: 'inconclusive: no group of g has 30 rows, enough trials and a defined equal_opportunity_difference to serve as reference',
      plain: 'No verdict for A (g) on abs(equal_opportunity_difference)<=0.1: no group of g has 30 rows and a defined equal opportunity difference to compare with.',
    });
  });

  it('undefined-value: the group\'s rate has a zero denominator', () => {
    expect(both(auditRows(rows, decisions({ rules: ['abs(equal_opportunity_difference)<=0.1'] })), 'N')).toEqual({
      reason: 'undefined-value',
      terse: 'inconclusive: equal_opportunity_difference of g=N (vs A) is undefined (a denominator is zero)',
      plain: 'No verdict for N (g) on abs(equal_opportunity_difference)<=0.1: the equal opportunity difference is undefined (a denominator is zero).',
    });
  });

  it('suppressed: the plain sentence is the terse one, capitalised', () => {
    expect(both(auditRows(rows, decisions({ suppressBelow: 20, rules: ['disparate_impact>=0.8'] })), 'S')).toEqual({
      reason: 'suppressed-primary',
      terse: 'suppressed: g=S has fewer than 20 rows (the suppression threshold), so its counts, rates and verdict are not reported',
      plain: 'Suppressed: g=S has fewer than 20 rows (the suppression threshold), so its counts, rates and verdict are not reported.',
    });
  });
});

describe('a breach bound: upper cannot show without an interval: a warning', () => {
  it('no-interval: AUC from one positive (13 of 39 negatives score below it: 1/3)', () => {
    const scored: TestRow[] = [
      { cells: { g: 'D' }, label: 1, score: 0.5 },
      ...Array.from({ length: 39 }, (_, i): TestRow => ({ cells: { g: 'D' }, label: 0, score: i < 13 ? 0.2 : 0.8 })),
    ];
    const result = auditRows(scored, testConfig({ columns: { label: 'y', score: 's' }, rules: ['auc>=0.9 bound=upper'] }));
    expect(result.findings.find((f) => f.group === 'D')!.status).toBe('warn');
    expect(both(result, 'D')).toEqual({
      reason: 'no-interval',
      terse: 'auc of g=D is 0.333, below 0.9, but has no confidence interval to judge (bound: upper)',
      plain: "The ROC AUC of D (g) was 0.333; the rule requires at least 0.9, but there is no confidence interval to judge (the rule judges the interval's favourable end), so this is a warning, not a failure.",
    });
  });
});
