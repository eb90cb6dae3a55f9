import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUC_EXACT_LIMIT } from '../../../src/core/auc-histogram.js';
import { createColumnarFold, type ColumnarAttribute } from '../../../src/core/columnar-fold.js';
import { exactValue } from '../../../src/core/exact-sum.js';
import type { Observation } from '../../../src/core/tally.js';
import type { GroupTally, TallyTable } from '../../../src/core/types.js';
import { aucCells } from '../../helpers/auc.js';

/**
 * Under `--missing group` a one-column attribute that is a column of an
 * intersection is summed from the intersection's groups at the end
 * (`rollupSource` in columnar-fold.ts). Its tallies must be those of the
 * row-by-row fold, which a fold without the intersection gives.
 */
type Row = [a: string, b: string, o: Observation];

const A: ColumnarAttribute = { spec: { name: 'a', columns: ['a'] }, columns: [0] };
const B: ColumnarAttribute = { spec: { name: 'b', columns: ['b'] }, columns: [1] };
const AB: ColumnarAttribute = { spec: { name: 'a+b', columns: ['a', 'b'] }, columns: [0, 1] };

/** `exactBytes` 0: every map past the floor of 10,000 entries goes to its grid. */
function fold(attributes: ColumnarAttribute[], rows: readonly Row[], exactBytes?: number): TallyTable {
  const f = createColumnarFold({
    capabilities: { hasDecision: true, hasLabel: true, hasScore: true, hasRank: false },
    bins: 10,
    missing: 'group',
    attributes,
    columnCount: 2,
    ...(exactBytes !== undefined ? { exactBytes } : {}),
  });
  const ids = new Int32Array(2);
  for (const [a, b, o] of rows) {
    ids[0] = f.valueId(0, a);
    ids[1] = f.valueId(1, b);
    f.add(ids, o);
  }
  return f.finish();
}

/** A tally with its partials as the exact values they stand for (values that are not limbs keep partials in another order) and its AUC as sorted cells. */
function comparable(t: GroupTally): unknown {
  const { exact, auc, bins, ...rest } = t;
  const values = Object.fromEntries(Object.entries(exact).map(([k, v]) => [k, k === 'binScores' || k === 'binSquares' ? (v as number[][]).map(exactValue) : exactValue(v as number[])]));
  return { ...rest, bins: Array.from(bins), values, auc: aucCells(auc) };
}

function groupsOf(table: TallyTable, name: string): unknown {
  const attribute = table.attributes.find((x) => x.spec.name === name)!;
  return { groups: [...attribute.groups].map(([key, g]) => [key, g.values, comparable(g.tally)]), total: comparable(attribute.total), excluded: attribute.rowsExcluded };
}

function expectRolledUpAsFolded(rows: readonly Row[], exactBytes?: number): void {
  const rolled = fold([A, B, AB], rows, exactBytes);
  const direct = fold([A, B], rows, exactBytes);
  expect(groupsOf(rolled, 'a')).toEqual(groupsOf(direct, 'a'));
  expect(groupsOf(rolled, 'b')).toEqual(groupsOf(direct, 'b'));
  expect(comparable(rolled.overall)).toEqual(comparable(direct.overall));
}

const score = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map((k) => k / 1e6),
  fc.double({ min: 0, max: 1, noNaN: true }), // most are not limbs (Shewchuk partials)
  fc.constantFrom(0, 1, 0.5, 1e-10, 3e-12),
);
const observation = fc.record({
  decision: fc.constantFrom(0 as const, 1 as const, null),
  label: fc.constantFrom(0 as const, 1 as const, null),
  score: fc.option(score, { nil: null }),
});

describe('one-column attributes summed from an intersection', () => {
  it('give the tallies of the row-by-row fold (counts, exact sums, bins, AUC)', () => {
    const value = fc.constantFrom('', 'x', 'y', 'z');
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value, observation), { maxLength: 200 }), (rows) => {
        expectRolledUpAsFolded(rows);
      }),
    );
  });

  it('keep the very partials of the row-by-row fold when every value is in limbs (so aggregates are the same bytes)', () => {
    const value = fc.constantFrom('x', 'y', '');
    const sixDecimals = fc.record({
      decision: fc.constantFrom(0 as const, 1 as const),
      label: fc.constantFrom(0 as const, 1 as const),
      score: fc.integer({ min: 0, max: 1_000_000 }).map((k) => k / 1e6),
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value, sixDecimals), { maxLength: 100 }), (rows) => {
        const exactOf = (t: TallyTable) => [...t.attributes[0]!.groups.values()].map((g) => g.tally.exact);
        expect(exactOf(fold([A, B, AB], rows))).toEqual(exactOf(fold([A, B], rows)));
      }),
    );
  });

  it('with no budget beyond the floor, move to the AUC grid when the intersection groups stay exact but their sum passes it', () => {
    const rows: Row[] = [];
    const per = (AUC_EXACT_LIMIT * 3) / 4;
    for (let i = 0; i < per; i++) {
      rows.push(['x', 'p', { decision: 1, label: (i % 2) as 0 | 1, score: i / (2 * per) }]);
      rows.push(['x', 'q', { decision: 0, label: (i % 3 === 0 ? 1 : 0) as 0 | 1, score: 0.5 + i / (2 * per) }]);
    }
    const rolled = fold([A, B, AB], rows, 0);
    const x = rolled.attributes[0]!.groups.get('x')!.tally;
    expect(x.auc.step).toBe(1e-4);
    expect(rolled.attributes[2]!.groups.get('x|p')!.tally.auc.step).toBeNull();
    expectRolledUpAsFolded(rows, 0);
    // with the default budget every map fits and stays exact
    expect(fold([A, B, AB], rows).attributes[0]!.groups.get('x')!.tally.auc.step).toBeNull();
  });
});
