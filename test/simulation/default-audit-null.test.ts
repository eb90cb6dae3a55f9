import { describe, expect, it } from 'vitest';
import { ALPHA, DEFAULT_RULES, GROUP_COUNTS, SIZES, agrees, hitRate, isFail, margin } from './fail-rates.js';

/**
 * The README's guarantee ("What a verdict guarantees"): with no disparity at
 * all, the default audit (the quick start's disparity rules, the default
 * requirement, the highest-rate reference) fails a run at most α of the time.
 * 100 seeded runs per cell: a cell may reach α + 3·√(α(1 − α)/100) = 0.115
 * by chance, the pooled 1,500 runs α + 3·√(α(1 − α)/1500) = 0.067 (each
 * passed by a true rate of α with probability 99.87 %).
 */
const RUNS = 100;

/** The rates measured with these seeds, as the README states them (rows: groups; columns: SIZES). */
const MEASURED: Record<number, readonly number[]> = {
  2: [0.05, 0.02, 0.05, 0.03, 0],
  5: [0.01, 0.02, 0.06, 0.05, 0.03],
  20: [0, 0.02, 0.02, 0.01, 0.04],
};

describe('the default audit under the global null', () => {
  const rates: number[] = [];
  for (const groups of GROUP_COUNTS) {
    it(`${groups} groups of ${SIZES.join(', ')} rows: a failed run in at most α of the runs`, async () => {
      const row: number[] = [];
      for (const n of SIZES) row.push(await hitRate(DEFAULT_RULES, { groups, n, runs: RUNS, seedBase: 1 }, isFail));
      rates.push(...row);
      for (const rate of row) expect(rate).toBeLessThanOrEqual(ALPHA + margin(ALPHA, RUNS));
      row.forEach((rate, i) => expect(agrees(rate, MEASURED[groups]![i]!, RUNS), `${SIZES[i]} rows: ${rate} vs ${MEASURED[groups]![i]}`).toBe(true));
    });
  }
  it('pooled over every cell: at most α', () => {
    expect(rates).toHaveLength(GROUP_COUNTS.length * SIZES.length);
    const pooled = rates.reduce((a, b) => a + b, 0) / rates.length;
    expect(pooled).toBeLessThanOrEqual(ALPHA + margin(ALPHA, RUNS * rates.length));
  });
});
