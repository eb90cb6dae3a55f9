import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUC_EXACT_LIMIT } from '../../../src/core/auc-histogram.js';
import { absorbTally, mergeTallyTables } from '../../../src/core/merge-tables.js';
import { tableNumbers } from '../../helpers/tables.js';
import { tallyRows, testConfig, type TestRow } from '../../helpers/rows.js';

const config = testConfig({ groups: ['g', 'h', 'g+h'] });

// Arbitrary probabilities: sums of these round differently in different orders.
const rowArb: fc.Arbitrary<TestRow> = fc.record({
  cells: fc.record({ g: fc.constantFrom('A', 'B', ' A ', ''), h: fc.constantFrom('x', 'y|z') }),
  decision: fc.constantFrom(0 as const, 1 as const),
  label: fc.constantFrom(0 as const, 1 as const),
  score: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0.1, 0.2, 0.3, 1)),
});

describe('exact merging', () => {
  it('the merge of any two shards equals one pass, bit for bit, float sums included', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 150 }), fc.nat(), (rows, cut) => {
        const at = cut % (rows.length + 1);
        const whole = tallyRows(rows, config);
        const shards = mergeTallyTables(tallyRows(rows.slice(at), config), tallyRows(rows.slice(0, at), config));
        expect(tableNumbers(shards)).toEqual(tableNumbers(whole));
      }),
    );
  });

  it('merging in place (worker ranges) counts the population once, which is the first attribute’s total under --missing group', () => {
    // More distinct scores than AUC_EXACT_LIMIT: AUC grids, which absorbTally adds into in place.
    const rows: TestRow[] = Array.from({ length: 3 * AUC_EXACT_LIMIT }, (_, i) => ({
      cells: { g: i % 3 === 0 ? 'A' : 'B', h: i % 4 === 0 ? 'x' : 'y|z' },
      decision: (i % 2) as 0 | 1,
      label: (i % 5 === 0 ? 1 : 0) as 0 | 1,
      score: ((i * 7919) % 1_000_003) / 1_000_003,
    }));
    const at = 12_345;
    // no budget beyond the floor: the maps past 10,000 pairs are grids
    const floorOnly = testConfig({ groups: ['g', 'h', 'g+h'], exactMemoryMB: 0 });
    const merged = mergeTallyTables(tallyRows(rows.slice(0, at), floorOnly), tallyRows(rows.slice(at), floorOnly), absorbTally);
    expect(merged.overall.auc.step).toBe(1e-4);
    expect(tableNumbers(merged)).toEqual(tableNumbers(tallyRows(rows, floorOnly)));
  });

  it('a reversed row order gives identical sums', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 150 }), (rows) => {
        expect(tableNumbers(tallyRows([...rows].reverse(), config))).toEqual(tableNumbers(tallyRows(rows, config)));
      }),
    );
  });
});
