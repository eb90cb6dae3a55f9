import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../../src/model/audit-result.js';
import { cellRows, type CellSpec } from '../../helpers/cell-rows.js';
import { closedMaskedCounts, COUNTS, eliminate, feasibleRowCounts, linearlyDetermined, publishedSystem } from '../../helpers/report-attacks.js';
import { SEED_196822037 } from '../../helpers/privacy-regressions.js';
import { assertValidResult } from '../../helpers/report-schema.js';
import { auditRows, testConfig } from '../../helpers/rows.js';

const GROUPS = ['a', 'b', 'a+b'];

/** A random two-attribute table: cell sizes skewed small (0 = the combination is absent), random confusion counts. */
function tableArbitrary(maxA: number, maxB: number, maxN: number) {
  const cell = fc
    .nat({ max: maxN })
    .chain((n) => fc.tuple(fc.constant(n), fc.nat({ max: n }), fc.nat({ max: n }), fc.nat({ max: n })))
    .map(([n, x, y, z]): CellSpec => {
      const tp = Math.min(x, n);
      const fp = Math.min(y, n - tp);
      return { n, tp, fp, fn: Math.min(z, n - tp - fp) };
    });
  return fc
    .record({ na: fc.integer({ min: 2, max: maxA }), nb: fc.integer({ min: 2, max: maxB }) })
    .chain(({ na, nb }) => fc.tuple(fc.constant({ na, nb }), fc.array(cell, { minLength: na * nb, maxLength: na * nb })))
    .map(([{ na, nb }, specs]) => {
      const cells: Record<string, CellSpec> = {};
      specs.forEach((spec, i) => {
        if (spec.n > 0) cells[`a${Math.floor(i / nb)}|b${i % nb}`] = spec;
      });
      return cells;
    })
    .filter((cells) => Object.keys(cells).length > 0);
}

function audit(cells: Record<string, CellSpec>, k: number): { shown: AuditResult; truth: AuditResult } {
  const rows = cellRows(['a', 'b'], cells);
  const columns = { prediction: 'd', label: 'y' };
  return {
    shown: auditRows(rows, testConfig({ columns, groups: GROUPS, suppressBelow: k })),
    truth: auditRows(rows, testConfig({ columns, groups: GROUPS })),
  };
}

describe('suppression laws (fast-check)', () => {
  it('no masked count is derivable by single-unknown elimination or any linear combination; every small group is masked', () => {
    fc.assert(
      fc.property(tableArbitrary(4, 3, 30), fc.integer({ min: 2, max: 12 }), (cells, k) => {
        const { shown, truth } = audit(cells, k);
        assertValidResult(shown);
        const system = publishedSystem(shown);
        const masked = new Set(system.ids.filter((id) => system.values.get(id)!.n === null));
        // Only what the report itself admits to (privacy.unprotected: beyond repair even with every group hidden).
        const admitted = new Set(shown.privacy!.unprotected.map((u) => `${u.attribute}/${u.group}`));
        for (const count of COUNTS) {
          const derived = eliminate(system, count);
          expect([...derived.keys()].filter((id) => masked.has(id) && !admitted.has(id))).toEqual([]);
        }
        expect(linearlyDetermined(system).filter((id) => !admitted.has(id))).toEqual([]);
        shown.attributes.forEach((a, i) => {
          a.groups.forEach((g, j) => {
            const n = truth.attributes[i]!.groups[j]!.n!;
            if (n < k) expect(g.suppressed).toBe('primary');
            if (g.suppressed === 'secondary') expect(n).toBeGreaterThanOrEqual(k);
          });
          const maskedKeys = a.groups.filter((g) => g.suppressed).map((g) => g.key);
          for (const ref of Object.values(a.references)) expect(maskedKeys).not.toContain(ref);
        });
        // Suppressed groups still count in the overall figures and the attribute totals.
        expect(shown.overall).toEqual(truth.overall);
        expect(shown.attributes.map((a) => a.n)).toEqual(truth.attributes.map((a) => a.n));
        // Nothing masked: the same report but for the privacy section and its notice.
        if (masked.size === 0) expect({ ...shown, privacy: undefined, notices: [] }).toEqual({ ...truth, config: shown.config, notices: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('with a population of healthy size, nothing is beyond repair: every masked count stays hidden', () => {
    // An anchor cell of 200 balanced rows in each row and column keeps every published total away from 0 and n.
    const anchored = tableArbitrary(4, 3, 30).map((cells) => {
      const out = { ...cells };
      for (const key of Object.keys(cells)) {
        const [a, b] = key.split('|');
        out[`${a}|b9`] = { n: 200, tp: 50, fp: 30, fn: 40 };
        out[`a9|${b}`] = { n: 200, tp: 50, fp: 30, fn: 40 };
      }
      return out;
    });
    fc.assert(
      fc.property(anchored, fc.integer({ min: 2, max: 12 }), (cells, k) => {
        const { shown } = audit(cells, k);
        expect(shown.privacy!.unprotected).toEqual([]);
        const system = publishedSystem(shown);
        const masked = new Set(system.ids.filter((id) => system.values.get(id)!.n === null));
        for (const count of COUNTS) expect([...eliminate(system, count).keys()].filter((id) => masked.has(id))).toEqual([]);
        expect(linearlyDetermined(system)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  /**
   * Whether an exact integer search over every table consistent with the report finds at least two values for each
   * masked n (not for a primary group at k = 2: its marker says n = 1 by design, nor for a group the report admits
   * to in privacy.unprotected); false when the table is too large to enumerate.
   */
  function isEveryMaskedCountOpen(cells: Record<string, CellSpec>, k: number): boolean {
    const { shown } = audit(cells, k);
    const feasible = feasibleRowCounts(shown, k, 200_000);
    if (!feasible) return false;
    expect(closedMaskedCounts(shown, k, feasible)).toEqual([]);
    return true;
  }
  const smallTables = () => [tableArbitrary(3, 3, 10), fc.integer({ min: 2, max: 6 })] as const;

  it('an exact integer search over every table consistent with the report finds at least two values for each masked n', () => {
    let searched = 0;
    fc.assert(
      fc.property(...smallTables(), (cells, k) => {
        if (isEveryMaskedCountOpen(cells, k)) searched++;
      }),
      { numRuns: 120 },
    );
    expect(searched).toBeGreaterThan(80);
  });

  it('regression, seed 196822037: a secondary group of 2 rows was pinned at k = 2 (2 + p − q, p and q primary)', () => {
    // fast-check replays the counterexample first (then one more shrink candidate); the table is pinned down here so
    // that a change in fast-check's generation fails this test instead of silently checking another table
    const runs: [Record<string, CellSpec>, number][] = [];
    fc.assert(
      fc.property(...smallTables(), (cells, k) => {
        runs.push([cells, k]);
        expect(isEveryMaskedCountOpen(cells, k)).toBe(true);
      }),
      { seed: 196822037, path: '63:4:0:2:1:0:0:4:2:1:4:0:2:3:1:5' },
    );
    expect(runs[0]).toEqual([SEED_196822037.cells, SEED_196822037.k]);
  });
});
