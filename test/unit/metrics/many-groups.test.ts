import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../../src/render/reporters/csv.js';
import { renderMarkdown } from '../../../src/render/reporters/markdown.js';
import { renderTable } from '../../../src/render/reporters/table.js';
import type { AuditResult, GroupResult } from '../../../src/model/audit-result.js';
import { auditCsv, csvOf } from '../../helpers/csv-audit.js';

/**
 * An audit of 1,500 groups against a recomputation from the raw rows: every
 * group's counts, the reference of the selection rate, each group's impact
 * ratio and verdict — in the report object and in the per-group rows of the
 * table, CSV and Markdown reports. (References, verdicts and report rows were
 * looked up with a search of the group list per group; these are the values
 * an index must keep.)
 */
const GROUPS = 1500;
const MIN_GROUP_SIZE = 30;

interface Row {
  g: string;
  d: 0 | 1;
  y: 0 | 1;
  s: number;
}

/** Deterministic rows: group i has 12–70 rows (some under the minimum size) and its own selection rate. */
function rowsOf(): Row[] {
  const rows: Row[] = [];
  let state = 12345;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let i = 0; i < GROUPS; i++) {
    const key = `G${String(i).padStart(4, '0')}`;
    const size = 12 + ((i * 37) % 59);
    const rate = 0.15 + 0.5 * ((i * 13) % 101) / 100;
    for (let r = 0; r < size; r++) {
      const s = Math.round(next() * 1e4) / 1e4;
      rows.push({ g: key, d: next() < rate ? 1 : 0, y: next() < s ? 1 : 0, s });
    }
  }
  return rows;
}

interface Expected {
  n: number;
  selected: number;
  positives: number;
  tp: number;
}

function recompute(rows: readonly Row[]) {
  const groups = new Map<string, Expected>();
  for (const r of rows) {
    const e = groups.get(r.g) ?? { n: 0, selected: 0, positives: 0, tp: 0 };
    e.n += 1;
    e.selected += r.d;
    e.positives += r.y;
    e.tp += r.d * r.y;
    groups.set(r.g, e);
  }
  const total = { n: rows.length, selected: rows.reduce((s, r) => s + r.d, 0) };
  // highest: the largest selection rate among groups of at least MIN_GROUP_SIZE rows, ties to the first key
  const keys = [...groups.keys()].sort();
  let reference = '';
  for (const k of keys) {
    const e = groups.get(k)!;
    if (e.n < MIN_GROUP_SIZE) continue;
    if (reference === '' || e.selected / e.n > groups.get(reference)!.selected / groups.get(reference)!.n) reference = k;
  }
  return { groups, keys, reference, total };
}

function verdicts(result: AuditResult): Map<string, string> {
  return new Map(result.findings.map((f) => [f.group, f.status]));
}

/** A breach of the estimate fails when its test is significant after Holm (the default requirement), else warns. */
const shownOrWarned = (g: GroupResult) => (g.disparities.disparate_impact!.pValueAdjusted! < 0.05 ? 'fail' : 'warn');

describe('many groups: the report against a recomputation from the rows', () => {
  const rows = rowsOf();
  const csv = csvOf(['g', 'd', 'y', 's'], rows.map((r) => [r.g, r.d, r.y, r.s]));
  const expected = recompute(rows);
  const config = { columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g'] };

  it('reference highest: counts, the reference, impact ratios and verdicts of 1,500 groups', async () => {
    const result = await auditCsv(csv, config);
    const a = result.attributes[0]!;
    expect(a.groups.map((g) => g.key)).toEqual(expected.keys);
    expect(a.references.selection_rate).toBe(expected.reference);
    const ref = expected.groups.get(expected.reference)!;
    const status = verdicts(result);
    let small = 0;
    for (const g of a.groups) {
      const e = expected.groups.get(g.key)!;
      expect({ n: g.n, selected: g.selected, positives: g.positives, tp: g.tp }).toEqual(e);
      const impact = e.selected / e.n / (ref.selected / ref.n);
      expect(g.disparities.disparate_impact!.value).toBeCloseTo(impact, 12);
      const verdict = e.n < MIN_GROUP_SIZE ? 'inconclusive' : impact >= 0.8 ? 'pass' : shownOrWarned(g);
      if (e.n < MIN_GROUP_SIZE) small++;
      expect(status.get(g.key)).toBe(verdict);
    }
    expect(small).toBeGreaterThan(100);
    expect(new Set(status.values())).toEqual(new Set(['pass', 'fail', 'warn', 'inconclusive']));

    // The per-group rows of the reports carry the same verdicts, in group order.
    const table = renderTable(result, { isColor: false }).split('\n').filter((l) => /^│ G\d{4} /.test(l));
    expect(table.map((l) => l.split('│')[1]!.trim())).toEqual(expected.keys);
    const mark = { pass: '✓ pass', fail: '✗ fail', warn: '! warn', inconclusive: '? inconclusive' } as const;
    expect(table.map((l) => l.split('│').at(-2)!.trim())).toEqual(expected.keys.map((k) => mark[status.get(k) as keyof typeof mark]));
    const records = parse(renderCsv(result, { isColor: false }), { columns: true }) as Record<string, string>[];
    expect(records.slice(1).map((r) => [r.group, r.verdict])).toEqual(expected.keys.map((k) => [k, status.get(k)]));
    const markdown = renderMarkdown(result, { isColor: false });
    for (const k of [expected.keys[0]!, expected.reference, expected.keys.at(-1)!]) expect(markdown).toContain(`| ${k} |`);
  });

  it('reference overall: every impact ratio against the attribute total', async () => {
    const result = await auditCsv(csv, { ...config, reference: 'overall' });
    const overall = expected.total.selected / expected.total.n;
    const status = verdicts(result);
    for (const g of result.attributes[0]!.groups) {
      const e = expected.groups.get(g.key)!;
      const impact = e.selected / e.n / overall;
      expect(g.disparities.disparate_impact).toMatchObject({ reference: '(overall)' });
      expect(g.disparities.disparate_impact!.value).toBeCloseTo(impact, 12);
      expect(status.get(g.key)).toBe(e.n < MIN_GROUP_SIZE ? 'inconclusive' : impact >= 0.8 ? 'pass' : shownOrWarned(g));
    }
  });
});
