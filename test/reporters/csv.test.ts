import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/render/visible-text.js';
import { renderCsv } from '../../src/render/reporters/csv.js';
import { BASIC, HOSTILE_NAMES, makeResult, resultWithGroupNames } from '../helpers/make-result.js';

const ctx = { isColor: false };
const records = (csv: string) => parse(csv, { columns: true, relax_quotes: false }) as Record<string, string>[];

describe('CSV reporter', () => {
  it('matches the snapshot (time fixed)', async () => {
    await expect(renderCsv(makeResult(BASIC), ctx)).toMatchFileSnapshot('__snapshots__/basic.csv');
  });

  it('writes one RFC 4180 row per group, plus the population, with CRLF line ends and full-precision numbers', () => {
    const result = makeResult(BASIC);
    const csv = renderCsv(result, ctx);
    expect(csv.split('\r\n').length - 1).toBe(1 + 1 + 4);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = records(csv);
    const female = rows.find((r) => r.group === 'Female')!;
    // Female: tp 30, fp 20, tn 120, fn 30 → n 200, selection 50/200; Male: 90/200 → impact (0.25/0.45)
    expect(female.n).toBe('200');
    expect(Number(female.selection_rate)).toBe(0.25);
    expect(Number(female.disparate_impact)).toBeCloseTo(0.25 / 0.45, 15);
    expect(female.disparate_impact_reference).toBe('Male');
    expect(Number(female.equal_opportunity_difference)).toBeCloseTo(30 / 60 - 50 / 70, 15);
    expect(female.verdict).toBe('fail');
    expect(female.rules_not_met).toContain('disparate_impact>=0.8');
    expect(rows[0]!.attribute).toBe('(overall)');
    expect(rows[0]!.n).toBe(String(200 + 200 + 40 + 10));
  });

  it('carries the provenance in constant columns', () => {
    const rows = records(renderCsv(makeResult(BASIC), ctx));
    for (const r of rows) {
      expect(r.provenance_input_sha256).toBe('ab'.repeat(32));
      expect(r.provenance_generated_at).toBe('2026-01-01T00:00:00.000Z');
      expect(r.provenance_rows_dropped).toBe('3 empty label');
      expect(r.provenance_command).toBe('fairgate audit decisions.csv --group gender -o report.html');
      expect(JSON.parse(r.provenance_config!).rules).toHaveLength(3);
    }
  });

  it('neutralises hostile group names: no cell starts a formula or holds a control character, and each name reads back shown visible, prefixed with a quote if it starts like a formula', () => {
    const result = resultWithGroupNames(HOSTILE_NAMES);
    const rows = records(renderCsv(result, ctx));
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)|[\u0000-\u001f\u007f-\u009f]/);
    const groups = rows.slice(1).map((r) => r.group);
    // a tab or CR is shown as \u0009 / \u000d (visible-text.ts), so such a name no longer starts like a formula
    const expected = [...HOSTILE_NAMES].sort().map((n) => visibleText(n)).map((n) => (/^[=+\-@\t\r]/.test(n) ? `'${n}` : n));
    expect(groups.sort()).toEqual(expected.sort());
    // negative numbers written by fairgate stay numbers
    expect(rows.some((r) => /^-\d/.test(r.statistical_parity_difference ?? ''))).toBe(true);
  });
});
