import { describe, expect, it } from 'vitest';
import { debiasedEce, eceFromBins, expectedEceUnderCalibration, nullAbsoluteDeviation } from '../../../src/stats/calibration-null.js';
import { hosmerLemeshow, spiegelhalterZ } from '../../../src/stats/calibration-tests.js';
import { binomialMeanAbsoluteDeviation, poissonBinomialMeanAbsoluteDeviation, poissonBinomialPmf } from '../../../src/stats/poisson-binomial.js';
import { countsOf, expectClose, loadFixture } from './fixture-loader.js';
import { BINS, betaSampler, seededUniform, tally } from './simulation.js';

describe('the binomial and Poisson-binomial building blocks', () => {
  it("De Moivre's closed form equals the brute-force sum over the binomial pmf", () => {
    for (const [n, p] of [[1, 0.5], [7, 0.13], [40, 0.5], [300, 0.031], [1000, 0.77]] as const) {
      const pmf = poissonBinomialPmf(new Map([[p, n]]));
      let brute = 0;
      pmf.forEach((q, k) => (brute += q * Math.abs(k - n * p)));
      expect(Math.abs(binomialMeanAbsoluteDeviation(n, p) - brute)).toBeLessThan(1e-10 * Math.max(1, brute));
    }
  });

  it('the Poisson-binomial pmf sums to 1 with mean Σp and variance Σp(1 − p)', () => {
    const scores = countsOf([[0.02, 3], [0.4, 5], [0.93, 2]]);
    const pmf = poissonBinomialPmf(scores);
    let total = 0;
    let mean = 0;
    let second = 0;
    pmf.forEach((q, k) => ((total += q), (mean += q * k), (second += q * k * k)));
    expect(total).toBeCloseTo(1, 14);
    expect(mean).toBeCloseTo(0.06 + 2 + 1.86, 13);
    expect(second - mean * mean).toBeCloseTo(3 * 0.02 * 0.98 + 5 * 0.4 * 0.6 + 2 * 0.93 * 0.07, 13);
  });

  it('E|O − E| from the sums is within 1 % of the exact Poisson-binomial value, bins of width 0.1 with 1–2,000 rows', () => {
    const u = seededUniform(11);
    let worst = 0;
    for (let b = 0; b < BINS; b++) {
      for (const n of [1, 2, 3, 5, 10, 30, 100, 500, 2000]) {
        const scores = Array.from({ length: n }, () => (b + u()) / BINS);
        const exact = poissonBinomialMeanAbsoluteDeviation(countsOf(scores.map((s) => [s, 1])));
        const approx = nullAbsoluteDeviation({ rows: n, sumScore: scores.reduce((x, y) => x + y, 0), sumScoreSquared: scores.reduce((x, y) => x + y * y, 0), sumLabel: 0 });
        worst = Math.max(worst, Math.abs(approx - exact) / exact);
      }
    }
    expect(worst).toBeLessThan(0.01);
  });
});

