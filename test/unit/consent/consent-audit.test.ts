import { describe, expect, it } from 'vitest';
import { auditCsv, configFrom, csvOf } from '../../helpers/csv-audit.js';
import { wilsonInterval } from '../../../src/stats/wilson.js';
import { normalQuantile } from '../../../src/stats/normal-quantile.js';
import { parseRuleExpression } from '../../../src/policy/rule-expression.js';
import { findingSentence } from '../../../src/render/prose/finding-sentence.js';

/**
 * A table small enough to count by hand:
 *   West : selected & opted out 1, not selected & opted out 1, selected & opted in 1 → unconsented 1, opted out 2/3
 *   East : selected & unknown 1, not selected & opted in 1, selected & opted in (YES) 1 → unknown selected 1, opted out 0/2
 *   North: not selected & opted out 1, selected & opted in 1 → 0 and 1/2
 */
const ROWS = [
  ['West', 1, 'no'],
  ['West', 1, 'yes'],
  ['West', 0, 'No'],
  ['East', 1, ''],
  ['East', 0, 'yes'],
  ['East', 1, 'YES'],
  ['North', 0, 'opted_out'],
  ['North', 1, 'true'],
] as const;
const CSV = csvOf(['region', 'targeted', 'consent'], ROWS);
const BASE = { columns: { prediction: 'targeted', consent: 'consent' }, groups: ['region'], minGroupSize: 1 };

describe('a consent audit, counted by hand', () => {
  it('counts each group and gives the opted-out share its Wilson interval', async () => {
    const result = await auditCsv(CSV, BASE);
    const groups = Object.fromEntries(result.attributes[0]!.groups.map((g) => [g.key, g]));
    expect(groups.West!.metrics).toMatchObject({ unconsented_selected: 1, unknown_consent_selected: 0, opt_out_rate: 2 / 3 });
    expect(groups.East!.metrics).toMatchObject({ unconsented_selected: 0, unknown_consent_selected: 1, opt_out_rate: 0 });
    expect(groups.North!.metrics).toMatchObject({ unconsented_selected: 0, unknown_consent_selected: 0, opt_out_rate: 0.5 });
    const z = normalQuantile(0.975);
    expect(groups.West!.intervals.opt_out_rate).toEqual(wilsonInterval(2, 3, z));
    expect(groups.East!.intervals.opt_out_rate).toEqual(wilsonInterval(0, 2, z));
  });

  it('fails West on unconsented_selected==0 in a group of 3 rows, warns East on its unknown consent, and names groups, never rows', async () => {
    const result = await auditCsv(CSV, { ...BASE, minGroupSize: 30 });
    expect(result.status).toBe('fail');
    const consent = result.findings.filter((f) => f.metric === 'unconsented_selected' || f.metric === 'unknown_consent_selected');
    expect(consent.map((f) => [f.rule, f.group, f.status, f.value])).toEqual([
      ['unconsented_selected==0', 'East', 'pass', 0],
      ['unknown_consent_selected==0', 'East', 'warn', 1],
      ['unconsented_selected==0', 'North', 'pass', 0],
      ['unknown_consent_selected==0', 'North', 'pass', 0],
      ['unconsented_selected==0', 'West', 'fail', 1],
      ['unknown_consent_selected==0', 'West', 'pass', 0],
    ]);
    const west = consent.find((f) => f.group === 'West' && f.status === 'fail')!;
    expect(findingSentence(west, result, 'terse')).toBe('unconsented_selected of region=West is 1, above 0 (rows selected although they opted out)');
    expect(findingSentence(west, result, 'plain')).toBe('1 row of West (region) was selected although they opted out; the rule unconsented_selected==0 allows none.');
  });

  it('tests whether opting out clusters: Pearson X² of the 3 × 2 table, computed by hand', async () => {
    const result = await auditCsv(CSV, BASE);
    const notice = result.notices.find((n) => n.code === 'consent-opt-out')!;
    // opted out / opted in: West 2/1, East 0/2, North 1/1; N = 7, 3 opted out
    const observed = [[2, 1], [0, 2], [1, 1]];
    const rows = observed.map((r) => r[0]! + r[1]!);
    let x2 = 0;
    observed.forEach((r, i) => r.forEach((o, j) => { const e = (rows[i]! * [3, 4][j]!) / 7; x2 += (o - e) ** 2 / e; }));
    expect(notice.args).toMatchObject({ attribute: 'region', groups: 3, df: 2, overallShare: 3 / 7, highest: { group: 'West', share: 2 / 3 } });
    expect((notice.args as { chiSquare: number }).chiSquare).toBeCloseTo(x2, 12);
    // df 2: P(χ² > x) = exp(−x/2)
    expect((notice.args as { pValue: number }).pValue).toBeCloseTo(Math.exp(-x2 / 2), 12);
  });
});

describe('the consent gate in the config', () => {
  it('is on with the column, beside the four-fifths default; a rule of the user on the metric replaces it; --no-consent-gate turns it off', () => {
    expect(configFrom(BASE).rules.map((r) => r.id)).toEqual(['disparate_impact>=0.8', 'unconsented_selected==0', 'unknown_consent_selected==0']);
    const own = configFrom({ ...BASE, rules: [{ metric: 'unconsented_selected', max: 2, severity: 'warn' }] });
    expect(own.rules.map((r) => [r.id, r.severity])).toEqual([['unconsented_selected<=2', 'warn'], ['unknown_consent_selected==0', 'warn']]);
    expect(configFrom({ ...BASE, consent: { gate: false } }).rules.map((r) => r.id)).toEqual(['disparate_impact>=0.8']);
    expect(configFrom(BASE).consent).toMatchObject({ gate: true });
    expect(configFrom({ ...BASE, consent: { yes: 'Y', no: 'N' } }).consent).toEqual({ yes: ['Y'], no: ['N'], gate: true });
  });

  it('reads metric==number as a rule whose id says so', () => {
    const parsed = parseRuleExpression('unconsented_selected==0');
    expect(parsed).toEqual({ ok: true, rule: { metric: 'unconsented_selected', min: 0, max: 0, id: 'unconsented_selected==0', severity: 'fail' } });
  });

  it('maps values with consent.yes / consent.no, case-insensitively', async () => {
    const csv = csvOf(['region', 'targeted', 'consent'], [['A', 1, 'Granted'], ['A', 1, 'REVOKED'], ['B', 0, 'revoked']]);
    const result = await auditCsv(csv, { ...BASE, consent: { yes: 'granted', no: 'revoked' } });
    const a = result.attributes[0]!.groups.find((g) => g.key === 'A')!;
    expect(a.metrics).toMatchObject({ unconsented_selected: 1, opt_out_rate: 0.5 });
  });
});
