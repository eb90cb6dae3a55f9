import { describe, expect, it } from 'vitest';
import { testConfig } from '../../helpers/rows.js';
import { foldAudit, type FamilyRow } from './family-tables.js';

/**
 * What the report states of a hidden group outright, by hand: a named consent
 * breach (at least 1) and a hidden pass of ==0 (none) are known to the reader,
 * so the planner protects the count beyond them; a count that is 0 in the
 * whole population is 0 in every group, stated by the total, and needs no
 * partner.
 */
const row = (a: string, over: Partial<FamilyRow> = {}): FamilyRow => ({ a, b: 'u', decision: 0, label: 0, consent: 0, candidate: 0, decisionClass: 'gold', ...over });
const rows = (a: string, n: number, breaches: number) => [
  ...Array.from({ length: breaches }, () => row(a, { decision: 1, consent: 1 })),
  ...Array.from({ length: n - breaches }, (_, i) => row(a, { decision: (i % 3 === 0 ? 1 : 0) as 0 | 1, label: (i % 2) as 0 | 1 })),
];
const masked = (r: ReturnType<typeof foldAudit>['report']) => r.attributes[0]!.groups.filter((g) => g.suppressed).map((g) => `${g.key}:${g.suppressed}`);

describe('statements the planner takes as known', () => {
  it('one named breach beside a hidden pass would give its count away: a second breaching group is hidden with it', () => {
    // A (3 rows, 1 selected opted-out row) is small; B is the smallest partner for its rows, but beside B (no breach: 0)
    // the published total leaves A exactly 1. C, with 2 such rows, shares the count: A and C each 1 or 2.
    const data = [...rows('A', 3, 1), ...rows('B', 40, 0), ...rows('C', 41, 2), ...rows('D', 42, 0)];
    const plain = foldAudit(data, testConfig({ columns: { prediction: 'd', label: 'y' }, groups: ['a'], suppressBelow: 5 })).report;
    expect(masked(plain)).toEqual(['A:primary', 'B:secondary']);
    const { report } = foldAudit(data, testConfig({ columns: { prediction: 'd', label: 'y', consent: 'c' }, groups: ['a'], suppressBelow: 5 }));
    expect(masked(report)).toEqual(['A:primary', 'B:secondary', 'C:secondary']);
    expect(report.privacy!.unprotected).toEqual([]);
    const fails = report.findings.filter((f) => f.metric === 'unconsented_selected' && f.status === 'fail');
    expect(fails.map((f) => [f.group, f.value, f.n])).toEqual([['A', null, null], ['C', null, null]]);
  });

  it('a consent column where everybody opted in adds nothing to hide and nothing unprotected', () => {
    const data = [...rows('A', 3, 0), ...rows('B', 40, 0), ...rows('C', 41, 0), ...rows('D', 42, 0)];
    const masksOf = (columns: Record<string, string>) => foldAudit(data, testConfig({ columns, groups: ['a'], suppressBelow: 5 })).report;
    const withConsent = masksOf({ prediction: 'd', label: 'y', consent: 'c' });
    expect(masked(withConsent)).toEqual(masked(masksOf({ prediction: 'd', label: 'y' })));
    expect(withConsent.privacy!.unprotected).toEqual([]);
  });
});
