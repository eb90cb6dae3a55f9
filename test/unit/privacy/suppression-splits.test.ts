import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../../src/model/audit-result.js';
import { eliminate, linearlyDetermined, type Count, type PublishedSystem } from '../../helpers/report-attacks.js';
import { assertValidResult } from '../../helpers/report-schema.js';
import { auditCsv, csvOf } from '../../helpers/csv-audit.js';

/**
 * Strata and time windows publish cells too: each group's rows within a
 * stratum and within a window, each stratum's and each window's rows. The
 * planner protects them with the groups: an attacker who sees only the report
 * and knows every sum it implies (a group is the sum of its strata cells and of
 * its window cells, a stratum the sum of its groups' cells, a window the sum of
 * its groups, the population the sum of the strata and of the windows) derives
 * no hidden count.
 */
interface Row {
  g: string;
  s: string;
  month: number;
  d: 0 | 1;
}
const rowArb = fc.record({
  g: fc.constantFrom('A', 'A', 'A', 'B', 'B', 'C', 'D'),
  s: fc.constantFrom('p', 'p', 'q', 'r'),
  month: fc.constantFrom(1, 1, 2, 3),
  d: fc.constantFrom(0 as const, 1 as const),
});
const csv = (rows: readonly Row[]) => csvOf(['g', 's', 'when', 'd'], rows.map((r) => [r.g, r.s, `2024-0${r.month}-15`, r.d]));
const config = (k: number) => ({ columns: { prediction: 'd' }, groups: ['g'], strata: ['s'], period: 'when', every: 'month', suppressBelow: k, minGroupSize: 1 });

const COUNTS: readonly Count[] = ['n', 'selected'];

/** Everything the report publishes about row counts, as variables and the sums that tie them. */
function splitSystem(report: AuditResult): PublishedSystem {
  const values = new Map<string, Record<Count, number | null>>();
  const set = (id: string, n: number | null | undefined, selected: number | null | undefined) =>
    values.set(id, { n: n ?? null, selected: selected ?? null, positives: null, tp: null, atK: null, exposure: null });
  const relations: PublishedSystem['relations'] = [];
  set('overall', report.overall.n, report.overall.selected);
  const attribute = report.attributes[0]!;
  for (const g of attribute.groups) set(`g/${g.key}`, g.n, g.selected);
  relations.push({ total: 'overall', items: attribute.groups.map((g) => `g/${g.key}`) });
  const strata = report.strata!.attributes[0]!;
  for (const r of strata.rows) {
    set(`s/${r.key}`, r.n, r.selected);
    for (const c of r.groups) set(`gs/${c.group}|${r.key}`, c.n, c.selected);
    relations.push({ total: `s/${r.key}`, items: r.groups.map((c) => `gs/${c.group}|${r.key}`) });
  }
  relations.push({ total: 'overall', items: strata.rows.map((r) => `s/${r.key}`) });
  const windows = report.windows!.windows;
  for (const w of windows) {
    set(`w/${w.window}`, w.overall.n, w.overall.selected);
    const groups = w.attributes[0]!.groups;
    for (const g of groups) set(`gw/${g.key}|${w.window}`, g.n, g.selected);
    relations.push({ total: `w/${w.window}`, items: groups.map((g) => `gw/${g.key}|${w.window}`) });
  }
  relations.push({ total: 'overall', items: windows.map((w) => `w/${w.window}`) });
  for (const g of attribute.groups) {
    relations.push({ total: `g/${g.key}`, items: strata.rows.map((r) => `gs/${g.key}|${r.key}`) });
    relations.push({ total: `g/${g.key}`, items: windows.filter((w) => w.attributes[0]!.groups.some((x) => x.key === g.key)).map((w) => `gw/${g.key}|${w.window}`) });
  }
  return { ids: [...values.keys()], values, relations };
}

