import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFold } from '../../../src/core/accumulate.js';
import { mergeDependencies, type ColumnDependency } from '../../../src/core/column-dependencies.js';
import { mergeTallyTables } from '../../../src/core/merge-tables.js';
import type { TallyTable } from '../../../src/core/types.js';

const COLUMNS = ['county', 'state', 'sex'];

function fold(rows: readonly (readonly string[])[]): TallyTable {
  const f = createFold({
    capabilities: { hasDecision: true, hasLabel: false, hasScore: false, hasRank: false },
    bins: 10,
    missing: 'group',
    attributes: [
      { spec: { name: 'county', columns: ['county'] }, indices: [0] },
      { spec: { name: 'state+sex', columns: ['state', 'sex'] }, indices: [1, 2] },
    ],
  });
  for (const r of rows) f.add(r, { decision: 1, label: null, score: null });
  return f.finish();
}

const byPair = (deps: readonly ColumnDependency[] | undefined) => new Map((deps ?? []).map((d) => [`${d.from}→${d.to}`, d.values]));

/** The oracle: from the set of (from, to) value pairs seen, which pairs no non-empty value of `from` breaks, and each value's partner. */
function oracle(rows: readonly (readonly string[])[]): Map<string, Map<string, string | null>> {
  const out = new Map<string, Map<string, string | null>>();
  COLUMNS.forEach((from, i) =>
    COLUMNS.forEach((to, j) => {
      if (i === j) return;
      const partners = new Map<string, Set<string>>();
      for (const r of rows) partners.set(r[i]!.trim(), (partners.get(r[i]!.trim()) ?? new Set()).add(r[j]!.trim()));
      if ([...partners].some(([x, ys]) => x !== '' && ys.size > 1)) return;
      out.set(`${from}→${to}`, new Map([...partners].map(([x, ys]) => [x, ys.size === 1 ? [...ys][0]! : null])));
    }),
  );
  return out;
}

describe('column dependencies found by the fold', () => {
  it('a county nests in its state; a state does not nest in a county; an empty county with two states leaves the pair open', () => {
    const table = fold([
      ['Kent', 'DE', 'F'],
      ['Kent', 'DE', 'M'],
      ['Sussex', 'DE', 'F'],
      ['Kings', 'NY', 'F'],
      ['', 'NY', 'M'],
      ['', 'DE', 'F'],
    ]);
    const found = byPair(table.dependencies);
    expect([...found.keys()]).toEqual(['county→state']);
    expect(found.get('county→state')).toEqual(new Map([['Kent', 'DE'], ['Sussex', 'DE'], ['Kings', 'NY'], ['', null]]));
  });

  const value = fc.constantFrom('', 'a', 'b', 'c', ' a');
  const rowsArbitrary = fc.array(fc.tuple(value, value, value), { maxLength: 30 });
  // rows where sex is a function of county, so the pair survives more often
  const nestedRows = fc.array(fc.tuple(fc.constantFrom('', 'x', 'y', 'z'), value), { maxLength: 30 }).map((rs) => rs.map(([c, s]) => [c, s, c === 'x' ? 'F' : c === 'y' ? 'M' : c === 'z' ? 'F' : 'M']));

  it('equal the oracle on the set of value pairs seen (fast-check)', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(rowsArbitrary, nestedRows), (rows) => {
        expect(byPair(fold(rows).dependencies)).toEqual(oracle(rows));
      }),
      { numRuns: 500 },
    );
  });

  it('merge: the dependencies of two parts merged equal those of one pass over both, in either order (fast-check)', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(rowsArbitrary, nestedRows), fc.nat(), (rows, cut) => {
        const at = rows.length === 0 ? 0 : cut % (rows.length + 1);
        const [a, b] = [fold(rows.slice(0, at)), fold(rows.slice(at))];
        const whole = byPair(fold(rows).dependencies);
        expect(byPair(mergeTallyTables(a, b).dependencies)).toEqual(whole);
        expect(byPair(mergeDependencies(b.dependencies, a.dependencies))).toEqual(whole);
      }),
      { numRuns: 500 },
    );
  });

  it('are unknown after a merge with statistics that do not carry them (a warehouse result)', () => {
    const a = fold([['Kent', 'DE', 'F']]);
    const { dependencies: _, ...b } = fold([['Kings', 'NY', 'M']]);
    expect(mergeTallyTables(a, b).dependencies).toBeUndefined();
  });
});
