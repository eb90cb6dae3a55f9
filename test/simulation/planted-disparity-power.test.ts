import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, SIZES, agrees, hitRate, isPlantedCaught } from './fail-rates.js';

/**
 * The power the README states ("What a verdict guarantees"): five groups of n
 * rows, the first targeted at `impact` × the others' rate (and so a TPR gap of
 * 0.5·(impact − 1)); a run catches it when that group's disparate_impact>=0.8
 * fails under the default requirement. 100 seeded runs per cell; a measured
 * rate agrees with the stated one within 3·√(p(1 − p)/100).
 */
const RUNS = 100;
const GROUPS = 5;

const STATED: Record<string, readonly number[]> = {
  '0.6': [0.13, 0.08, 0.33, 0.92, 1],
  '0.7': [0.06, 0.05, 0.13, 0.55, 0.99],
  '0.75': [0.05, 0.01, 0.07, 0.34, 0.96],
};

describe('the default audit catches planted disparities at the stated rates', () => {
  for (const [impact, stated] of Object.entries(STATED)) {
    it(`impact ${impact} in ${GROUPS} groups of ${SIZES.join(', ')} rows`, async () => {
      for (const [i, n] of SIZES.entries()) {
        const rate = await hitRate(DEFAULT_RULES, { groups: GROUPS, n, impact: Number(impact), runs: RUNS, seedBase: 7 }, isPlantedCaught);
        expect(agrees(rate, stated[i]!, RUNS), `${n} rows: ${rate} vs ${stated[i]}`).toBe(true);
      }
    });
  }
  it('power grows with the group size and the disparity: 1,000 rows catch 0.75 in nearly every run', () => {
    expect(STATED['0.75']![4]).toBeGreaterThanOrEqual(0.9);
    for (const row of Object.values(STATED)) expect(row[4]!).toBeGreaterThan(row[2]!);
  });
});
