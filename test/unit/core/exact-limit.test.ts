import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExactBudget } from '../../../src/core/exact-budget.js';
import { EXACT_FLOOR, exactLimit, type LimitMember } from '../../../src/core/exact-limit.js';

/** The rule by its definition: the largest L with Σ bytes·min(d, L) ≤ budget, searched upwards, not below the floor. */
function bruteLimit(members: readonly LimitMember[], budget: number): number {
  const f = (L: number) => members.reduce((s, m) => s + m.bytes * Math.min(m.entries, L), 0);
  const finite = members.filter((m) => m.entries !== Infinity).map((m) => m.entries);
  const top = Math.max(0, ...finite);
  if (members.every((m) => m.entries !== Infinity) && f(top) <= budget) return Infinity;
  let L = 0;
  while (f(L + 1) <= budget) L += 1;
  return Math.max(EXACT_FLOOR, L);
}

const member = fc.record({
  entries: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 40_000 }) }, { weight: 1, arbitrary: fc.constant(Infinity) }),
  bytes: fc.constantFrom(24, 32),
});

describe('the exact-map limit L*', () => {
  it('is the largest L with Σ bytes·min(d, L) ≤ budget (maps on a grid as d = ∞), never below 10,000', () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 6 }), fc.integer({ min: 0, max: 4_000_000 }), (members, budget) => {
        expect(exactLimit(members, budget)).toBe(bruteLimit(members, budget));
      }),
      { numRuns: 150 },
    );
  });

  it('worked example: three maps of 5,000, 20,000 and 60,000 values at 24 bytes in 1 MiB', () => {
    // f(20,000) = 24·(5,000 + 20,000 + 20,000) = 1,080,000 > 1,048,576: L* in [5,000, 20,000), (1,048,576 − 120,000)/48 = 19,345.3
    expect(exactLimit([5_000, 20_000, 60_000].map((entries) => ({ entries, bytes: 24 })), 2 ** 20)).toBe(19_345);
    // everything fits: no limit
    expect(exactLimit([5_000, 20_000].map((entries) => ({ entries, bytes: 24 })), 2 ** 20)).toBe(Infinity);
    // no budget: the floor
    expect(exactLimit([{ entries: 60_000, bytes: 24 }], 0)).toBe(EXACT_FLOOR);
  });
});

describe('the budget kept while rows arrive', () => {
  // Maps that gain entries (one at a time, or several when a map takes in another) in any interleaving.
  const events = fc.array(fc.record({ map: fc.integer({ min: 0, max: 4 }), grow: fc.integer({ min: 1, max: 9_000 }) }), { maxLength: 30 });

  it('ends at the rule of the final sizes, and never sends to the grid a map that the final rule keeps exact', () => {
    fc.assert(
      fc.property(events, fc.integer({ min: 0, max: 3_000_000 }), (steps, bytes) => {
        const budget = createExactBudget(bytes);
        const size = [0, 0, 0, 0, 0];
        const cost = [32, 24, 24, 32, 24];
        const gridded = [false, false, false, false, false];
        const limits: number[] = [];
        for (const { map, grow } of steps) {
          const from = size[map]!;
          size[map] = from + grow;
          if (!gridded[map] && !budget.grow(from, size[map]!, cost[map]!)) gridded[map] = true;
          limits.push(budget.limit);
        }
        const final = exactLimit(size.map((entries, i) => ({ entries, bytes: cost[i]! })), bytes);
        expect(budget.limit).toBe(final);
        // the limit only falls, and a map left for its grid only when it is above the final limit
        for (let i = 1; i < limits.length; i++) expect(limits[i]!).toBeLessThanOrEqual(limits[i - 1]!);
        size.forEach((d, i) => {
          if (gridded[i]) expect(d).toBeGreaterThan(final);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a map sent to its grid by another map counts as at the limit', () => {
    const budget = createExactBudget(24 * 30_000);
    expect(budget.grow(0, 12_000, 24)).toBe(true);
    expect(budget.grow(0, 15_000, 24)).toBe(true);
    budget.toGrid(15_000, 24);
    // f(L) = 24·(min(12,000, L) + L) ≤ 720,000 → L = 18,000
    expect(budget.limit).toBe(18_000);
    expect(exactLimit([{ entries: 12_000, bytes: 24 }, { entries: Infinity, bytes: 24 }], 24 * 30_000)).toBe(18_000);
  });
});
