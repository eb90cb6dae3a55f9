import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erfc, normalCdf, twoSidedNormalP } from '../../../src/stats/normal.js';
import { criticalValue, normalQuantile } from '../../../src/stats/normal-quantile.js';

/** Φ(x) − ½ by composite Simpson on the density: an oracle independent of Cody's rational functions. */
function simpsonCdf(x: number, intervals = 4000): number {
  const h = x / intervals;
  const phi = (t: number) => Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);
  let sum = phi(0) + phi(x);
  for (let i = 1; i < intervals; i++) sum += (i % 2 === 1 ? 4 : 2) * phi(i * h);
  return 0.5 + (sum * h) / 3;
}

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('Φ (Cody erfc)', () => {
  it.each([-3, -1.5, -0.3, 0, 0.2, 0.46875, 1, 1.959963984540054, 2.5, 3.5, 5])('Φ(%d) agrees with Simpson integration of the density to 1e-12', (x) => {
    expect(Math.abs(normalCdf(x) - simpsonCdf(x))).toBeLessThan(1e-12);
  });

  // Published reference values (Abramowitz & Stegun 7.1 / R's pnorm, 16 digits).
  it.each([
    [-1, 0.15865525393145705],
    [-5, 2.866515718791939e-7],
    [-10, 7.619853024160527e-24],
    [-20, 2.7536241186062336e-89],
  ])('far tails keep relative accuracy: Φ(%d) = %d', (x, expected) => {
    expect(relative(normalCdf(x), expected)).toBeLessThan(1e-12);
  });

  it.each([
    [0.5, 0.4795001221869535],
    [1, 0.15729920705028513],
    [2, 0.004677734981047266],
    [3, 2.209049699858544e-5],
    [-1, 1.8427007929497148],
  ])('erfc(%d) = %d', (x, expected) => {
    expect(relative(erfc(x), expected)).toBeLessThan(1e-14);
  });

  it('two-sided p of |z| = 1.96 is 0.05 and is symmetric', () => {
    expect(twoSidedNormalP(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedNormalP(-2.5)).toBe(twoSidedNormalP(2.5));
    expect(twoSidedNormalP(0)).toBe(1);
  });
});

describe('Φ⁻¹ (AS 241)', () => {
  it('gives the familiar critical values', () => {
    expect(criticalValue(0.95)).toBeCloseTo(1.959963984540054, 14);
    expect(criticalValue(0.9)).toBeCloseTo(1.6448536269514729, 14);
    expect(criticalValue(0.99)).toBeCloseTo(2.5758293035489004, 14);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
    expect(normalQuantile(0.5)).toBe(0);
    expect([normalQuantile(0), normalQuantile(1)]).toEqual([-Infinity, Infinity]);
    expect(Number.isNaN(normalQuantile(1.5))).toBe(true);
  });

  it('inverts Φ to 1e-12 relative over (1e-300, 1 − 1e-12)', () => {
    fc.assert(
      fc.property(fc.double({ min: -300, max: -1e-12, noNaN: true }), (e) => {
        const p = 10 ** e;
        expect(relative(normalCdf(normalQuantile(p)), p)).toBeLessThan(1e-12);
      }),
    );
  });

  it('is increasing and antisymmetric', () => {
    // Above 1e-6 so that 1 − p is exact enough in floating point for the comparison to test Φ⁻¹ and not rounding.
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 0.5, noNaN: true }), fc.double({ min: 1e-6, max: 0.5, noNaN: true }), (p, q) => {
        if (p < q) expect(normalQuantile(p)).toBeLessThanOrEqual(normalQuantile(q));
        expect(Math.abs(normalQuantile(1 - p) + normalQuantile(p))).toBeLessThan(1e-10);
      }),
    );
  });
});
