import { describe, expect, it } from 'vitest';
import { compareProportions } from '../../../src/stats/proportion-test.js';
import { twoProportionZTest } from '../../../src/stats/two-proportion-z.js';

/** Pearson's χ² of a 2×2 table from its expected counts, written independently of the z test. */
function pearsonChiSquare(x1: number, n1: number, x2: number, n2: number): number {
  const cells = [x1, n1 - x1, x2, n2 - x2];
  const n = n1 + n2;
  const cols = [x1 + x2, n - x1 - x2];
  const rows = [n1, n2];
  let chi = 0;
  cells.forEach((o, i) => {
    const e = (rows[Math.floor(i / 2)]! * cols[i % 2]!) / n;
    chi += (o - e) ** 2 / e;
  });
  return chi;
}

describe('pooled two-proportion z test', () => {
  it('30/100 vs 40/100 by hand: p̄ = 0.35, z = −0.1/√(0.35·0.65·0.02) = −1.4825, p = 0.1382 (R prop.test, correct = FALSE)', () => {
    const { z, pValue } = twoProportionZTest(30, 100, 40, 100)!;
    expect(z).toBeCloseTo(-0.1 / Math.sqrt(0.35 * 0.65 * 0.02), 12);
    expect(z).toBeCloseTo(-1.4825, 4);
    expect(pValue).toBeCloseTo(0.1382, 4);
  });

  it.each([
    [30, 100, 40, 100],
    [512, 3696, 301, 2454],
    [7, 40, 19, 45],
  ])('z² equals Pearson χ² without continuity correction (%i/%i vs %i/%i)', (x1, n1, x2, n2) => {
    const { z } = twoProportionZTest(x1, n1, x2, n2)!;
    expect(z * z).toBeCloseTo(pearsonChiSquare(x1, n1, x2, n2), 9);
  });

  it('equal proportions at 0 or 1 have p = 1; an empty sample has no test', () => {
    expect(twoProportionZTest(0, 10, 0, 20)).toEqual({ z: 0, pValue: 1 });
    expect(twoProportionZTest(10, 10, 20, 20)).toEqual({ z: 0, pValue: 1 });
    expect(twoProportionZTest(1, 0, 2, 3)).toBeNull();
  });
});

describe('choosing the test by Cochran’s rule', () => {
  it('Fisher when an expected count is below 5, with the smallest expected count reported', () => {
    // 1/6 vs 50/100: selected 51 of 106; smallest expected count = 6·51/106 = 2.887
    const t = compareProportions(1, 6, 50, 100)!;
    expect(t.test).toBe('fisher');
    expect(t.minExpected).toBeCloseTo((6 * 51) / 106, 12);
  });

  it('the z test from an expected count of exactly 5', () => {
    // n₁ = 10, successes 25 of 50: expected = 10·25/50 = 5
    const t = compareProportions(2, 10, 23, 40)!;
    expect(t.minExpected).toBe(5);
    expect(t.test).toBe('z');
    expect(t.pValue).toBe(twoProportionZTest(2, 10, 23, 40)!.pValue);
  });

  it('no test for an empty sample', () => {
    expect(compareProportions(0, 0, 5, 10)).toBeNull();
  });
});
