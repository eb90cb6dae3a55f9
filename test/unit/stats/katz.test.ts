import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Z_95 } from '../../../src/metrics/intervals.js';
import { katzInterval } from '../../../src/stats/katz.js';

describe('Katz log interval for a ratio of proportions', () => {
  it('matches R epitools::riskratio (Wald) for 16/128 vs 24/256: 0.7347317 to 2.419628', () => {
    const [l, h] = katzInterval(16, 128, 24, 256, Z_95)!;
    expect(l).toBeCloseTo(0.7347317, 6);
    expect(h).toBeCloseTo(2.419628, 5);
  });

  it('matches the scipy.stats.contingency.relative_risk documentation for 10/75 vs 12/225', () => {
    const [l, h] = katzInterval(10, 75, 12, 225, Z_95)!;
    expect(l).toBeCloseTo(1.1261564003469628, 9);
    expect(h).toBeCloseTo(5.549850800541033, 9);
  });

  it('equals exp(ln r ± z·√(1/x₁ − 1/n₁ + 1/x₂ − 1/n₂)) worked by hand for 30/100 vs 40/100', () => {
    // ln(0.75) = −0.2876821; se = √(1/30 − 1/100 + 1/40 − 1/100) = √0.0383333 = 0.1957890
    const se = Math.sqrt(1 / 30 - 1 / 100 + 1 / 40 - 1 / 100);
    expect(se).toBeCloseTo(0.195789, 6);
    const [l, h] = katzInterval(30, 100, 40, 100, Z_95)!;
    expect(l).toBeCloseTo(Math.exp(Math.log(0.75) - Z_95 * se), 12);
    expect(h).toBeCloseTo(Math.exp(Math.log(0.75) + Z_95 * se), 12);
    expect(l).toBeCloseTo(0.5110, 4);
    expect(h).toBeCloseTo(1.1008, 4);
  });

  it('zero cells: x₁ = 0 gives lower limit 0 and an upper limit from the 0.5-corrected table', () => {
    const [l, h] = katzInterval(0, 10, 5, 20, Z_95)!;
    const se = Math.sqrt(1 / 0.5 - 1 / 11 + 1 / 5.5 - 1 / 21);
    expect(l).toBe(0);
    expect(h).toBeCloseTo(Math.exp(Math.log(0.5 / 11 / (5.5 / 21)) + Z_95 * se), 12);
  });

  it('zero cells: everyone selected in a group keeps the interval around the reported ratio, with the corrected standard error', () => {
    const [l, h] = katzInterval(20, 20, 10, 40, Z_95)!;
    const se = Math.sqrt(1 / 20.5 - 1 / 21 + 1 / 10.5 - 1 / 41);
    expect(l).toBeCloseTo(4 * Math.exp(-Z_95 * se), 12);
    expect(h).toBeCloseTo(4 * Math.exp(Z_95 * se), 12);
  });

  it('is undefined when the reference rate is 0 (the ratio itself is undefined) or a sample is empty', () => {
    expect(katzInterval(5, 15, 0, 20, Z_95)).toBeNull();
    expect(katzInterval(0, 0, 3, 10, Z_95)).toBeNull();
  });

  it('contains the ratio, lower ≤ upper, and inverts when the samples swap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 3000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n1, n2, s1, s2) => {
        const x1 = Math.round(s1 * n1);
        const x2 = Math.max(1, Math.round(s2 * n2));
        const ratio = x1 / n1 / (x2 / n2);
        const [l, h] = katzInterval(x1, n1, x2, n2, Z_95)!;
        expect(0 <= l && l <= ratio * (1 + 1e-12) && ratio <= h * (1 + 1e-12)).toBe(true);
        if (x1 > 0) {
          const [sl, sh] = katzInterval(x2, n2, x1, n1, Z_95)!;
          expect(sl).toBeCloseTo(1 / h, 9);
          expect(sh).toBeCloseTo(1 / l, 9);
        }
      }),
    );
  });
});
