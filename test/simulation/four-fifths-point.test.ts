import { describe, expect, it } from 'vitest';
import { FOUR_FIFTHS, GROUP_COUNTS, SIZES, agrees, hitRate, isFail, isPlantedCaught } from './fail-rates.js';

/**
 * The four-fifths preset judges the estimated ratio, as the rule is written
 * (require: point), so it has no error-rate guarantee: with no disparity at
 * all, small groups fail it most of the time. The README states these rates
 * ("What a verdict guarantees"); each measured rate agrees with the stated one
 * within 3·√(p(1 − p)/100) over 100 seeded runs per cell.
 */
const RUNS = 100;

const NULL_RATES: Record<number, readonly number[]> = {
  2: [0.48, 0.34, 0.28, 0.09, 0],
  5: [0.98, 0.93, 0.76, 0.28, 0],
  20: [1, 1, 1, 0.95, 0.12],
};

const CAUGHT: Record<string, readonly number[]> = {
  '0.6': [0.95, 0.95, 0.97, 1, 1],
  '0.7': [0.87, 0.89, 0.91, 0.97, 0.99],
  '0.75': [0.84, 0.85, 0.83, 0.89, 0.96],
};

describe('the four-fifths preset under the global null (point estimates)', () => {
  for (const groups of GROUP_COUNTS) {
    it(`${groups} groups: false alarms at the stated rates`, async () => {
      for (const [i, n] of SIZES.entries()) {
        const rate = await hitRate(FOUR_FIFTHS, { groups, n, runs: RUNS, seedBase: 1 }, isFail);
        expect(agrees(rate, NULL_RATES[groups]![i]!, RUNS), `${n} rows: ${rate} vs ${NULL_RATES[groups]![i]}`).toBe(true);
      }
    });
  }
});

describe('the four-fifths preset with a planted disparity in one of 5 groups', () => {
  for (const [impact, stated] of Object.entries(CAUGHT)) {
    it(`impact ${impact}: caught at the stated rates`, async () => {
      for (const [i, n] of SIZES.entries()) {
        const rate = await hitRate(FOUR_FIFTHS, { groups: 5, n, impact: Number(impact), runs: RUNS, seedBase: 7 }, isPlantedCaught);
        expect(agrees(rate, stated[i]!, RUNS), `${n} rows: ${rate} vs ${stated[i]}`).toBe(true);
      }
    });
  }
});
