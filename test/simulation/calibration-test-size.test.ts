import { describe, expect, it } from 'vitest';
import { calibrationTest } from '../../src/metrics/calibration-test.js';
import { expectedCalibrationError } from '../../src/metrics/calibration.js';
import { METRIC_EXPLANATIONS } from '../../src/render/explain/metric-explanations.js';
import { drawGroup, seededUniform, tallyOf, threeSe } from './calibration-sample.js';

const SIZES = [30, 50, 100, 300, 1000];
const ALPHA = 0.05;
const RUNS = 2000;

/**
 * The calibration rules are judged by each group's Hosmer–Lemeshow test: a
 * perfectly calibrated group must fail at most at rate α at every size.
 * 2,000 seeded runs per size; the bound is α + 3 SE (3·√(α(1 − α)/2000) =
 * 0.0146): a test of true size α exceeds it in about 0.13 % of seeds.
 */
describe("a group's test of perfect calibration (seeded simulation, α = 0.05, p ~ U(0, 1))", () => {
    it.each(SIZES)('n = %i: rejects a perfectly calibrated group at most at rate α + 3 SE', (n) => {
    const u = seededUniform(4100 + n);
    let rejected = 0;
    for (let r = 0; r < RUNS; r++) if (calibrationTest(tallyOf(drawGroup(u, n)))!.pValue < ALPHA) rejected++;
    expect(rejected / RUNS).toBeLessThanOrEqual(ALPHA + threeSe(ALPHA, RUNS));
  });

  // The measured power (seeds fixed), which the README quotes: at slope 0.7 (score = sigmoid(0.7·logit p), scores
  // pulled towards ½) and at slope 1/0.7 (over-confident scores). Under-confident scores have a larger variance under
  // the null than the true one, so in small groups the test rejects them even less often than calibrated ones:
  // with 10 bins, a gap of 0.05–0.1 is lost in the noise of bins of a few rows. Each figure is checked to ±0.005.
  const MEASURED: Record<string, Record<number, number>> = {
    '0.7': { 30: 0.016, 50: 0.0165, 100: 0.0115, 300: 0.106, 1000: 0.8695 },
    '1.4286': { 30: 0.202, 50: 0.27, 100: 0.345, 300: 0.6715, 1000: 0.9935 },
  };
  for (const slope of [0.7, 1 / 0.7]) {
    it.each(SIZES)(`n = %i: power against slope-${slope.toFixed(4)} miscalibration`, (n) => {
      const u = seededUniform((slope < 1 ? 5200 : 5300) + n);
      let rejected = 0;
      for (let r = 0; r < RUNS; r++) if (calibrationTest(tallyOf(drawGroup(u, n, slope)))!.pValue < ALPHA) rejected++;
      console.log(`power of the calibration test at slope ${slope.toFixed(4)}, n = ${n}: ${rejected / RUNS}`);
      expect(Math.abs(rejected / RUNS - MEASURED[slope.toFixed(4).replace(/0+$/, '')]![n]!)).toBeLessThanOrEqual(0.005);
    });
  }
});

/**
 * Why ECE alone misleads in small groups: on perfectly calibrated data the
 * ECE is an absolute value of noise, so it exceeds a usual threshold of 0.05
 * most of the time at n = 100. `fairgate explain ece` quotes these two
 * figures; 2,000 runs give them to about ±0.01 (3 SE).
 */
describe('ECE of perfectly calibrated groups (seeded simulation, p ~ U(0, 1), 10 bins)', () => {
  it.each([
    [100, 0.99],
    [300, 0.70],
  ])('n = %i: P(ECE > 0.05) is %f, as explain ece says', (n, stated) => {
    const u = seededUniform(6300 + n);
    let above = 0;
    for (let r = 0; r < RUNS; r++) if (expectedCalibrationError(tallyOf(drawGroup(u, n)))! > 0.05) above++;
    console.log(`P(ECE > 0.05 | calibrated), n = ${n}: ${above / RUNS}`);
    expect(METRIC_EXPLANATIONS.ece.meaning).toContain(`${Math.round(stated * 100)} % of groups of ${n}`);
    expect(Math.abs(above / RUNS - stated)).toBeLessThanOrEqual(0.015);
  });
});