describe('ECE under perfect calibration (seeded simulation)', () => {
  it.each([30, 100, 1000])('n = %i: the mean ECE of 3,000 label draws equals E₀[ECE] within 3 standard errors + the 1 percent approximation', (n) => {
    const u = seededUniform(n);
    const beta = betaSampler(u, 2, 5);
    const scores = Array.from({ length: n }, beta);
    const runs = 3000;
    const eces: number[] = [];
    for (let r = 0; r < runs; r++) eces.push(eceFromBins(tally(scores, scores.map((s) => (u() < s ? 1 : 0))).bins)!);
    const mean = eces.reduce((a, b) => a + b, 0) / runs;
    const se = Math.sqrt(eces.reduce((a, b) => a + (b - mean) ** 2, 0) / (runs - 1) / runs);
    const expected = expectedEceUnderCalibration(tally(scores, scores.map(() => 0)).bins)!;
    expect(Math.abs(mean - expected)).toBeLessThan(3 * se + 0.01 * expected);
  });

  it('the debiased ECE removes most of the bias on calibrated data and tracks the true gap on miscalibrated data', () => {
    const u = seededUniform(5);
    const n = 2000;
    const scores = Array.from({ length: n }, () => u());
    // calibrated: naive ECE ≈ E₀[ECE], debiased far smaller
    let naive = 0;
    let debiased = 0;
    for (let r = 0; r < 500; r++) {
      const { bins } = tally(scores, scores.map((s) => (u() < s ? 1 : 0)));
      naive += eceFromBins(bins)! / 500;
      debiased += debiasedEce(bins)! / 500;
    }
    // per bin E√max(0, Z² − 1) ≈ 0.36 against E|Z| ≈ 0.80 for a normal Z: the square root keeps about 45 % of the noise
    expect(debiased).toBeLessThan(0.5 * naive);
    // miscalibrated: true probability p = ½ + 0.7(s − ½) (slope 0.7); the true ECE is Σ_b|Σp − Σs|/n
    for (const [size, tolerance] of [[2000, 0.1], [300, 0.15]] as const) {
      const xs = scores.slice(0, size);
      const truth = xs.map((s) => 0.5 + 0.7 * (s - 0.5));
      const trueEce = eceFromBins(tally(xs, truth).bins)!;
      let debiasedMiss = 0;
      let naiveMiss = 0;
      for (let r = 0; r < 500; r++) {
        const { bins } = tally(xs, truth.map((p) => (u() < p ? 1 : 0)));
        debiasedMiss += debiasedEce(bins)! / 500;
        naiveMiss += eceFromBins(bins)! / 500;
      }
      expect(Math.abs(debiasedMiss - trueEce)).toBeLessThan(tolerance * trueEce);
      if (size === 300) expect(Math.abs(debiasedMiss - trueEce)).toBeLessThan(Math.abs(naiveMiss - trueEce));
    }
  });
});

interface CalibrationCase {
  name: string;
  rows: [number, number][];
  ece: number;
  expectedEce: number;
  debiasedEce: number;
  hosmerLemeshow: { statistic: number; df: number; pChiSquare: number; p: number };
  spiegelhalter: { z: number; p: number };
}

describe.each(loadFixture<CalibrationCase[]>('calibration'))('calibration recomputed from raw rows by numpy/scipy: $name', (c) => {
  const { bins, sp } = tally(
    c.rows.map(([s]) => s),
    c.rows.map(([, y]) => y),
  );
  it('ECE and the debiased ECE to 1e-12, E₀[ECE] within 1 % of the exact Poisson-binomial value', () => {
    expectClose(eceFromBins(bins)!, c.ece, 1e-12, 1e-15, 'ece');
    expectClose(debiasedEce(bins)!, c.debiasedEce, 1e-12, 1e-15, 'debiased');
    expectClose(expectedEceUnderCalibration(bins)!, c.expectedEce, 0.01, 0, 'expected ECE');
  });
  it('Hosmer–Lemeshow statistic, df and both p-values; Spiegelhalter z and p to 1e-9', () => {
    const hl = hosmerLemeshow(bins)!;
    expect(hl.df).toBe(c.hosmerLemeshow.df);
    expectClose(hl.statistic, c.hosmerLemeshow.statistic, 1e-12, 0, 'H');
    expectClose(hl.pValueChiSquare, c.hosmerLemeshow.pChiSquare, 1e-9, 1e-15, 'p (χ²)');
    expectClose(hl.pValue, c.hosmerLemeshow.p, 1e-9, 1e-15, 'p (matched)');
    const z = spiegelhalterZ(sp)!;
    expectClose(z.z, c.spiegelhalter.z, 1e-12, 1e-14, 'z');
    expectClose(z.pValue, c.spiegelhalter.p, 1e-9, 1e-15, 'p');
  });
});
