import { addToAucHistogram, emptyAucHistogram, mergeAucHistograms } from './auc-histogram.js';
import { binOf } from './calibration-bins.js';
import { emptyBootstrapTally, mergeBootstrap, type BootstrapTally } from '../stats/bootstrap.js';
import type { ConfusionCounts, GroupTally } from './types.js';

/** One decoded row: the decision, the outcome and the score, each null when the run has no such column. */
export interface Observation {
  decision: 0 | 1 | null;
  label: 0 | 1 | null;
  score: number | null;
  /** 1/log2(1 + rank) when the run has a rank column */
  exposure?: number | null;
  /** rank ≤ k */
  isAtK?: boolean;
}

export function emptyTally(bins: number): GroupTally {
  return {
    n: 0,
    selected: 0,
    positives: 0,
    tp: 0,
    sumScore: 0,
    sumSquaredError: 0,
    sumExposure: 0,
    sumRelevantExposure: 0,
    atK: 0,
    bins: new Float64Array(3 * bins),
    auc: emptyAucHistogram(),
  };
}

/**
 * Folds one row into a tally. It mutates `t` on purpose: it runs once per row
 * and group on files of millions of rows, and the tally is private to the fold
 * until the fold returns it.
 */
export function addObservation(t: GroupTally, o: Observation): void {
  t.n += 1;
  if (o.decision === 1) t.selected += 1;
  if (o.label === 1) {
    t.positives += 1;
    if (o.decision === 1) t.tp += 1;
  }
  if (o.exposure != null) {
    t.sumExposure += o.exposure;
    if (o.label === 1) t.sumRelevantExposure += o.exposure;
    if (o.isAtK) t.atK += 1;
  }
  if (o.score !== null) {
    t.sumScore += o.score;
    const b = 3 * binOf(o.score, t.bins.length / 3);
    t.bins[b]! += 1;
    t.bins[b + 1]! += o.score;
    if (o.label !== null) {
      t.bins[b + 2]! += o.label;
      const error = o.score - o.label;
      t.sumSquaredError += error * error;
      addToAucHistogram(t.auc, o.score, o.label);
    }
  }
}

/** Sum of two tallies (pure, associative and commutative up to floating-point rounding of the sums). */
export function mergeTallies(a: GroupTally, b: GroupTally): GroupTally {
  if (a.bins.length !== b.bins.length) {
    throw new RangeError(`cannot merge tallies with ${a.bins.length / 3} and ${b.bins.length / 3} calibration bins`);
  }
  const bins = new Float64Array(a.bins.length);
  for (let i = 0; i < bins.length; i++) bins[i] = a.bins[i]! + b.bins[i]!;
  const bootstrap = mergeOptionalBootstrap(a, b);
  return {
    n: a.n + b.n,
    selected: a.selected + b.selected,
    positives: a.positives + b.positives,
    tp: a.tp + b.tp,
    sumScore: a.sumScore + b.sumScore,
    sumSquaredError: a.sumSquaredError + b.sumSquaredError,
    sumExposure: a.sumExposure + b.sumExposure,
    sumRelevantExposure: a.sumRelevantExposure + b.sumRelevantExposure,
    atK: a.atK + b.atK,
    bins,
    auc: mergeAucHistograms(a.auc, b.auc),
    ...(bootstrap ? { bootstrap } : {}),
  };
}

/**
 * Bootstrap sums merge like the others. An empty tally without them (the start
 * of a sum) is neutral; a non-empty tally without them cannot join one with
 * them, since its rows would be missing from every replicate.
 */
function mergeOptionalBootstrap(a: GroupTally, b: GroupTally): BootstrapTally | undefined {
  if (a.bootstrap && b.bootstrap) return mergeBootstrap(a.bootstrap, b.bootstrap);
  const [holder, other] = a.bootstrap ? [a, b] : [b, a];
  if (!holder.bootstrap) return undefined;
  if (other.n > 0) throw new RangeError('cannot merge a bootstrapped tally with one that has rows but no bootstrap replicates');
  const { replicates, bins } = holder.bootstrap;
  return mergeBootstrap(holder.bootstrap, emptyBootstrapTally(replicates, bins));
}

export function sumTallies(tallies: Iterable<GroupTally>, bins: number): GroupTally {
  let total = emptyTally(bins);
  for (const t of tallies) total = mergeTallies(total, t);
  return total;
}

/** tp, fp, tn, fn from the four counts a tally keeps. */
export function confusion(t: GroupTally): ConfusionCounts {
  const fp = t.selected - t.tp;
  const fn = t.positives - t.tp;
  return { tp: t.tp, fp, fn, tn: t.n - t.tp - fp - fn };
}
