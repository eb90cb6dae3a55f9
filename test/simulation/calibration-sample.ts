import { binOf } from '../../src/core/calibration-bins.js';
import { emptyTally } from '../../src/core/tally.js';
import type { GroupTally } from '../../src/core/types.js';
import { seededUniform } from '../helpers/seeded-uniform.js';

export { seededUniform };

export const BINS = 10;

/** A group's scores and true probabilities, with labels drawn from the true probabilities. */
export interface Sample {
  scores: number[];
  truth: number[];
  labels: number[];
}

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * n rows with true probability p ~ Uniform(0, 1), label ~ Bernoulli(p) and
 * score sigmoid(slope·logit(p)): perfectly calibrated for slope 1, scores
 * pulled towards ½ (under-confident) for slope < 1, as the brief's
 * "miscalibration slope 0.7". `shift`: labels drawn from min(1, p + shift)
 * instead (a gap the same in every bin).
 */
export function drawGroup(u: () => number, n: number, slope = 1, shift = 0): Sample {
  const truth = Array.from({ length: n }, () => Math.min(1, u() + shift));
  const scores = truth.map((p) => (slope === 1 ? Math.min(1, Math.max(0, p - shift)) : sigmoid(slope * logit(p))));
  return { scores, truth, labels: truth.map((p) => (u() < p ? 1 : 0)) };
}

/** The tally's calibration sums of a sample (the fold's arithmetic, written out: the fold itself is checked against one pass in test/unit/core). */
export function tallyOf(s: Sample): GroupTally {
  const t = emptyTally(BINS);
  s.scores.forEach((score, i) => {
    const b = binOf(score, BINS);
    t.bins[3 * b]! += 1;
    t.bins[3 * b + 1]! += score;
    t.bins[3 * b + 2]! += s.labels[i]!;
    t.binSquares[b]! += score * score;
  });
  t.n = s.scores.length;
  return t;
}

/** The ECE of the scores against their true probabilities: Σ_b |Σ (s − p)| / n over the bins (what the interval is for). */
export function trueEce(s: Sample): number {
  const gap = new Float64Array(BINS);
  s.scores.forEach((score, i) => (gap[binOf(score, BINS)]! += score - s.truth[i]!));
  return gap.reduce((a, g) => a + Math.abs(g), 0) / s.scores.length;
}

/**
 * The one-sided margin for a rate estimated from `runs` seeded runs: 3
 * standard errors, √(r(1 − r)/runs). A rate whose true value is `rate`
 * lands beyond it with probability about 0.13 % (normal approximation).
 */
export function threeSe(rate: number, runs: number): number {
  return 3 * Math.sqrt((rate * (1 - rate)) / runs);
}
