import type { CalibrationBinSums } from '../../../src/stats/calibration-null.js';
import { spiegelhalterTerms } from '../../../src/stats/calibration-tests.js';

export { seededUniform } from '../../helpers/seeded-uniform.js';

/** Beta(a, b) for whole a, b: X/(X + Y) with X ~ Gamma(a), Y ~ Gamma(b), each a sum of exponentials. */
export function betaSampler(uniform: () => number, a: number, b: number): () => number {
  const gamma = (k: number) => {
    let s = 0;
    for (let i = 0; i < k; i++) s -= Math.log(1 - uniform());
    return s;
  };
  return () => {
    const x = gamma(a);
    return x / (x + gamma(b));
  };
}

/**
 * The one-sided margin for a rejection rate estimated from `runs` seeded runs:
 * α + 3·√(α(1 − α)/runs). A test with true size α exceeds it with probability
 * about 0.13 % (normal approximation to the binomial count of rejections).
 */
export function sizeMargin(alpha: number, runs: number): number {
  return alpha + 3 * Math.sqrt((alpha * (1 - alpha)) / runs);
}

/** The calibration tests' fold written out for the simulations: 10 equal-width bins, as fairgate's default. */
export const BINS = 10;
export const binOf = (s: number) => Math.min(BINS - 1, Math.floor(s * BINS));

/** The bins' sums and Spiegelhalter's sums of scored, labelled rows (the tally's fold, written out). */
export function tally(scores: readonly number[], labels: readonly number[]) {
  const bins: CalibrationBinSums[] = Array.from({ length: BINS }, () => ({ rows: 0, sumScore: 0, sumScoreSquared: 0, sumLabel: 0 }));
  const sp = { sumResidualTimesSlope: 0, sumNullVariance: 0 };
  scores.forEach((s, i) => {
    const b = bins[binOf(s)]!;
    b.rows++;
    b.sumScore += s;
    b.sumScoreSquared += s * s;
    b.sumLabel += labels[i]!;
    const t = spiegelhalterTerms(s, labels[i]!);
    sp.sumResidualTimesSlope += t.sumResidualTimesSlope;
    sp.sumNullVariance += t.sumNullVariance;
  });
  return { bins, sp };
}
