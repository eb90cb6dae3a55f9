import { describe, expect, it } from 'vitest';
import { ALPHA, GROUP_COUNTS, QUICK_START, SIZES, agrees, hitRate, isFail, isMiscalibrationCaught, margin } from './fail-rates.js';

/**
 * The README's guarantee on the whole quick start ("What a verdict
 * guarantees"): no disparity and perfectly calibrated scores in every group,
 * the quick start's three rules (disparate_impact>=0.8,
 * abs(equal_opportunity_difference)<=0.1, ece<=0.05) with the default
 * requirement: a run fails at most α of the time, though ECE of calibrated
 * groups of 30–100 rows lies above 0.05 in most runs. 60 seeded runs per cell
 * (a cell may reach α + 3·√(α(1 − α)/60) = 0.134 by chance, the pooled 900
 * runs 0.072).
 */
const RUNS = 60;

describe('the quick start under the global null, scores calibrated', () => {
  const rates: number[] = [];
  for (const groups of GROUP_COUNTS) {
    it(`${groups} groups of ${SIZES.join(', ')} rows: a failed run in at most α of the runs`, async () => {
      for (const n of SIZES) {
        const rate = await hitRate(QUICK_START, { groups, n, slope: 1, runs: RUNS, seedBase: 11 }, isFail);
        rates.push(rate);
        expect(rate, `${groups} groups of ${n} rows`).toBeLessThanOrEqual(ALPHA + margin(ALPHA, RUNS));
      }
    });
  }
  it('pooled over every cell: at most α', () => {
    expect(rates).toHaveLength(GROUP_COUNTS.length * SIZES.length);
    const pooled = rates.reduce((a, b) => a + b, 0) / rates.length;
    expect(pooled).toBeLessThanOrEqual(ALPHA + margin(ALPHA, RUNS * rates.length));
  });
});

/**
 * Power of ece<=0.05 (default requirement: ECE above 0.05 and the group's test
 * significant after Holm among the run's tests) against the first of 5
 * groups miscalibrated with slope s: its true ECE is 0.052 at s = 0.7 — just
 * over the bound, so rarely shown — and 0.097 at s = 0.5. As measured with
 * these seeds and stated in the README (columns: SIZES).
 */
const STATED: Record<string, readonly number[]> = {
  '0.7': [0, 0, 0, 0, 0.35],
  '0.5': [0, 0, 0, 0.03, 1],
};

describe('the quick start catches a miscalibrated group at the stated rates', () => {
  for (const [slope, stated] of Object.entries(STATED)) {
    it(`slope ${slope}, 5 groups of ${SIZES.join(', ')} rows`, async () => {
      for (const [i, n] of SIZES.entries()) {
        const rate = await hitRate(QUICK_START, { groups: 5, n, slope: Number(slope), runs: RUNS, seedBase: 13 }, isMiscalibrationCaught);
        expect(agrees(rate, stated[i]!, RUNS), `${n} rows: ${rate} vs ${stated[i]}`).toBe(true);
      }
    });
  }
});
