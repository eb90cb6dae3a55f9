import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSuppression } from '../../../src/privacy/suppression-plan.js';
import { exposureChart } from '../../../src/render/html/chart-data.js';
import type { AuditResult } from '../../../src/model/audit-result.js';
import { RANKING_COUNTS, eliminate, linearlyDetermined, publishedSystem, type PublishedSystem } from '../../helpers/report-attacks.js';
import { assertValidResult } from '../../helpers/report-schema.js';
import { auditRows, tallyRows, testConfig, type TestRow } from '../../helpers/rows.js';

/** A ranked cell: n rows, `atK` of them in the top k (= 3), the rest below; `relevant` rows have label 1. */
interface RankedCell {
  n: number;
  atK: number;
  relevant?: number;
}

/** Rows of cells keyed by their values joined with `|` (columns a, b, … in order): ranks 1–3 for the top k, 4–9 below. */
function rankedRows(columns: readonly string[], cells: Record<string, RankedCell>): TestRow[] {
  return Object.entries(cells).flatMap(([key, c]) => {
    const values = key.split('|');
    const cellsOf = Object.fromEntries(columns.map((col, i) => [col, values[i]!]));
    return Array.from({ length: c.n }, (_, i) => ({ cells: cellsOf, rank: i < c.atK ? 1 + (i % 3) : 4 + (i % 6), label: (i < (c.relevant ?? 0) ? 1 : 0) as 0 | 1 }));
  });
}

const rankedConfig = (groups: string[], k: number) => testConfig({ columns: { rank: 'r', label: 'y' }, groups, k: 3, minGroupSize: 1, suppressBelow: k });

function planOf(cells: Record<string, RankedCell>, k: number) {
  const config = rankedConfig(['g'], k);
  const plan = planSuppression(tallyRows(rankedRows(['g'], cells), config), config)!;
  return Object.fromEntries([...plan.masks[0]!].sort());
}

/** Masked ids whose ranking counts a reader recovers, leaving out what the report lists as unprotected. */
function recovered(report: AuditResult, system: PublishedSystem): string[] {
  const unprotected = new Set((report.privacy?.unprotected ?? []).map((u) => `${u.attribute}/${u.group}`));
  const found = RANKING_COUNTS.flatMap((count) => [...eliminate(system, count).keys()]);
  return [...new Set([...found, ...linearlyDetermined(system)])].filter((id) => !unprotected.has(id));
}

describe('small-cell suppression of ranked outputs', () => {
  it('a hidden pair with nobody in the top k would say the small group had nobody there: a partner with top-k rows joins', () => {
    // A (n 3) needs a partner: B is the smallest, but A + B have 0 rows in the top k, which the published
    // total (and the visible groups) would show, pinning A's atK to 0; C adds rows in the top k.
    expect(planOf({ A: { n: 3, atK: 0 }, B: { n: 20, atK: 0 }, C: { n: 30, atK: 10 }, D: { n: 200, atK: 60 } }, 5)).toEqual({ A: 'primary', B: 'secondary', C: 'secondary' });
    // With top-k rows in the pair, the pair is enough.
    expect(planOf({ A: { n: 3, atK: 1 }, B: { n: 20, atK: 4 }, C: { n: 30, atK: 10 }, D: { n: 200, atK: 60 } }, 5)).toEqual({ A: 'primary', B: 'secondary' });
  });

  it('hides atK, exposure and every share of a masked group; the shares of the visible groups do not add up to its share', () => {
    const cells = { A: { n: 4, atK: 2, relevant: 1 }, B: { n: 25, atK: 9, relevant: 5 }, C: { n: 60, atK: 20, relevant: 12 }, D: { n: 90, atK: 25, relevant: 30 } };
    const report = auditRows(rankedRows(['g'], cells), rankedConfig(['g'], 5));
    assertValidResult(report);
    const groups = report.attributes[0]!.groups;
    const hidden = groups.filter((g) => g.suppressed);
    expect(hidden.map((g) => g.key)).toEqual(['A', 'B']);
    for (const g of hidden) {
      expect(g.atK).toBeNull();
      expect(Object.values(g.metrics).every((v) => v === null)).toBe(true);
    }
    // 1 − Σ visible exposure shares is the hidden groups' share together, never one group's.
    const visibleShare = groups.filter((g) => !g.suppressed).reduce((s, g) => s + g.metrics.exposure_share!, 0);
    expect(1 - visibleShare).toBeGreaterThan(0);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(recovered(report, publishedSystem(report))).toEqual([]);
    // The HTML chart of exposure against row share reads "hidden" for them, not "undefined".
    const chart = exposureChart(report, report.attributes[0]!, 'x');
    expect(chart.rows.filter((r) => r.label === 'A' || r.label === 'B').flatMap((r) => r.bars.map((bar) => bar.isHidden))).toEqual(Array(6).fill(true));
  });

  it('no masked atK or exposure sum is derivable on random two-attribute ranked tables (fast-check)', () => {
    const cell = fc.nat({ max: 25 }).chain((n) => fc.record({ n: fc.constant(n), atK: fc.nat({ max: n }), relevant: fc.nat({ max: n }) }));
    const table = fc
      .record({ na: fc.integer({ min: 2, max: 3 }), nb: fc.integer({ min: 2, max: 3 }) })
      .chain(({ na, nb }) => fc.tuple(fc.constant(nb), fc.array(cell, { minLength: na * nb, maxLength: na * nb })))
      .map(([nb, specs]) => Object.fromEntries(specs.flatMap((c, i) => (c.n > 0 ? [[`a${Math.floor(i / nb)}|b${i % nb}`, c]] : []))) as Record<string, RankedCell>)
      .filter((cells) => Object.keys(cells).length > 0);
    fc.assert(
      fc.property(table, fc.integer({ min: 2, max: 8 }), (cells, k) => {
        const report = auditRows(rankedRows(['a', 'b'], cells), rankedConfig(['a', 'b', 'a+b'], k));
        const system = publishedSystem(report);
        expect(recovered(report, system)).toEqual([]);
        // The zero attack: a relation whose hidden members hold no top-k rows in all says each of them holds none.
        const unprotected = new Set((report.privacy?.unprotected ?? []).map((u) => `${u.attribute}/${u.group}`));
        for (const { total, items } of system.relations) {
          const ids = [total, ...items];
          const masked = ids.filter((id) => system.values.get(id)!.atK === null && !unprotected.has(id));
          if (masked.length === 0 || ids.some((id) => system.values.get(id)!.atK === null && unprotected.has(id))) continue;
          const visible = items.filter((id) => !masked.includes(id)).reduce((s, id) => s + system.values.get(id)!.atK!, 0);
          const totalValue = system.values.get(total)!.atK;
          if (totalValue !== null) expect(totalValue - visible).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
