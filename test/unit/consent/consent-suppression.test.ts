import { describe, expect, it } from 'vitest';
import { auditCsv, csvOf } from '../../helpers/csv-audit.js';
import { assertValidResult } from '../../helpers/report-schema.js';
import { findingSentence } from '../../../src/render/prose/finding-sentence.js';

/**
 * Small-cell suppression and the consent gate: West (3 rows, one selected
 * although opted out) is under --suppress-below 5. Its breach still fails the
 * run and its finding still names West, but no count of West is published;
 * a pass in a hidden group stays hidden like every other check.
 */
const rows: (string | number)[][] = [];
for (let i = 0; i < 60; i++) rows.push(['North', i % 2 === 0 ? 1 : 0, i % 7 === 3 ? 'no' : 'yes']);
for (let i = 0; i < 50; i++) rows.push(['South', i % 2 === 0 ? 1 : 0, 'yes']);
rows.push(['West', 1, 'no'], ['West', 0, 'yes'], ['West', 1, 'yes']);
const CSV = csvOf(['region', 'targeted', 'consent'], rows);

describe('a consent breach in a hidden group', () => {
  it('fails the run and names the group, without its count or size', async () => {
    const result = await auditCsv(CSV, { columns: { prediction: 'targeted', consent: 'consent' }, groups: ['region'], suppressBelow: 5 });
    assertValidResult(result);
    expect(result.status).toBe('fail');
    const west = result.findings.filter((f) => f.group === 'West');
    expect(west.map((f) => [f.rule, f.status, f.value, f.n])).toEqual([
      ['disparate_impact>=0.8', 'suppressed', null, null],
      ['unconsented_selected==0', 'fail', null, null],
      ['unknown_consent_selected==0', 'suppressed', null, null],
    ]);
    const breach = west.find((f) => f.status === 'fail')!;
    expect(findingSentence(breach, result, 'plain')).toBe(
      'Rows of West (region) were selected although they opted out (how many is hidden: the group is under the small-cell limit); the rule unconsented_selected==0 allows none.',
    );
    const group = result.attributes[0]!.groups.find((g) => g.key === 'West')!;
    expect(group.metrics.unconsented_selected).toBeNull();
    // South (hidden with West so that West cannot be recovered from the totals) passes: that stays hidden
    expect(result.findings.filter((f) => f.group === 'South').every((f) => f.status === 'suppressed')).toBe(true);
  });
});
