import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aucEntries } from '../../../src/core/auc-histogram.js';
import { mergeTallyTables } from '../../../src/core/merge-tables.js';
import { tableNumbers } from '../../helpers/tables.js';
import { tallyRows, testConfig, type TestRow } from '../../helpers/rows.js';

/**
 * The run-wide budget of the exact maps: one pass, any split into shards
 * merged, and any row order give the same limit, the same maps on their
 * grids and the same counts. Groups of 26,000, 13,000 and 3,000 distinct
 * scores (pairs: a score and its label), a budget that keeps the middle one
 * exact past the 10,000 floor and sends the largest to the grid.
 */
const SIZES: Record<string, number> = { A: 26_000, B: 13_000, C: 3_000 };

function rowsOf(seed: number): TestRow[] {
  let x = seed;
  const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const rows: TestRow[] = [];
  for (const [g, size] of Object.entries(SIZES)) {
    for (let i = 0; i < size; i++) {
      const score = Math.round(next() * 1e7) / 1e7;
      rows.push({ cells: { g, h: i % 3 === 0 ? 'x' : 'y' }, decision: next() < score ? 1 : 0, label: next() < score ? 1 : 0, score });
    }
  }
  // interleave the groups
  return rows.map((r, i) => [r, (i * 7919) % rows.length] as const).sort((a, b) => a[1] - b[1]).map(([r]) => r);
}

const config = testConfig({ groups: ['g', 'h', 'g+h'], exactMemoryMB: 4 });
const rows = rowsOf(5);
const whole = tallyRows(rows, config);

describe('the exact maps under a budget', () => {
  it('keep a group past 10,000 pairs exact and send a larger one to the grid, as the rule says', () => {
    const limit = whole.exactLimit!;
    expect(limit).toBeGreaterThan(13_000);
    expect(limit).toBeLessThan(26_000);
    const groups = whole.attributes[0]!.groups;
    expect(groups.get('A')!.tally.auc.step).toBe(1e-4);
    expect(groups.get('B')!.tally.auc.step).toBeNull();
    expect(aucEntries(groups.get('B')!.tally.auc)).toBeGreaterThan(10_000);
    expect(groups.get('C')!.tally.auc.step).toBeNull();
  });

  it('one pass = the merge of any two shards = the merge in the other order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: rows.length }), (cut) => {
        const left = tallyRows(rows.slice(0, cut), config);
        const right = tallyRows(rows.slice(cut), config);
        expect(tableNumbers(mergeTallyTables(left, right))).toEqual(tableNumbers(whole));
        expect(tableNumbers(mergeTallyTables(right, left))).toEqual(tableNumbers(whole));
      }),
      { numRuns: 4 },
    );
  });

  it('three shards merged in sequence, and the rows reversed, give the one-pass table', () => {
    const third = Math.floor(rows.length / 3);
    const parts = [rows.slice(0, third), rows.slice(third, 2 * third), rows.slice(2 * third)].map((p) => tallyRows(p, config));
    expect(tableNumbers(mergeTallyTables(mergeTallyTables(parts[0]!, parts[1]!), parts[2]!))).toEqual(tableNumbers(whole));
    expect(tableNumbers(tallyRows([...rows].reverse(), config))).toEqual(tableNumbers(whole));
  });
});
