import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUC_EXACT_LIMIT, GRID_CELLS, aucFromHistogram, gridCell } from '../../../src/core/auc-histogram.js';
import { aucGridNotice } from '../../../src/pipeline/auc-notice.js';
import { formatBound } from '../../../src/render/format-bound.js';
import { noticeSentence } from '../../../src/render/prose/notice-sentence.js';
import { renderCsv } from '../../../src/render/reporters/csv.js';
import { renderJunit } from '../../../src/render/reporters/junit.js';
import { renderMarkdown } from '../../../src/render/reporters/markdown.js';
import { renderTable } from '../../../src/render/reporters/table.js';
import { auditCsv, csvOf } from '../../helpers/csv-audit.js';
import { oracleMetrics } from '../../helpers/oracle.js';

const asRaw = (rows: readonly { s: number; y: 0 | 1 }[]) => rows.map((r) => ({ ...r, d: 0 as const, groups: {} }));

/** The grid histogram of rows (what a group past the exact limit keeps). */
function gridOf(rows: readonly { s: number; y: 0 | 1 }[]) {
  const counts = new Float64Array(2 * GRID_CELLS);
  for (const r of rows) counts[r.y * GRID_CELLS + gridCell(r.s)]! += 1;
  return { step: 1e-4, counts };
}

describe('the AUC grid: its stated error bound', () => {
  it('is an upper bound on |grid AUC − exact AUC| (rows crowded into few cells, any order inside a cell)', () => {
    const row = fc.record({ cell: fc.integer({ min: 0, max: 40 }), offset: fc.double({ min: -0.49, max: 0.49, noNaN: true }), y: fc.constantFrom(0 as const, 1 as const) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 300 }), (cells) => {
        const rows = cells.map((c) => ({ s: Math.min(1, Math.max(0, (c.cell + c.offset) * 1e-4)), y: c.y }));
        const { value, maxError } = aucFromHistogram(gridOf(rows));
        const exact = oracleMetrics(asRaw(rows)).auc;
        if (exact === null) expect(value).toBeNull();
        else expect(Math.abs(value! - exact!)).toBeLessThanOrEqual(maxError + 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('is reached when every positive in a cell outranks every negative there', () => {
    // one cell (5000): 3 negatives below 2 positives; exact AUC 1, the grid calls all 6 pairs ties (½)
    const rows = [0.500001, 0.500002, 0.500003].map((s) => ({ s, y: 0 as 0 | 1 })).concat([0.500004, 0.500005].map((s) => ({ s, y: 1 as 0 | 1 })));
    const { value, maxError } = aucFromHistogram(gridOf(rows));
    expect(value).toBe(0.5);
    expect(maxError).toBe(0.5);
    expect(oracleMetrics(asRaw(rows)).auc).toBe(1);
  });

  it('formatBound: two significant digits, never below the bound', () => {
    expect(formatBound(3.14e-6)).toBe('3.2e-6');
    expect(formatBound(3.1e-6)).toBe('3.1e-6');
    expect(formatBound(9.96e-7)).toBe('1.0e-6');
    expect(formatBound(0.5)).toBe('5.0e-1');
    expect(formatBound(0)).toBe('0');
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 0.5, noNaN: true }), (x) => {
        expect(Number(formatBound(x))).toBeGreaterThanOrEqual(x);
      }),
    );
  });
});

describe('a group past the exact limit: its bound in every report', () => {
  // group A: 3 × AUC_EXACT_LIMIT rows with 6-decimal scores (so on the grid); group B: 200 rows (exact)
  let state = 7;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const rows = [...Array.from({ length: 3 * AUC_EXACT_LIMIT }, () => 'A'), ...Array.from({ length: 200 }, () => 'B')].map((g) => {
    const s = Math.round(next() * 1e6) / 1e6;
    return { g, d: (s > 0.5 ? 1 : 0) as 0 | 1, y: (next() < s ? 1 : 0) as 0 | 1, s };
  });
  const csv = csvOf(['g', 'd', 'y', 's'], rows.map((r) => [r.g, r.d, r.y, r.s]));

  it('JSON per group, one notice (table, Markdown), a CSV column and a JUnit property; the bound holds against the exact AUC', async () => {
    const result = await auditCsv(csv, { columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g'] });
    const [a, b] = result.attributes[0]!.groups;
    expect(b!.aucMaxError).toBeUndefined();
    expect(a!.aucMaxError).toBeGreaterThan(0);
    expect(result.overall.aucMaxError).toBeGreaterThan(0);
    const exactA = oracleMetrics(asRaw(rows.filter((r) => r.g === 'A'))).auc!;
    expect(Math.abs(a!.metrics.auc! - exactA)).toBeLessThanOrEqual(a!.aucMaxError!);
    expect(oracleMetrics(asRaw(rows.filter((r) => r.g === 'B'))).auc).toBeCloseTo(b!.metrics.auc!, 12);

    const notice = result.notices.find((n) => n.code === 'auc-approximate')!;
    expect(notice).toEqual(aucGridNotice(result.overall, result.attributes)[0]);
    const message = noticeSentence(notice);
    expect(message).toContain(`(overall) ±${formatBound(result.overall.aucMaxError!)}, g=A ±${formatBound(a!.aucMaxError!)}`);
    expect(message).not.toContain('g=B');
    expect(renderTable(result, { isColor: false })).toContain(`note: ${message}`);
    expect(renderMarkdown(result, { isColor: false })).toContain(message);
    const records = parse(renderCsv(result, { isColor: false }), { columns: true }) as Record<string, string>[];
    expect(records.map((r) => [r.group, r.auc_max_error])).toEqual([
      ['(overall)', String(result.overall.aucMaxError)],
      ['A', String(a!.aucMaxError)],
      ['B', ''],
    ]);
    expect(renderJunit(result, { isColor: false })).toContain('name="fairgate.notice.auc-approximate"');
  });

  it('no group on the grid: no notice and no CSV column', async () => {
    const small = csvOf(['g', 'd', 'y', 's'], rows.slice(-400).map((r) => [r.g, r.d, r.y, r.s]));
    const result = await auditCsv(small, { columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g'] });
    expect(result.notices.map((n) => n.code)).not.toContain('auc-approximate');
    expect(renderCsv(result, { isColor: false })).not.toContain('auc_max_error');
  });
});
