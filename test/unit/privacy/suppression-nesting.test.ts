import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../../src/model/audit-result.js';
import { cellRows, type CellSpec } from '../../helpers/cell-rows.js';
import { feasibleNestedCounts } from '../../helpers/nested-search.js';
import { closedMaskedCounts, COUNTS, eliminate, linearlyDetermined, publishedSystem, type SchemaFact } from '../../helpers/report-attacks.js';
import { assertValidResult } from '../../helpers/report-schema.js';
import { auditRows, tallyRows, testConfig } from '../../helpers/rows.js';
import { buildAuditResult } from '../../../src/pipeline/build-result.js';

/**
 * Suppression against a reader who knows the schema: which audited columns
 * are coarsenings of others (a region of its county, here `c` of `a`) and
 * which are precomputed intersections (`ab` of `a` and `b`). The reader's
 * relations come from that knowledge (the function that made the data), not
 * from what fairgate detected.
 */
const columns = { prediction: 'd', label: 'y' };

const cell = (maxN: number) =>
  fc
    .nat({ max: maxN })
    .chain((n) => fc.tuple(fc.constant(n), fc.nat({ max: n }), fc.nat({ max: n }), fc.nat({ max: n })))
    .map(([n, x, y, z]): CellSpec => {
      const tp = Math.min(x, n);
      const fp = Math.min(y, n - tp);
      return { n, tp, fp, fn: Math.min(z, n - tp - fp) };
    });

/** An a × b table (absent combinations allowed) and a coarsening c = f(a) onto 2 values. */
function nestedTable(maxA: number, maxB: number, maxN: number) {
  return fc
    .record({ na: fc.integer({ min: 2, max: maxA }), nb: fc.integer({ min: 1, max: maxB }) })
    .chain(({ na, nb }) => fc.record({ na: fc.constant(na), nb: fc.constant(nb), specs: fc.array(cell(maxN), { minLength: na * nb, maxLength: na * nb }), f: fc.array(fc.nat({ max: 1 }), { minLength: na, maxLength: na }) }))
    .map(({ nb, specs, f }) => {
      const cells: Record<string, CellSpec> = {};
      specs.forEach((spec, i) => {
        const a = Math.floor(i / nb);
        if (spec.n > 0) cells[`a${a}|b${i % nb}|c${f[a]}`] = spec;
      });
      const map = new Map(f.map((c, a) => [`a${a}`, `c${c}`]));
      return { cells, facts: [{ from: 'a', to: 'c', map }] as SchemaFact[] };
    })
    .filter(({ cells }) => Object.keys(cells).length > 0);
}

/** An a × b table whose intersection is also a column of its own, `ab` (as exports often precompute). */
function precomputedTable(maxA: number, maxB: number, maxN: number) {
  return fc
    .record({ na: fc.integer({ min: 2, max: maxA }), nb: fc.integer({ min: 2, max: maxB }) })
    .chain(({ na, nb }) => fc.record({ nb: fc.constant(nb), specs: fc.array(cell(maxN), { minLength: na * nb, maxLength: na * nb }) }))
    .map(({ nb, specs }) => {
      const cells: Record<string, CellSpec> = {};
      const toA = new Map<string, string>();
      const toB = new Map<string, string>();
      specs.forEach((spec, i) => {
        const [a, b] = [`a${Math.floor(i / nb)}`, `b${i % nb}`];
        if (spec.n === 0) return;
        cells[`${a}|${b}|${a}${b}`] = spec;
        toA.set(`${a}${b}`, a);
        toB.set(`${a}${b}`, b);
      });
      return { cells, facts: [{ from: 'ab', to: 'a', map: toA }, { from: 'ab', to: 'b', map: toB }] as SchemaFact[] };
    })
    .filter(({ cells }) => Object.keys(cells).length > 0);
}

function audit(cells: Record<string, CellSpec>, names: readonly string[], groups: readonly string[], k: number): AuditResult {
  const shown = auditRows(cellRows(names, cells), testConfig({ columns, groups, suppressBelow: k }));
  assertValidResult(shown);
  return shown;
}

/** No masked count follows from the schema-aware relations by elimination or any linear combination (beyond what the report admits to). */
function expectNoLinearDisclosure(shown: AuditResult, facts: readonly SchemaFact[]): void {
  const system = publishedSystem(shown, facts);
  const masked = new Set(system.ids.filter((id) => system.values.get(id)!.n === null));
  const admitted = new Set(shown.privacy!.unprotected.map((u) => `${u.attribute}/${u.group}`));
  for (const count of COUNTS) expect([...eliminate(system, count).keys()].filter((id) => masked.has(id) && !admitted.has(id))).toEqual([]);
  expect(linearlyDetermined(system).filter((id) => !admitted.has(id))).toEqual([]);
}

