import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../../src/model/audit-result.js';
import { auditCsv, csvOf } from '../../helpers/csv-audit.js';
import { assertValidResult } from '../../helpers/report-schema.js';

/** Rows of (g, d): `n` rows of group g of which `selected` have d = 1. */
function rows(spec: [group: string, n: number, selected: number][]): (string | number)[][] {
  return spec.flatMap(([group, n, selected]) => Array.from({ length: n }, (_, i) => [group, i < selected ? 1 : 0]));
}

function valueOf(r: AuditResult, attribute: string, group: string, metric: 'selection_rate'): number | null | undefined {
  return r.attributes.find((a) => a.name === attribute)!.groups.find((g) => g.key === group)!.metrics[metric];
}

describe('suppression × --baseline', () => {
  const header = ['g', 'd'];
  // C has 7 rows, 1 selected (1/7): visible in the baseline (no suppression), hidden now under k = 8.
  const before = csvOf(header, rows([['A', 60, 30], ['B', 40, 16], ['C', 7, 1]]));
  const after = csvOf(header, rows([['A', 60, 30], ['B', 40, 16], ['C', 7, 0], ['D', 30, 9]]));
  const config = { columns: { prediction: 'd' }, groups: ['g'], minGroupSize: 1, rules: [{ metric: 'selection_rate', maxRegression: 0.05 }] };

  it('shows no change of a group hidden now, neither its value nor the baseline\'s; its regression counts in the status', async () => {
    const base = await auditCsv(before, config);
    expect(valueOf(base, 'g', 'C', 'selection_rate')).toBe(1 / 7);
    const r = await auditCsv(after, { ...config, suppressBelow: 8 }, { file: 'base.json', report: JSON.parse(JSON.stringify(base)) });
    assertValidResult(r);
    const hidden = r.attributes[0]!.groups.filter((g) => g.suppressed).map((g) => g.key);
    expect(hidden).toContain('C');
    expect(r.baseline!.changes.filter((c) => hidden.includes(c.group))).toEqual([]);
    expect(r.baseline!.changes.some((c) => c.group === 'A')).toBe(true);
    const findingC = r.findings.find((f) => f.group === 'C')!;
    expect(findingC).toMatchObject({ status: 'suppressed', value: null, n: null });
    expect(findingC).not.toHaveProperty('baseline');
    // C fell from 1/7 to 0: a hidden regression still fails the run, and the privacy section counts it.
    expect(r.status).toBe('fail');
    expect(r.privacy!.hiddenVerdicts.fail).toBe(1);
    const json = JSON.stringify(r);
    expect(json).not.toContain(String(1 / 7));
    expect(r.baseline!.onlyInCurrent).toEqual([{ attribute: 'g', group: 'D' }]);
  });

  it('a group hidden in the baseline has no value to compare with: inconclusive, never a change from a hidden value', async () => {
    const base = await auditCsv(after, { ...config, suppressBelow: 8 });
    const r = await auditCsv(after, config, { file: 'base.json', report: JSON.parse(JSON.stringify(base)) });
    const c = r.findings.find((f) => f.group === 'C')!;
    expect(c).toMatchObject({ status: 'inconclusive', reason: 'not-in-baseline', baseline: null, change: null });
    expect(r.baseline!.changes.find((x) => x.group === 'C')).toMatchObject({ before: null, after: 0, change: null });
  });
});
