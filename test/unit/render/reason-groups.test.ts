import { describe, expect, it } from 'vitest';
import type { FindingReason } from '../../../src/model/finding.js';
import { reasonGroupList, reasonGroups, reasonHead } from '../../../src/render/prose/reason-groups.js';
import { BASIC, makeResult } from '../../helpers/make-result.js';

describe('why checks neither passed nor failed, grouped', () => {
  const result = makeResult(BASIC);

  it('accounts for every warned and inconclusive check once, grouped by its code', () => {
    const groups = reasonGroups(result);
    const open = result.findings.filter((f) => f.status === 'inconclusive' || f.status === 'warn');
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(open.length);
    for (const g of groups) expect(g.count).toBe(open.filter((f) => f.reason === g.reason && f.status === g.status).length);
  });

  it('says what the checks have in common and lists their groups with what differs', () => {
    const small = reasonGroups(result).find((g) => g.reason === 'small-group')!;
    // Unknown has 2 + 1 + 5 + 2 = 10 rows, under the minimum of 30, for all three rules
    expect(reasonHead(small)).toBe('the group has fewer than 30 rows');
    expect(reasonGroupList(small)).toBe('gender: Unknown (10 rows)');
    expect(small.count).toBe(3);
  });

  it('names the rule once when the same rule holds every check back, and the groups after it', () => {
    const result2 = makeResult({ ...BASIC, config: { minGroupSize: 5 } });
    const short = reasonGroups(result2).find((g) => g.reason === 'small-denominator');
    expect(short).toBeDefined();
    expect(reasonHead(short!)).toMatch(/^a rate rests on fewer trials than its minimum \(rule abs\(equal_opportunity_difference\)<=0\.1\)$/);
    expect(reasonGroupList(short!)).toMatch(/^gender: Non-binary \(tpr: 13 positives\), Unknown \(tpr: 4 positives\)$/);
  });

  it('groups a code it has no words for under the code itself, so a new verdict reason is never dropped', () => {
    const odd = { ...result, findings: result.findings.map((f) => (f.status === 'inconclusive' ? { ...f, status: 'warn' as const, reason: 'breach-could-be-chance' as FindingReason } : f)) };
    const groups = reasonGroups(odd);
    expect(groups.map((g) => [g.status, g.why])).toContainEqual(['warn', 'breach could be chance']);
    expect(groups.filter((g) => g.reason === ('breach-could-be-chance' as FindingReason)).reduce((n, g) => n + g.count, 0)).toBe(result.findings.filter((f) => f.status === 'inconclusive').length);
  });

  it('cuts a long list after the groups asked for, saying how many more', () => {
    const small = reasonGroups(result).find((g) => g.reason === 'small-group')!;
    const many = { ...small, attributes: [{ attribute: 'a', groups: ['x', 'y', 'z'].map((group) => ({ group })) }] };
    expect(reasonGroupList(many, 2)).toBe('a: x, y; and 1 more group');
  });
});
