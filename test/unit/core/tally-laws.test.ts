import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUC_EXACT_LIMIT } from '../../../src/core/auc-histogram.js';
import { emptyTally, mergeTallies, sumTallies } from '../../../src/core/tally.js';
import type { GroupTally, TallyTable } from '../../../src/core/types.js';
import { aucCells } from '../../helpers/auc.js';
import { applyExactLimit } from '../../../src/core/apply-exact-limit.js';
import { auditRows, tallyRows, testConfig, type TestRow } from '../../helpers/rows.js';

const config = testConfig({ groups: ['g', 'h', 'g+h'] });

const rowArb: fc.Arbitrary<TestRow> = fc.record({
  cells: fc.record({ g: fc.constantFrom('A', 'B', 'C', ''), h: fc.constantFrom('x', 'y') }),
  decision: fc.constantFrom(0 as const, 1 as const),
  label: fc.constantFrom(0 as const, 1 as const),
  // few distinct scores, so AUC ties happen; 1 and 0 exercise the bin edges
  score: fc.constantFrom(0, 0.1, 0.25, 0.5, 0.73, 0.9, 1),
});

/** Counts must agree exactly; float sums up to rounding. */
function expectSameTally(a: GroupTally, b: GroupTally): void {
  expect([a.n, a.selected, a.positives, a.tp]).toEqual([b.n, b.selected, b.positives, b.tp]);
  expect(a.sumScore).toBeCloseTo(b.sumScore, 9);
  expect(a.sumSquaredError).toBeCloseTo(b.sumSquaredError, 9);
  a.bins.forEach((v, i) => expect(v).toBeCloseTo(b.bins[i]!, 9));
  // Σ score² per bin (the calibration test's null variance) merges like the other sums
  expect(a.binSquares.length).toBe(a.bins.length / 3);
  a.binSquares.forEach((v, i) => expect(v).toBeCloseTo(b.binSquares[i]!, 9));
  expect(aucCells(a.auc)).toEqual(aucCells(b.auc));
}

function expectSameTable(a: TallyTable, b: TallyTable): void {
  expectSameTally(a.overall, b.overall);
  a.attributes.forEach((attr, i) => {
    const other = b.attributes[i]!;
    expect([...attr.groups.keys()].sort()).toEqual([...other.groups.keys()].sort());
    for (const [key, entry] of attr.groups) expectSameTally(entry.tally, other.groups.get(key)!.tally);
  });
}

/** Tallies merged group by group, then the run-wide rule of the exact maps applied (as mergeTallyTables does). */
function mergeTables(a: TallyTable, b: TallyTable): TallyTable {
  const merged = structuredClone(a);
  merged.overall = mergeTallies(a.overall, b.overall);
  merged.attributes = a.attributes.map((attr, i) => {
    const groups = new Map(attr.groups);
    for (const [key, entry] of b.attributes[i]!.groups) {
      const mine = groups.get(key);
      groups.set(key, mine ? { ...mine, tally: mergeTallies(mine.tally, entry.tally) } : entry);
    }
    return { ...attr, groups };
  });
  return applyExactLimit(merged);
}

describe('tally laws', () => {
  it('merging the tallies of two halves equals one pass over all rows', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 120 }), fc.nat(), (rows, cut) => {
        const at = rows.length === 0 ? 0 : cut % (rows.length + 1);
        const whole = tallyRows(rows, config);
        const halves = mergeTables(tallyRows(rows.slice(0, at), config), tallyRows(rows.slice(at), config));
        expectSameTable(halves, whole);
      }),
    );
  });

  it('row order changes no metric', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 120 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))), ([rows, shuffled]) => {
        const a = auditRows(rows, config);
        const b = auditRows(shuffled, config);
        expect(b.findings.map((f) => [f.group, f.status])).toEqual(a.findings.map((f) => [f.group, f.status]));
        a.attributes.forEach((attr, i) =>
          attr.groups.forEach((g, j) => {
            const h = b.attributes[i]!.groups[j]!;
            expect(h.key).toBe(g.key);
            for (const [k, v] of Object.entries(g.metrics)) {
              const w = h.metrics[k as keyof typeof h.metrics];
              if (v === null) expect(w).toBeNull();
              else expect(w).toBeCloseTo(v, 12);
            }
          }),
        );
      }),
    );
  });

  it('merge is commutative and the empty tally is its identity', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), fc.array(rowArb, { maxLength: 60 }), (r1, r2) => {
        const a = tallyRows(r1, config).overall;
        const b = tallyRows(r2, config).overall;
        expectSameTally(mergeTallies(a, b), mergeTallies(b, a));
        expectSameTally(mergeTallies(emptyTally(10), a), a);
      }),
    );
  });

  it('the sum of many tallies is the fold of their merges, bit for bit (exact partials and histograms too)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(rowArb, { maxLength: 30 }), { maxLength: 8 }), (parts) => {
        const tallies = parts.map((rows) => tallyRows(rows, config).overall);
        expect(sumTallies(tallies, 10)).toEqual(tallies.reduce(mergeTallies, emptyTally(10)));
      }),
    );
  });

  it('with no budget beyond the floor, a group with more distinct scores than 10,000 ends on the grid the same way, one pass or merged', () => {
    const config = testConfig({ groups: ['g', 'h', 'g+h'], exactMemoryMB: 0 });
    // deterministic pseudo-random scores with 6 decimals, more distinct values than the limit
    let seed = 7;
    // mulberry32
    const next = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const rows: TestRow[] = Array.from({ length: AUC_EXACT_LIMIT + 5000 }, () => {
      const score = Math.round(next() * 1e6) / 1e6;
      return { cells: { g: 'A', h: 'x' }, decision: 1, label: next() < score ? 1 : 0, score };
    });
    const whole = tallyRows(rows, config);
    expect(whole.overall.auc.step).toBe(1e-4);
    for (const cut of [1, 7000, 12000]) {
      expectSameTable(mergeTables(tallyRows(rows.slice(0, cut), config), tallyRows(rows.slice(cut), config)), whole);
    }
  });
});
