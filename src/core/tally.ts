import { addToAucHistogram, emptyAucHistogram, mergeAucHistograms, sumAucHistograms } from './auc-histogram.js';
import { binOf } from './calibration-bins.js';
import { addExact, exactValue } from './exact-sum.js';
import { COUNT_FIELDS, SUM_FIELDS, emptyExactSums } from './tally-fields.js';
import { emptyBootstrapTally, mergeBootstrap, type BootstrapTally } from '../stats/bootstrap.js';
import type { ConfusionCounts, GroupTally } from './types.js';
import { mergedValues, summedValues } from './tally-values.js';
import { addConsent, emptyConsentTally, mergeConsent, type ConsentCode } from './consent-tally.js';
import { addCandidate, emptyCandidateTally, mergeCandidate } from './candidate-tally.js';
import { mergeClassCounts, sumClassCounts } from './class-counts.js';

/** One decoded row: the decision, the outcome and the score, each null when the run has no such column. */
export interface Observation {
  decision: 0 | 1 | null;
  label: 0 | 1 | null;
  score: number | null;
  /** 1/log2(1 + rank) when the run has a rank column */
  exposure?: number | null;
  /** rank ≤ k */
  isAtK?: boolean;
  /** the numeric outcome (`--outcome`) when the run has one */
  outcome?: number | null;
  /** the row's consent (`--consent`: 0 opted in, 1 opted out, 2 unknown) when the run has a consent column */
  consent?: ConsentCode | null;
  /** the candidate model's decision (`--candidate`) when the run has one */
  candidate?: 0 | 1 | null;
  /** the class of the multi-class decision (`--decision`) when the run has one */
  decisionClass?: string | null;
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
    binSquares: new Float64Array(bins),
    auc: emptyAucHistogram(),
    exact: emptyExactSums(bins),
  };
}

/**
 * Folds one row into a tally (mutates `t`). The streaming audit folds through
 * `columnar-fold.ts`, which keeps the same sums in typed arrays; this one-row
 * form is for small in-memory uses and defines the semantics both follow.
 */
export function addObservation(t: GroupTally, o: Observation): void {
  t.n += 1;
  if (o.decision === 1) t.selected += 1;
  if (o.consent != null) addConsent((t.consent ??= emptyConsentTally()), o.consent, o.decision);
  if (o.label === 1) {
    t.positives += 1;
    if (o.decision === 1) t.tp += 1;
  }
  if (o.candidate != null) addCandidate((t.candidate ??= emptyCandidateTally()), o.candidate, o.decision, o.label);
  if (o.exposure != null) {
    addExact(t.exact.sumExposure, o.exposure);
    t.sumExposure = exactValue(t.exact.sumExposure);
    if (o.label === 1) {
      addExact(t.exact.sumRelevantExposure, o.exposure);
      t.sumRelevantExposure = exactValue(t.exact.sumRelevantExposure);
    }
    if (o.isAtK) t.atK += 1;
  }
  if (o.decisionClass != null) t.classes = mergeClassCounts(t.classes, new Map([[o.decisionClass, 1]]));
  if (o.score !== null) {
    addExact(t.exact.sumScore, o.score);
    t.sumScore = exactValue(t.exact.sumScore);
    const bin = binOf(o.score, t.bins.length / 3);
    addExact(t.exact.binScores[bin]!, o.score);
    t.bins[3 * bin]! += 1;
    t.bins[3 * bin + 1] = exactValue(t.exact.binScores[bin]!);
    addExact(t.exact.binSquares[bin]!, o.score * o.score);
    t.binSquares[bin] = exactValue(t.exact.binSquares[bin]!);
    if (o.label !== null) {
      t.bins[3 * bin + 2]! += o.label;
      const error = o.score - o.label;
      addExact(t.exact.sumSquaredError, error * error);
      t.sumSquaredError = exactValue(t.exact.sumSquaredError);
      addToAucHistogram(t.auc, o.score, o.label);
    }
  }
}

