import { describe, expect, it } from 'vitest';
import { calibrationBinSums } from '../../src/metrics/calibration-test.js';
import { eceInterval } from '../../src/stats/ece-interval.js';
import { addToBootstrap, bootstrapInterval, eceReplicates, emptyBootstrapTally } from '../../src/stats/bootstrap.js';
import { expectedCalibrationError } from '../../src/metrics/calibration.js';
import { poissonOne } from '../../src/stats/poisson-weights.js';
import { binOf } from '../../src/core/calibration-bins.js';
import { BINS, drawGroup, seededUniform, tallyOf, trueEce, type Sample } from './calibration-sample.js';

const CONFIDENCE = 0.95;
const RUNS = 1000;

/** Share of runs whose interval holds the group's true ECE (its scores against their true probabilities). */
function coverage(seed: number, draw: (u: () => number) => Sample): number {
  const u = seededUniform(seed);
  let covered = 0;
  for (let r = 0; r < RUNS; r++) {
    const s = draw(u);
    const [lo, hi] = eceInterval(calibrationBinSums(tallyOf(s)), CONFIDENCE)!;
    const truth = trueEce(s);
    if (lo <= truth && truth <= hi) covered++;
  }
  return covered;
}

/**
 * The ECE interval (Bonferroni-combined Clopper–Pearson intervals of the
 * bins) must cover the true ECE at the stated level at every group size.
 * 1,000 seeded runs per case; the interval is conservative, so its coverage
 * is asserted at or above 95 % outright (a method of true coverage 95 % would
 * pass with probability ½; ours sits near 99 %, 6 SE above).
 */
describe('coverage of the 95 % ECE interval (seeded simulation, p ~ U(0, 1))', () => {
  it.each([30, 100, 300, 1000])('n = %i: calibrated scores (true ECE 0), a constant gap of 0.1, and slope-0.7 scores', (n) => {
    const cases = [coverage(7100 + n, (u) => drawGroup(u, n)), coverage(7200 + n, (u) => drawGroup(u, n, 1, 0.1)), coverage(7300 + n, (u) => drawGroup(u, n, 0.7))];
    console.log(`coverage of the ECE interval, n = ${n}: ${cases.map((c) => c / RUNS).join(', ')}`);
    for (const covered of cases) expect(covered / RUNS).toBeGreaterThanOrEqual(CONFIDENCE);
  });
});

/** The previous interval: bias-corrected percentile of a Poisson bootstrap of ECE (200 replicates). */
function bootstrapEceInterval(s: Sample, u: () => number): [number, number] | null {
  const replicates = 200;
  const boot = emptyBootstrapTally(replicates, BINS);
  const weights = new Uint8Array(replicates);
  s.scores.forEach((score, i) => {
    for (let r = 0; r < replicates; r++) weights[r] = poissonOne(Math.floor(u() * 2 ** 32));
    addToBootstrap(boot, weights, score, s.labels[i]!, binOf(score, BINS));
  });
  return bootstrapInterval(eceReplicates(boot), expectedCalibrationError(tallyOf(s))!, CONFIDENCE);
}

describe('why the bootstrap interval of ECE was replaced (seeded simulation)', () => {
  it('near a true ECE of 0 it cannot cover: every replicate ECE is positive, so the interval never holds 0, at any size', () => {
    const u = seededUniform(8100);
    for (const n of [30, 100, 300, 1000]) {
      for (let r = 0; r < 20; r++) expect(bootstrapEceInterval(drawGroup(u, n), u)![0]).toBeGreaterThan(0);
    }
  });
  it('at a small true ECE (slope 0.9 scores, n = 300) it covers far less often than 95 %, while the Clopper–Pearson interval covers', () => {
    const u = seededUniform(8200);
    let boot = 0;
    let exact = 0;
    const runs = 200;
    for (let r = 0; r < runs; r++) {
      const s = drawGroup(u, 300, 0.9);
      const truth = trueEce(s);
      const [lo, hi] = bootstrapEceInterval(s, u)!;
      if (lo <= truth && truth <= hi) boot++;
      const [a, b] = eceInterval(calibrationBinSums(tallyOf(s)), CONFIDENCE)!;
      if (a <= truth && truth <= b) exact++;
    }
    console.log(`coverage at slope 0.9, n = 300: bootstrap ${boot / runs}, Clopper–Pearson ${exact / runs}`);
    // 200 runs: 3 SE of a 95 % coverage is 0.046, so a bootstrap below 0.8 is not a fluke of the seed
    expect(boot / runs).toBeLessThan(0.8);
    expect(exact / runs).toBeGreaterThanOrEqual(CONFIDENCE);
  });
});