/** The exact search finds at least two values for each masked n; false when the table is too large to enumerate. */
function isEveryMaskedCountOpen(shown: AuditResult, k: number, finest: string, facts: readonly SchemaFact[]): boolean {
  const feasible = feasibleNestedCounts(shown, k, finest, facts);
  if (!feasible) return false;
  expect(closedMaskedCounts(shown, k, feasible)).toEqual([]);
  return true;
}

describe('suppression with nested attributes (fast-check)', () => {
  const NESTED = ['a', 'b', 'c', 'a+b', 'c+b'];
  const PRECOMPUTED = ['a', 'b', 'ab'];

  it('a coarsening (c of a): no masked count is derivable by elimination or any linear combination the schema gives', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(nestedTable(4, 3, 30), fc.integer({ min: 2, max: 12 }), ({ cells, facts }, k) => {
        expectNoLinearDisclosure(audit(cells, ['a', 'b', 'c'], NESTED, k), facts);
      }),
      { numRuns: 150 },
    );
  });

  it('a precomputed intersection (ab of a and b): the same', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(precomputedTable(4, 3, 30), fc.integer({ min: 2, max: 12 }), ({ cells, facts }, k) => {
        expectNoLinearDisclosure(audit(cells, ['a', 'b', 'ab'], PRECOMPUTED, k), facts);
      }),
      { numRuns: 150 },
    );
  });

  it('an exact integer search over every table consistent with the report and the schema finds at least two values for each masked n', { timeout: 180_000 }, () => {
    let searched = 0;
    fc.assert(
      fc.property(fc.oneof(nestedTable(3, 3, 10).map((t) => ({ ...t, kind: 'nested' as const })), precomputedTable(3, 3, 10).map((t) => ({ ...t, kind: 'precomputed' as const }))), fc.integer({ min: 2, max: 6 }), ({ cells, facts, kind }, k) => {
        const shown = kind === 'nested' ? audit(cells, ['a', 'b', 'c'], NESTED, k) : audit(cells, ['a', 'b', 'ab'], PRECOMPUTED, k);
        if (isEveryMaskedCountOpen(shown, k, kind === 'nested' ? 'a+b' : 'ab', facts)) searched++;
      }),
      { numRuns: 120 },
    );
    expect(searched).toBeGreaterThan(80);
  });
});

describe('suppression with nested attributes, by hand', () => {
  // c coarsens a: a0 (3 rows) and a1 (60) make c0 (63); a2 (40) and a3 (50) make c1 (90). a0 is small. The smallest
  // partner in a's own total is a2; hiding only a2 would leave a0 = c0 − a1 = 3 to anyone who knows that c coarsens a.
  const cells = { 'a0|c0': 3, 'a1|c0': 60, 'a2|c1': 40, 'a3|c1': 50 };
  const config = testConfig({ columns, groups: ['a', 'c'], suppressBelow: 5 });
  const facts: SchemaFact[] = [{ from: 'a', to: 'c', map: new Map([['a0', 'c0'], ['a1', 'c0'], ['a2', 'c1'], ['a3', 'c1']]) }];
  const masks = (r: AuditResult) => r.attributes.map((a) => a.groups.map((g) => `${g.key}:${g.suppressed ?? '-'}`));

  it('the planner knows c0 = a0 + a1 and c1 = a2 + a3: a2 alone would expose a0, a1 with it would expose a2 in c1, so all of a is hidden', () => {
    const shown = auditRows(cellRows(['a', 'c'], cells), config);
    expect(masks(shown)).toEqual([['a0:primary', 'a1:secondary', 'a2:secondary', 'a3:secondary'], ['c0:-', 'c1:-']]);
    expectNoLinearDisclosure(shown, facts);
    expect(isEveryMaskedCountOpen(shown, 5, 'a', facts)).toBe(true);
  });

  it('without the detected dependency the planner hides a2 only, and the reader recovers a0 = 3 by subtraction', () => {
    const table = tallyRows(cellRows(['a', 'c'], cells), config);
    expect(table.dependencies?.map((d) => `${d.from}→${d.to}`)).toEqual(['a→c']);
    const blind = buildAuditResult({ ...table, dependencies: [] }, config, { tool: { name: 'fairgate', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z', input: { file: 'rows', sha256: '0'.repeat(64), bytes: 0 } });
    expect(masks(blind)).toEqual([['a0:primary', 'a1:-', 'a2:secondary', 'a3:-'], ['c0:-', 'c1:-']]);
    expect(eliminate(publishedSystem(blind, facts), 'n').get('a/a0')).toBe(3);
  });
});