/**
 * Sum of two tallies (pure). Counts add, float sums merge exactly (see
 * exact-sum.ts), so the merge is associative and commutative bit for bit.
 */
export function mergeTallies(a: GroupTally, b: GroupTally): GroupTally {
  // a's counts and sums as they are (its partials copied), then b's added
  const out = emptyTally(a.bins.length / 3);
  for (const field of COUNT_FIELDS) out[field] = a[field];
  for (const field of SUM_FIELDS) out.exact[field] = [...a.exact[field]];
  out.bins.set(a.bins);
  out.exact.binScores = a.exact.binScores.map((p) => [...p]);
  out.exact.binSquares = a.exact.binSquares.map((p) => [...p]);
  addCounts(out, b);
  Object.assign(out, mergedSides(a, b), mergedValues(a, b));
  out.auc = mergeAucHistograms(a.auc, b.auc);
  if (a.classes || b.classes) out.classes = mergeClassCounts(a.classes, b.classes);
  return out;
}

/** The sum of many tallies: mergeTallies folded from the empty tally, in one tally, with the AUC histograms summed in one step (one grid, not one per step). */
export function sumTallies(tallies: Iterable<GroupTally>, bins: number): GroupTally {
  const list = [...tallies];
  const total = emptyTally(bins);
  for (const t of list) {
    Object.assign(total, mergedSides(total, t)); // before the counts: a bootstrap's check reads the rows so far
    addCounts(total, t);
  }
  total.auc = sumAucHistograms(list.map((t) => t.auc));
  Object.assign(total, summedValues(list));
  if (list.some((t) => t.classes)) total.classes = sumClassCounts(list.map((t) => t.classes));
  return total;
}

/**
 * Adds the counts, exact sums and calibration bins of `t` into `into`
 * (mutates it): the exact sums take t's partials one by one, as mergeExact
 * does on a copy, so a sum built this way equals the merges bit for bit.
 */
function addCounts(into: GroupTally, t: GroupTally): void {
  if (into.bins.length !== t.bins.length) {
    throw new RangeError(`cannot merge tallies with ${into.bins.length / 3} and ${t.bins.length / 3} calibration bins`);
  }
  for (const field of COUNT_FIELDS) into[field] += t[field];
  for (const field of SUM_FIELDS) {
    for (const x of t.exact[field]) addExact(into.exact[field], x);
    into[field] = exactValue(into.exact[field]);
  }
  for (let bin = 0; bin < into.bins.length / 3; bin++) {
    for (const x of t.exact.binScores[bin]!) addExact(into.exact.binScores[bin]!, x);
    into.bins[3 * bin]! += t.bins[3 * bin]!;
    into.bins[3 * bin + 1] = exactValue(into.exact.binScores[bin]!);
    into.bins[3 * bin + 2]! += t.bins[3 * bin + 2]!;
    for (const x of t.exact.binSquares[bin]!) addExact(into.exact.binSquares[bin]!, x);
    into.binSquares[bin] = exactValue(into.exact.binSquares[bin]!);
  }
}

/** The consent, candidate and bootstrap counts of `a` and `b` together: new records, each present when either side has it. */
function mergedSides(a: GroupTally, b: GroupTally): Pick<GroupTally, 'consent' | 'candidate' | 'bootstrap'> {
  const consent = mergeConsent(a.consent, b.consent);
  const candidate = mergeCandidate(a.candidate, b.candidate);
  const bootstrap = mergeOptionalBootstrap(a, b);
  return { ...(consent ? { consent } : {}), ...(candidate ? { candidate } : {}), ...(bootstrap ? { bootstrap } : {}) };
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

/** tp, fp, tn, fn from the four counts a tally keeps. */
export function confusion(t: GroupTally): ConfusionCounts {
  const fp = t.selected - t.tp;
  const fn = t.positives - t.tp;
  return { tp: t.tp, fp, fn, tn: t.n - t.tp - fp - fn };
}
