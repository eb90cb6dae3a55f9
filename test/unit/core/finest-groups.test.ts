import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createColumnarFold, type ColumnarAttribute } from '../../../src/core/columnar-fold.js';
import { exactValue } from '../../../src/core/exact-sum.js';
import { keyOfCells } from '../../../src/core/group-key.js';
import { addObservation, emptyTally, type Observation } from '../../../src/core/tally.js';
import type { GroupTally } from '../../../src/core/types.js';
import type { MissingMode } from '../../../src/model/config.js';
import { aucCells } from '../../helpers/auc.js';

/**
 * The fold counts each row once, in the finest group of its columns (an
 * attribute that has them all, or a tuple table of its own), and sums every
 * attribute's counts from those groups (finest-groups.ts). Against an
 * independent recount — `addObservation` row by row into each attribute's
 * groups — every group, every total, the population and the rows left out of
 * an attribute under `--missing drop` agree, whichever attributes are audited.
 */
type Row = [a: string, b: string, c: string, o: Observation];
const COLUMNS = ['a', 'b', 'c'];
const ATTRIBUTES: ColumnarAttribute[] = [
  { spec: { name: 'a', columns: ['a'] }, columns: [0] },
  { spec: { name: 'b', columns: ['b'] }, columns: [1] },
  { spec: { name: 'c', columns: ['c'] }, columns: [2] },
  { spec: { name: 'a+b', columns: ['a', 'b'] }, columns: [0, 1] },
  { spec: { name: 'a+b+c', columns: ['a', 'b', 'c'] }, columns: [0, 1, 2] },
];

function fold(attributes: ColumnarAttribute[], rows: readonly Row[], missing: MissingMode) {
  const f = createColumnarFold({ capabilities: { hasDecision: true, hasLabel: true, hasScore: true, hasRank: false }, bins: 10, missing, attributes, columnCount: 3 });
  const ids = new Int32Array(3);
  for (const [a, b, c, o] of rows) {
    [a, b, c].forEach((v, i) => (ids[i] = f.valueId(i, v)));
    f.add(ids, o);
  }
  return f.finish();
}

/** The counts, exact sums (as values), bins and AUC cells of a tally. */
function comparable(t: GroupTally): unknown {
  const sums = Object.fromEntries(Object.entries(t.exact).map(([k, v]) => [k, k === 'binScores' || k === 'binSquares' ? (v as number[][]).map(exactValue) : exactValue(v as number[])]));
  return { n: t.n, selected: t.selected, positives: t.positives, tp: t.tp, bins: Array.from(t.bins), binSquares: Array.from(t.binSquares), sums, auc: aucCells(t.auc) };
}

/** Each attribute's groups recounted from the rows with `addObservation`: key → tally, and the rows left out. */
function recount(attribute: ColumnarAttribute, rows: readonly Row[], missing: MissingMode) {
  const groups = new Map<string, GroupTally>();
  let excluded = 0;
  for (const [a, b, c, o] of rows) {
    const values = attribute.columns.map((i) => [a, b, c][i]!);
    if (missing === 'drop' && values.includes('')) {
      excluded += 1;
      continue;
    }
    const { key } = keyOfCells(values);
    if (!groups.has(key)) groups.set(key, emptyTally(10));
    addObservation(groups.get(key)!, o);
  }
  return { groups, excluded };
}

const score = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }).map((k) => k / 1e6), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.5));
const observation = fc.record({
  decision: fc.constantFrom(0 as const, 1 as const, null),
  label: fc.constantFrom(0 as const, 1 as const, null),
  score: fc.option(score, { nil: null }),
});
const value = fc.constantFrom('', 'x', 'y', 'z');
const rows = fc.array(fc.tuple(value, value, value, observation), { maxLength: 150 });
const audited = fc.subarray(ATTRIBUTES, { minLength: 1 });

describe('counts summed from the finest groups', () => {
  for (const missing of ['group', 'drop'] as const) {
    it(`equal a recount row by row with addObservation (--missing ${missing})`, () => {
      fc.assert(
        fc.property(audited, rows, (attributes, data) => {
          const table = fold(attributes, data, missing);
          const population = emptyTally(10);
          for (const [, , , o] of data) addObservation(population, o);
          expect(comparable(table.overall)).toEqual(comparable(population));
          attributes.forEach((attribute, i) => {
            const got = table.attributes[i]!;
            const want = recount(attribute, data, missing);
            expect(got.rowsExcluded).toBe(want.excluded);
            expect([...got.groups.keys()].sort()).toEqual([...want.groups.keys()].sort());
            for (const [key, tally] of want.groups) expect(comparable(got.groups.get(key)!.tally), `${attribute.spec.name} ${key}`).toEqual(comparable(tally));
          });
        }),
      );
    });
  }
});
