import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Z_95 } from '../../../src/metrics/intervals.js';
import { newcombeInterval } from '../../../src/stats/newcombe.js';

// R. G. Newcombe, "Interval estimation for the difference between independent proportions:
// comparison of eleven methods", Statistics in Medicine 17 (1998) 873–890, Table II, method 10
// (hybrid score, no continuity correction), examples (a)–(h), printed to 4 decimals.
const TABLE_II: [string, number, number, number, number, number, number][] = [
  ['a', 56, 70, 48, 80, 0.0524, 0.3339],
  ['b', 9, 10, 3, 10, 0.1705, 0.809],
  ['c', 6, 7, 2, 7, 0.0582, 0.8062],
  ['d', 5, 56, 0, 29, -0.0381, 0.1926],
  ['e', 0, 10, 0, 20, -0.1611, 0.2775],
  ['f', 0, 10, 0, 10, -0.2775, 0.2775],
  ['g', 10, 10, 0, 20, 0.6791, 1],
  ['h', 10, 10, 0, 10, 0.6075, 1],
];

/** Method 10 written out from the paper with Wilson limits from the closed form, independently of src. */
function byHand(x1: number, n1: number, x2: number, n2: number, z: number): [number, number] {
  const wilson = (x: number, n: number) => {
    const p = x / n;
    const centre = 2 * n * p + z * z;
    const spread = z * Math.sqrt(z * z + 4 * n * p * (1 - p));
    return [(centre - spread) / (2 * (n + z * z)), (centre + spread) / (2 * (n + z * z))] as const;
  };
  const [l1, u1] = wilson(x1, n1);
  const [l2, u2] = wilson(x2, n2);
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  return [p1 - p2 - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), p1 - p2 + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)];
}

describe('Newcombe hybrid score interval for p₁ − p₂', () => {
  it.each(TABLE_II)('(%s) %i/%i − %i/%i → %d to %d (Newcombe 1998, Table II)', (_label, x1, n1, x2, n2, low, high) => {
    const [l, h] = newcombeInterval(x1, n1, x2, n2, Z_95)!;
    expect(Math.abs(l - low)).toBeLessThanOrEqual(5e-5);
    expect(Math.abs(h - high)).toBeLessThanOrEqual(5e-5);
  });

  it('equals the formula of the paper written out by hand, to 1e-12', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n1, n2, s1, s2) => {
        const x1 = Math.round(s1 * n1);
        const x2 = Math.round(s2 * n2);
        const [l, h] = newcombeInterval(x1, n1, x2, n2, Z_95)!;
        const [hl, hh] = byHand(x1, n1, x2, n2, Z_95);
        expect(Math.abs(l - Math.max(-1, hl))).toBeLessThan(1e-12);
        expect(Math.abs(h - Math.min(1, hh))).toBeLessThan(1e-12);
      }),
    );
  });

  it('contains the difference, lies in [−1, 1], and flips sign when the samples swap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n1, n2, s1, s2) => {
        const x1 = Math.round(s1 * n1);
        const x2 = Math.round(s2 * n2);
        const d = x1 / n1 - x2 / n2;
        const [l, h] = newcombeInterval(x1, n1, x2, n2, Z_95)!;
        expect(-1 <= l && l <= d && d <= h && h <= 1).toBe(true);
        const [sl, sh] = newcombeInterval(x2, n2, x1, n1, Z_95)!;
        expect(sl).toBeCloseTo(-h, 12);
        expect(sh).toBeCloseTo(-l, 12);
      }),
    );
  });

  it('is undefined when a sample is empty', () => {
    expect(newcombeInterval(0, 0, 3, 10, Z_95)).toBeNull();
  });
});
