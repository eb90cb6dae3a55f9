import { describe, expect, it } from 'vitest';
import { hosmerLemeshow, spiegelhalterZ } from '../../../src/stats/calibration-tests.js';
import { betaSampler, seededUniform, sizeMargin, tally } from './simulation.js';

describe('size and power of the calibration tests (seeded simulation, α = 0.05)', () => {
  const alpha = 0.05;
  const runs = 2000;
  const margin = sizeMargin(alpha, runs);
  for (const [dist, a, b] of [['uniform', 1, 1], ['Beta(2, 5)', 2, 5]] as const) {
    it.each([30, 50, 100, 300, 1000])(`${dist} scores, n = %i: Hosmer–Lemeshow and Spiegelhalter reject calibrated data at most α + 3 SE of ${runs} runs`, (n) => {
      const u = seededUniform(1000 * n + a);
      const score = betaSampler(u, a, b);
      let hl = 0;
      let sp = 0;
      for (let r = 0; r < runs; r++) {
        const scores = Array.from({ length: n }, score);
        const t = tally(scores, scores.map((s) => (u() < s ? 1 : 0)));
        if (hosmerLemeshow(t.bins)!.pValue < alpha) hl++;
        if (spiegelhalterZ(t.sp)!.pValue < alpha) sp++;
      }
      expect(hl / runs).toBeLessThanOrEqual(margin);
      expect(sp / runs).toBeLessThanOrEqual(margin);
    });
  }

  it('why HL needs the moment-matched reference: the textbook χ²_G p-value rejects calibrated groups of 30 uniform scores too often', () => {
    const u = seededUniform(30001);
    let textbook = 0;
    for (let r = 0; r < runs; r++) {
      const scores = Array.from({ length: 30 }, () => u());
      if (hosmerLemeshow(tally(scores, scores.map((s) => (u() < s ? 1 : 0))).bins)!.pValueChiSquare < alpha) textbook++;
    }
    expect(textbook / runs).toBeGreaterThan(margin);
  });

  it('both tests catch slope-0.7 miscalibration at n = 1,000 in most runs', () => {
    const u = seededUniform(77);
    let hl = 0;
    let sp = 0;
    for (let r = 0; r < 200; r++) {
      const scores = Array.from({ length: 1000 }, () => u());
      const t = tally(scores, scores.map((s) => (u() < 0.5 + 0.7 * (s - 0.5) ? 1 : 0)));
      if (hosmerLemeshow(t.bins)!.pValue < alpha) hl++;
      if (spiegelhalterZ(t.sp)!.pValue < alpha) sp++;
    }
    expect(hl / 200).toBeGreaterThan(0.8);
    expect(sp / 200).toBeGreaterThan(0.8);
  });
});
