import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeTallies } from '../../../src/core/tally.js';
import type { GroupTally, TallyTable } from '../../../src/core/types.js';
import { aucCells } from '../../helpers/auc.js';
import { tallyRows, testConfig, type TestRow } from '../../helpers/rows.js';

const config = testConfig({ groups: ['g', 'h', 'g+h'] });

// Arbitrary probabilities: sums of these round differently in different orders.
const rowArb: fc.Arbitrary<TestRow> = fc.record({
  cells: fc.record({ g: fc.constantFrom('A', 'B', ' A ', ''), h: fc.constantFrom('x', 'y|z') }),
  decision: fc.constantFrom(0 as const, 1 as const),
  label: fc.constantFrom(0 as const, 1 as const),
  score: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0.1, 0.2, 0.3, 1)),
});

/** Every number of a tally, bit for bit (Object.is), except the exact partials' representation. */
function numbersOf(t: GroupTally): unknown {
  return { ...t, exact: undefined, bins: [...t.bins], auc: aucCells(t.auc) };
}

function tablesOf(t: TallyTable): unknown {
  return {
    overall: numbersOf(t.overall),
    attributes: t.attributes.map((a) => ({
      total: numbersOf(a.total),
      groups: [...a.groups.values()].map((g) => [g.key, numbersOf(g.tally)]).sort(),
    })),
  };
}

function merge(a: TallyTable, b: TallyTable): TallyTable {
  return {
    ...a,
    overall: mergeTallies(a.overall, b.overall),
    attributes: a.attributes.map((attr, i) => {
      const groups = new Map(attr.groups);
      for (const [key, entry] of b.attributes[i]!.groups) {
        const mine = groups.get(key);
        groups.set(key, mine ? { ...mine, tally: mergeTallies(mine.tally, entry.tally) } : entry);
      }
      return { ...attr, groups, total: mergeTallies(attr.total, b.attributes[i]!.total) };
    }),
  };
}

describe('exact merging', () => {
  it('the merge of any two shards equals one pass, bit for bit, float sums included', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 150 }), fc.nat(), (rows, cut) => {
        const at = cut % (rows.length + 1);
        const whole = tallyRows(rows, config);
        const shards = merge(tallyRows(rows.slice(at), config), tallyRows(rows.slice(0, at), config));
        expect(tablesOf(shards)).toEqual(tablesOf(whole));
      }),
    );
  });

  it('a reversed row order gives identical sums', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 150 }), (rows) => {
        expect(tablesOf(tallyRows([...rows].reverse(), config))).toEqual(tablesOf(tallyRows(rows, config)));
      }),
    );
  });
});
