import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeTallyTables } from '../../../src/core/merge-tables.js';
import type { TallyTable } from '../../../src/core/types.js';
import type { AuditResult, GroupResult } from '../../../src/model/audit-result.js';
import type { MetricId } from '../../../src/model/vocabulary.js';
import { buildAuditResult } from '../../../src/pipeline/build-result.js';
import { tallyRows, testConfig, type TestRow } from '../../helpers/rows.js';
import { assertValidResult } from '../../helpers/report-schema.js';
import { renderJunit } from '../../../src/render/reporters/junit.js';
import { renderMarkdown } from '../../../src/render/reporters/markdown.js';

/**
 * Laws of the outcome and score-distribution statistics: one pass = any
 * merge of shards = the rows reversed (the whole report, values, intervals,
 * tests); and past the exact-map budget, every grid value lies within its
 * stated bound of the exact one (maxErrors per metric, maxError per
 * comparison), checked against the same rows audited exactly.
 */
const META = { tool: { name: 'fairgate', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z', input: { file: 'rows', sha256: '0'.repeat(64), bytes: 0 } };
const report = (t: TallyTable, config: ReturnType<typeof testConfig>): AuditResult => buildAuditResult(t, config, META);

/** Offers on a 0.5 grid that repeat, shifted per group (C gets less, some negative), scores and labels. */
function rowsOf(seed: number, n: number, spread = 80): TestRow[] {
  let x = seed;
  const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const shift: Record<string, number> = { A: 20, B: 15, C: -5 };
  return Array.from({ length: n }, () => {
    const g = 'ABC'[Math.floor(next() * 3)]!;
    const score = Math.round(next() * 1e6) / 1e6;
    return { cells: { g }, label: next() < score ? 1 : 0, score, outcome: Math.round(next() * spread * 2) / 2 + shift[g]! };
  });
}

describe('outcome and score distributions: merge of shards = one pass', () => {
  const config = testConfig({ columns: { outcome: 'o', score: 's', label: 'y' }, groups: ['g'] });
  const rows = rowsOf(11, 900);
  const whole = report(tallyRows(rows, config), config);

  it('any cut into two shards, merged either way, and the reversed rows give the one-pass report', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: rows.length }), (cut) => {
        const left = tallyRows(rows.slice(0, cut), config);
        const right = tallyRows(rows.slice(cut), config);
        expect(report(mergeTallyTables(left, right), config).attributes).toEqual(whole.attributes);
        expect(report(mergeTallyTables(right, left), config).attributes).toEqual(whole.attributes);
      }),
      { numRuns: 8 },
    );
    expect(report(tallyRows([...rows].reverse(), config), config).attributes).toEqual(whole.attributes);
  });

  it('the report has the outcome comparisons it claims (the law is not vacuous)', () => {
    const b = whole.attributes[0]!.groups.find((g) => g.key === 'B')!;
    expect(b.metrics.mean_outcome).toBeTypeOf('number');
    for (const id of ['mean_outcome_difference', 'ks', 'wasserstein', 'score_ks', 'abroca'] as const) expect(b.disparities[id]!.value).toBeTypeOf('number');
    expect(b.disparities.ks!.pValue).toBeTypeOf('number');
  });
});

describe('outcome past the exact-map budget: the grid within its stated bounds', () => {
  const METRICS: MetricId[] = ['mean_outcome', 'sd_outcome', 'p10_outcome', 'p25_outcome', 'median_outcome', 'p75_outcome', 'p90_outcome', 'share_above_p80'];
  const columns = { outcome: 'o', score: 's', label: 'y' };
  const gridConfig = testConfig({ columns, groups: ['g'], exactMemoryMB: 0 });
  const exactConfig = testConfig({ columns, groups: ['g'], exactMemoryMB: 256 });
  // continuous offers: each group has ~12,000 distinct values, past the 10,000 floor that a 0 MB budget keeps
  const rows = rowsOf(7, 36_000, 1e6).map((r) => ({ ...r, outcome: r.outcome! + (r.outcome! % 7) * 1e-3 + Math.sin(r.score!) }));

  it.each([0, 1, 2])('seed offset %i: every metric and comparison within maxErrors / maxError of the exact value', (offset) => {
    const some = rows.filter((_, i) => i % 3 !== offset || i < 30_000);
    const gridReport = report(tallyRows(some, gridConfig), gridConfig);
    assertValidResult(gridReport);
    const grid = gridReport.attributes[0]!.groups;
    const exact = report(tallyRows(some, exactConfig), exactConfig).attributes[0]!.groups;
    let bounded = 0;
    for (const g of grid) {
      const e = exact.find((x) => x.key === g.key) as GroupResult;
      expect(e.maxErrors).toBeUndefined();
      expect(g.maxErrors).toBeDefined();
      for (const id of METRICS) {
        expect(Math.abs(g.metrics[id]! - e.metrics[id]!)).toBeLessThanOrEqual(g.maxErrors![id]! * (1 + 1e-9) + 1e-9);
        bounded++;
      }
      for (const id of ['mean_outcome_difference', 'mean_outcome_ratio', 'ks', 'wasserstein'] as const) {
        const [dg, de] = [g.disparities[id]!, e.disparities[id]!];
        if (dg.reference === g.key) continue;
        expect(dg.maxError).toBeGreaterThan(0);
        expect(Math.abs(dg.value! - de.value!)).toBeLessThanOrEqual(dg.maxError! * (1 + 1e-9) + 1e-12);
        bounded++;
      }
    }
    expect(bounded).toBeGreaterThan(20);
    // every report says so: one notice naming each group on the grid with the largest move of its values
    const notice = gridReport.notices.find((n) => n.code === 'outcome-approximate');
    expect(notice?.args).toMatchObject({ exactLimit: 10_000, exactMemoryMB: 0 });
    const named = (notice!.args as { groups: { attribute: string | null; group: string; maxShift: number }[] }).groups.filter((x) => x.attribute === 'g');
    expect(named).toEqual(grid.map((g) => ({ attribute: 'g', group: g.key, maxShift: g.maxErrors!.mean_outcome })));
    expect(report(tallyRows(some, exactConfig), exactConfig).notices.map((n) => n.code)).not.toContain('outcome-approximate');
    expect(renderJunit(gridReport, { isColor: false })).toContain('name="fairgate.notice.outcome-approximate"');
    expect(renderMarkdown(gridReport, { isColor: false })).toContain('outcomes on a grid of relative error 0.0001');
  });
});
