import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Z_95 } from '../../../src/metrics/intervals.js';
import { wilsonInterval } from '../../../src/stats/wilson.js';

// R. G. Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven
// methods", Statistics in Medicine 17 (1998) 857–872, Table I, method 3 (score, no continuity
// correction), printed to 4 decimals: we match to half a unit of the last printed digit.
const NEWCOMBE_TABLE_I: [number, number, number, number][] = [
  [81, 263, 0.2553, 0.3662],
  [15, 148, 0.0624, 0.1605],
  [0, 20, 0, 0.1611],
  [1, 29, 0.0061, 0.1718],
];

/** The score interval solved from its definition |p̂ − π| = z·√(π(1−π)/n), a quadratic in π. */
function wilsonByQuadratic(x: number, n: number, z: number): [number, number] {
  const p = x / n;
  const a = 1 + (z * z) / n;
  const b = -(2 * p + (z * z) / n);
  const c = p * p;
  const root = Math.sqrt(b * b - 4 * a * c);
  return [(-b - root) / (2 * a), (-b + root) / (2 * a)];
}

describe('Wilson score interval', () => {
  it.each(NEWCOMBE_TABLE_I)('%i/%i → %d to %d (Newcombe 1998, Table I)', (x, n, low, high) => {
    const [l, h] = wilsonInterval(x, n, Z_95)!;
    expect(Math.abs(l - low)).toBeLessThanOrEqual(5e-5);
    expect(Math.abs(h - high)).toBeLessThanOrEqual(5e-5);
  });

  it('equals the roots of the score equation to 1e-12', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const x = Math.round(share * n);
        const [l, h] = wilsonInterval(x, n, Z_95)!;
        const [ql, qh] = wilsonByQuadratic(x, n, Z_95);
        expect(Math.abs(l - Math.max(0, ql))).toBeLessThan(1e-12);
        expect(Math.abs(h - Math.min(1, qh))).toBeLessThan(1e-12);
      }),
    );
  });

  it('contains the estimate, stays in [0, 1], is exactly 0 at x = 0 and 1 at x = n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const x = Math.round(share * n);
        const [l, h] = wilsonInterval(x, n, Z_95)!;
        expect(0 <= l && l <= x / n && x / n <= h && h <= 1).toBe(true);
        if (x === 0) expect(l).toBe(0);
        if (x === n) expect(h).toBe(1);
      }),
    );
  });

  it('is undefined without trials', () => {
    expect(wilsonInterval(0, 0, Z_95)).toBeNull();
  });
});
