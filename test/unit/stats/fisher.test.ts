import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fisherExactTwoSided } from '../../../src/stats/fisher.js';

/** C(n, k) as a BigInt. */
function choose(n: number, k: number): bigint {
  let r = 1n;
  for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i);
  return r;
}

/**
 * Exact oracle in rational arithmetic: P(x) ∝ C(K, x)·C(N − K, R − x); the p-value sums the tables
 * whose probability is at most the observed one (exact comparison, no tolerance needed).
 */
function exactFisher(a: number, b: number, c: number, d: number): number {
  const rows = a + b;
  const col = a + c;
  const n = a + b + c + d;
  const weight = (x: number) => choose(col, x) * choose(n - col, rows - x);
  const observed = weight(a);
  let total = 0n;
  let extreme = 0n;
  for (let x = Math.max(0, rows + col - n); x <= Math.min(rows, col); x++) {
    const w = weight(x);
    total += w;
    if (w <= observed) extreme += w;
  }
  // 15 significant digits of the exact quotient.
  const scale = 10n ** 18n;
  return Number((extreme * scale) / total) / 1e18;
}

describe('Fisher exact test, two-sided', () => {
  it("Fisher's lady tasting tea [[3, 1], [1, 3]]: p = 34/70 = 0.4857142857", () => {
    expect(fisherExactTwoSided(3, 1, 1, 3)).toBeCloseTo(0.4857142857142857, 12);
  });

  it('scipy.stats.fisher_exact([[4, 14], [3, 1]]) = 0.07655502392344499', () => {
    expect(fisherExactTwoSided(4, 14, 3, 1)).toBeCloseTo(0.07655502392344499, 14);
  });

  it.each([
    [2, 15, 10, 3],
    [25, 975, 3, 97],
    [1, 240, 9, 150],
    [120, 30, 80, 70],
  ])('[[%i, %i], [%i, %i]] equals the exact rational computation to 1e-12', (a, b, c, d) => {
    expect(Math.abs(fisherExactTwoSided(a, b, c, d) - exactFisher(a, b, c, d))).toBeLessThan(1e-12);
  });

  it('keeps tiny p-values with relative precision', () => {
    const p = fisherExactTwoSided(0, 400, 60, 340);
    const exact = exactFisher(0, 400, 60, 340); // below 1e-18: the oracle's fixed point reads 0
    expect(exact).toBe(0);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-18);
  });

  it('is a probability, is 1 for identical rows, and does not depend on which sample comes first', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), fc.nat(40), fc.nat(40), (a, b, c, d) => {
        const p = fisherExactTwoSided(a, b, c, d);
        expect(p > 0 && p <= 1).toBe(true);
        expect(p).toBeCloseTo(fisherExactTwoSided(c, d, a, b), 12);
        expect(Math.abs(p - exactFisher(a, b, c, d))).toBeLessThan(1e-12);
      }),
      { numRuns: 200 },
    );
    expect(fisherExactTwoSided(5, 5, 5, 5)).toBe(1);
  });
});