describe('suppression of strata and window cells', () => {
  it('masks every small cell of a stratum or a window, and no hidden count follows from what is published', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 10, maxLength: 120 }), fc.integer({ min: 2, max: 8 }), async (rows, k) => {
        const shown = await auditCsv(csv(rows), config(k));
        const truth = await auditCsv(csv(rows), config(0));
        assertValidResult(shown);
        // every small cell hidden as primary
        const small = (n: number) => n > 0 && n < k;
        truth.strata!.attributes[0]!.rows.forEach((r, i) => {
          const published = shown.strata!.attributes[0]!.rows[i]!;
          if (small(r.n!)) expect(published.suppressed).toBe('primary');
          r.groups.forEach((c, j) => small(c.n!) && expect(published.groups[j]!.suppressed).toBe('primary'));
        });
        truth.windows!.windows.forEach((w, i) => {
          const published = shown.windows!.windows[i]!;
          w.attributes[0]!.groups.forEach((g, j) => small(g.n!) && expect(published.attributes[0]!.groups[j]!.suppressed).toBe('primary'));
        });
        // no elimination nor any linear combination recovers a hidden count, beyond what the report admits to
        const system = splitSystem(shown);
        const admitted = new Set(shown.privacy!.unprotected.map((u) => u.group));
        const hidden = new Set(system.ids.filter((id) => system.values.get(id)!.n === null));
        for (const count of COUNTS) expect([...eliminate(system, count).keys()].filter((id) => hidden.has(id) && !admitted.has(id.slice(id.indexOf('/') + 1)))).toEqual([]);
        expect(linearlyDetermined(system).filter((id) => !admitted.has(id.slice(id.indexOf('/') + 1)))).toEqual([]);
        // a finding on a hidden window cell says only that it is hidden; a withheld comparison has no value
        for (const f of shown.findings.filter((x) => x.window !== undefined)) {
          const cell = shown.windows!.windows.find((w) => w.window === f.window)!.attributes[0]!.groups.find((g) => g.key === f.group)!;
          if (cell.suppressed) expect([f.status, f.value, f.n]).toEqual(['suppressed', null, null]);
        }
        // a comparison within strata is withheld exactly when it rests on a hidden cell: the group's, its reference's or a stratum's
        const section = shown.strata!.attributes[0]!;
        const isHidden = (group: string) => section.rows.some((r) => r.groups.find((c) => c.group === group)?.suppressed !== undefined);
        const anyStratum = section.rows.some((r) => r.suppressed !== undefined);
        for (const g of section.groups) {
          const rests = isHidden(g.key) || anyStratum || (g.reference !== null && g.reference !== '(rest)' && isHidden(g.reference));
          expect(g.suppressed !== undefined).toBe(rests);
          if (g.suppressed) expect([g.cdd, g.mhOddsRatio, g.standardisedRateRatio, g.paradox]).toEqual([null, null, null, false]);
        }
        // the hidden verdicts are counted (the run's status is taken before masking)
        expect(shown.privacy!.hiddenVerdicts.fail + shown.privacy!.hiddenVerdicts.inconclusive).toBeLessThanOrEqual(shown.summary.suppressed);
      }),
      { numRuns: 60 },
    );
  });

  it('a comparison within strata is withheld when a stratum cell of the group is hidden: C has 2 rows in q, A hides with it (B, the explicit reference, stays visible)', async () => {
    const rows: Row[] = [
      ...Array.from({ length: 40 }, (_, i): Row => ({ g: 'A', s: i % 2 ? 'p' : 'q', month: 1, d: (i % 3 === 0 ? 1 : 0) as 0 | 1 })),
      ...Array.from({ length: 40 }, (_, i): Row => ({ g: 'B', s: i % 2 ? 'p' : 'q', month: 1, d: (i % 2 === 0 ? 1 : 0) as 0 | 1 })),
      ...Array.from({ length: 40 }, (_, i): Row => ({ g: 'C', s: i < 38 ? 'p' : 'q', month: 1, d: (i % 4 === 0 ? 1 : 0) as 0 | 1 })),
    ];
    const report = await auditCsv(csv(rows), { ...config(5), rules: ['mh_odds_ratio>=0.5'], referenceGroups: { g: 'B' } });
    const groups = report.strata!.attributes[0]!.groups;
    expect(groups.map((g) => [g.key, g.suppressed ?? 'shown', g.mhOddsRatio === null ? 'null' : 'value'])).toEqual([
      ['A', 'secondary', 'null'],
      ['B', 'shown', 'value'],
      ['C', 'secondary', 'null'],
    ]);
    const q = report.strata!.attributes[0]!.rows.find((r) => r.key === 'q')!;
    expect(q.groups.map((c) => [c.group, c.suppressed ?? c.n])).toEqual([['A', 'secondary'], ['B', 20], ['C', 'primary']]);
    expect(report.findings.find((f) => f.rule === 'mh_odds_ratio>=0.5' && f.group === 'C')!.status).toBe('suppressed');
  });
});
