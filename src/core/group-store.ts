import { absorbAucAccumulator, addToAucAccumulator, aucHistogramOf, emptyAucAccumulator, scoreHash, widenAucAccumulator, type AucAccumulator } from './auc-accumulator.js';
import { GRID_CELLS, gridCell } from './auc-histogram.js';
import { binOf } from './calibration-bins.js';
import { exactValue, mergeExact } from './exact-sum.js';
import { createSlotSums, LIMBS, toLimbs, type SlotSums } from './slot-sums.js';
import { addToBootstrap, emptyBootstrapTally, type BootstrapTally } from '../stats/bootstrap.js';
import { emptyTally, type Observation } from './tally.js';
import type { GroupTally } from './types.js';
import { createExactBudget, type ExactBudget } from './exact-budget.js';
import { budgetBytes, DEFAULT_EXACT_MEMORY_MB } from './exact-limit.js';
import { createValueStore, type ValueKinds, type ValueStore } from './value-store.js';
import { CONSENT_UNKNOWN, OPTED_OUT, emptyConsentTally, type ConsentCode } from './consent-tally.js';
import { createCandidateCounts, type CandidateCounts } from './candidate-counts.js';
import { createClassStore, type ClassDictionary, type ClassStore } from './class-counts.js';

/**
 * What one row contributes, computed once per row and shared by every group
 * the row falls in (the fold reuses one object, so a row allocates nothing).
 */
export interface RowContribution {
  decision: 0 | 1 | null;
  label: 0 | 1 | null;
  score: number | null;
  /** calibration bin of the score */
  bin: number;
  /** (score − label)², when both are present */
  squaredError: number;
  /** the score's limbs at [0, 4), the squared error's at [4, 8), the exposure's at [8, 12) and the squared score's at [12, 16) (see slot-sums.ts), split once per row */
  limbs: Float64Array;
  isScoreInLimbs: boolean;
  /** score², for the bin's Σ score² */
  squaredScore: number;
  isSquareInLimbs: boolean;
  isErrorInLimbs: boolean;
  /** `scoreHash` and `gridCell` of the score, and the row's index in a grid (label·GRID_CELLS + cell), for the AUC accumulators */
  hash: number;
  cell: number;
  gridIndex: number;
  /** 1/log2(1 + rank) in a ranked run (its limbs at [8, 12)), else null */
  exposure: number | null;
  /** the numeric outcome (`--outcome`), and its scoreHash, for the value maps */
  outcome: number | null;
  outcomeHash: number;
  /** the candidate model's decision (`--candidate`), else null */
  candidate: 0 | 1 | null;
  /** the id of the row's class of the multi-class decision in the fold's ClassDictionary, −1 when none */
  classId: number;
  isExposureInLimbs: boolean;
  /** rank ≤ k */
  isAtK: boolean;
  /** the row's consent (`--consent`), null without a consent column */
  consent: ConsentCode | null;
}

/**
 * The tallies of many groups in typed arrays, indexed by a dense group id: the
 * hot-path form of `GroupTally` (same fields, same semantics as
 * `addObservation`; `tally(g)` gives the GroupTally).
 */
export interface GroupStore {
  add(group: number, row: RowContribution): void;
  /** the bootstrap's part of a row already added (only when the store was created with a bootstrap) */
  addReplicates(group: number, row: RowContribution): void;
  /** groups [0, size) that received rows */
  readonly size: number;
  tally(group: number): GroupTally;
  /** adds group `from` of `source` (a store with the same bins, no bootstrap) to `group`, as if its rows had been added here */
  absorb(group: number, source: GroupStore, from: number): void;
}

const COUNTS = 5; // n, selected, positives, tp, atK
const CONSENT_COUNTS = 4;
/** Float sums per group after the bins' Σ score: Σ squared error, Σ exposure, Σ exposure of relevant rows. */
const SUMS = 3;
/** A group this large could overflow a 32-bit AUC grid count with its next row. */
const WIDEN_AT = 2 ** 32 - 1;

/** Fills the per-row fields from the observation and the number of calibration bins. */
export function setContribution(row: RowContribution, o: Observation, bins: number): void {
  row.decision = o.decision;
  row.label = o.label;
  row.score = o.score;
  row.exposure = o.exposure ?? null;
  row.outcome = o.outcome ?? null;
  row.consent = o.consent ?? null;
  row.candidate = o.candidate ?? null;
  if (row.outcome !== null) row.outcomeHash = scoreHash(row.outcome);
  if (row.exposure !== null) {
    row.isAtK = o.isAtK === true;
    row.isExposureInLimbs = toLimbs(row.exposure, row.limbs, 2 * LIMBS);
  }
  if (o.score === null) return;
  row.bin = binOf(o.score, bins);
  row.isScoreInLimbs = toLimbs(o.score, row.limbs, 0);
  row.squaredScore = o.score * o.score;
  row.isSquareInLimbs = toLimbs(row.squaredScore, row.limbs, 3 * LIMBS);
  if (o.label === null) {
    row.hash = scoreHash(o.score);
    return;
  }
  const error = o.score - o.label;
  row.squaredError = error * error;
  row.isErrorInLimbs = toLimbs(row.squaredError, row.limbs, LIMBS);
  row.hash = scoreHash(o.score);
  row.cell = gridCell(o.score);
  row.gridIndex = o.label * GRID_CELLS + row.cell;
}

export function emptyContribution(): RowContribution {
  const scores = { score: null, bin: 0, squaredError: 0, isScoreInLimbs: false, isErrorInLimbs: false, squaredScore: 0, isSquareInLimbs: false, hash: 0, cell: 0, gridIndex: 0 };
  return { decision: null, label: null, ...scores, limbs: new Float64Array(4 * LIMBS), exposure: null, isExposureInLimbs: false, isAtK: false, outcome: null, outcomeHash: 0, consent: null, candidate: null, classId: -1 };
}

/** The opt-in bootstrap (`--bootstrap`): replicate weights of the current row, filled by the fold. */
export interface StoreBootstrap {
  replicates: number;
  weights: Uint8Array;
}

interface StoreParts {
  counts: Float64Array;
  binCounts: Float64Array;
  sums: SlotSums;
  auc: AucAccumulator[];
  values: ValueStore | null;
  consentCounts: Float64Array;
  candidates: CandidateCounts;
  classes: ClassStore | null;
}

/** The value maps of a fold's stores: one budget shared by all of them, and which maps the run keeps. */
export interface StoreMaps {
  budget: ExactBudget;
  kinds: ValueKinds;
  /** the run has a consent column: the stores keep its four counts per group */
  consent?: boolean;
  /** the class names of the multi-class decision (`--decision`); absent when the run has none */
  classes?: ClassDictionary;
}
// A store's arrays, for `absorb` (module-private).
const internals = new WeakMap<GroupStore, () => StoreParts>();

export function createGroupStore(bins: number, bootstrap?: StoreBootstrap, maps?: StoreMaps): GroupStore {
  const budget = maps?.budget ?? createExactBudget(budgetBytes(DEFAULT_EXACT_MEMORY_MB));
  const values = maps ? createValueStore(maps.kinds, budget) : null;
  const classes = maps?.classes ? createClassStore(maps.classes) : null;
  let capacity = 8;
  let size = 0;
  let counts = new Float64Array(COUNTS * capacity);
  // per bin: rows, Σ label
  let binCounts = new Float64Array(2 * bins * capacity);
  // per group: opted out, unknown, selected ∧ opted out, selected ∧ unknown (consent-tally.ts)
  const hasConsent = maps?.consent === true;
  let consentCounts = new Float64Array(hasConsent ? CONSENT_COUNTS * capacity : 0);
  // slots per group: Σ score of each bin, then the SUMS, then Σ score² of each bin
  const slots = bins + SUMS + bins;
  const squares = bins + SUMS;
  const sums: SlotSums = createSlotSums(slots * capacity);
  const auc: AucAccumulator[] = [];
  const replicates: BootstrapTally[] = [];
  const candidates = createCandidateCounts();

  const grow = (group: number) => {
    while (group >= capacity) capacity *= 2;
    counts = grown(counts, COUNTS * capacity);
    binCounts = grown(binCounts, 2 * bins * capacity);
    if (hasConsent) consentCounts = grown(consentCounts, CONSENT_COUNTS * capacity);
    sums.ensure(slots * capacity);
  };

  const reach = (g: number) => {
    if (g >= capacity) grow(g);
    for (; size <= g; size++) {
      auc[size] = emptyAucAccumulator();
      if (bootstrap) replicates[size] = emptyBootstrapTally(bootstrap.replicates, bins);
    }
  };

  const store: GroupStore = {
    get size() {
      return size;
    },
    add(g, row) {
      if (g >= size) reach(g);
      const c = COUNTS * g;
      if (++counts[c]! === WIDEN_AT) widenAucAccumulator(auc[g]!);
      if (values) values.add(g, row);
      if (row.candidate !== null) candidates.add(g, row.candidate, row.decision, row.label);
      if (classes && row.classId >= 0) classes.add(g, row.classId);
      if (row.decision === 1) counts[c + 1]! += 1;
      if (row.consent !== null && row.consent !== 0 && hasConsent) addConsentCounts(consentCounts, CONSENT_COUNTS * g, row);
      if (row.label === 1) {
        counts[c + 2]! += 1;
        if (row.decision === 1) counts[c + 3]! += 1;
      }
      const slot = g * slots;
      if (row.exposure !== null) addExposure(sums, slot + bins + 1, row, counts, c);
      if (row.score === null) return;
      const k = 2 * (g * bins + row.bin);
      binCounts[k]! += 1;
      if (row.isScoreInLimbs) sums.addLimbs(slot + row.bin, row.limbs, 0);
      else sums.addOther(slot + row.bin, row.score);
      if (row.isSquareInLimbs) sums.addLimbs(slot + squares + row.bin, row.limbs, 3 * LIMBS);
      else sums.addOther(slot + squares + row.bin, row.squaredScore);
      if (row.label === null) return;
      binCounts[k + 1]! += row.label;
      if (row.isErrorInLimbs) sums.addLimbs(slot + bins, row.limbs, LIMBS);
      else sums.addOther(slot + bins, row.squaredError);
      const acc = auc[g]!;
      if (acc.grid !== null) acc.grid[row.gridIndex]! += 1;
      else addToAucAccumulator(acc, row.score, row.label, row.hash, row.cell, budget);
    },
    addReplicates(g, row) {
      if (row.score === null || row.label === null) return;
      addToBootstrap(replicates[g]!, bootstrap!.weights, row.score, row.label, row.bin);
    },
    tally(g) {
      const t = emptyTally(bins);
      if (hasConsent) t.consent = emptyConsentTally();
      if (g >= size) return bootstrap ? { ...t, bootstrap: emptyBootstrapTally(bootstrap.replicates, bins) } : t;
      const c = COUNTS * g;
      Object.assign(t, { n: counts[c]!, selected: counts[c + 1]!, positives: counts[c + 2]!, tp: counts[c + 3]!, atK: counts[c + 4]! });
      const slot = g * slots;
      for (let b = 0; b < bins; b++) {
        const scores = sums.partials(slot + b);
        t.exact.binScores[b] = scores;
        t.exact.sumScore = mergeExact(t.exact.sumScore, scores);
        t.bins.set([binCounts[2 * (g * bins + b)]!, exactValue(scores), binCounts[2 * (g * bins + b) + 1]!], 3 * b);
        t.exact.binSquares[b] = sums.partials(slot + squares + b);
        t.binSquares[b] = exactValue(t.exact.binSquares[b]!);
      }
      t.sumScore = exactValue(t.exact.sumScore);
      t.exact.sumSquaredError = sums.partials(slot + bins);
      t.sumSquaredError = exactValue(t.exact.sumSquaredError);
      t.exact.sumExposure = sums.partials(slot + bins + 1);
      t.sumExposure = exactValue(t.exact.sumExposure);
      t.exact.sumRelevantExposure = sums.partials(slot + bins + 2);
      t.sumRelevantExposure = exactValue(t.exact.sumRelevantExposure);
      t.auc = aucHistogramOf(auc[g]!, budget.limit);
      if (values) Object.assign(t, values.histograms(g));
      if (hasConsent) {
        const k = CONSENT_COUNTS * g;
        t.consent = { optedOut: consentCounts[k]!, unknown: consentCounts[k + 1]!, selectedOptedOut: consentCounts[k + 2]!, selectedUnknown: consentCounts[k + 3]! };
      }
      const candidate = candidates.tally(g);
      if (candidate) t.candidate = candidate;
      if (classes) t.classes = classes.counts(g);
      if (bootstrap) t.bootstrap = replicates[g]!;
      return t;
    },
    absorb(g, source, from) {
      const theirs = internals.get(source)!();
      if (g >= size) reach(g);
      const c = COUNTS * g;
      const n = counts[c]! + theirs.counts[COUNTS * from]!;
      if (n >= WIDEN_AT && !auc[g]!.isWide) widenAucAccumulator(auc[g]!);
      for (let j = 0; j < COUNTS; j++) counts[c + j]! += theirs.counts[COUNTS * from + j]!;
      if (hasConsent && theirs.consentCounts.length > 0) for (let j = 0; j < CONSENT_COUNTS; j++) consentCounts[CONSENT_COUNTS * g + j]! += theirs.consentCounts[CONSENT_COUNTS * from + j]!;
      for (let j = 0; j < 2 * bins; j++) binCounts[2 * bins * g + j]! += theirs.binCounts[2 * bins * from + j]!;
      for (let j = 0; j < slots; j++) sums.absorb(g * slots + j, theirs.sums, from * slots + j);
      absorbAucAccumulator(auc[g]!, theirs.auc[from]!, budget);
      if (values && theirs.values) values.absorb(g, theirs.values, from);
      candidates.absorb(g, theirs.candidates, from);
      if (classes && theirs.classes) classes.absorb(g, theirs.classes, from);
    },
  };
  internals.set(store, () => ({ counts, binCounts, sums, auc, values, consentCounts, candidates, classes }));
  return store;
}

/** An opted-out or unknown row into its group's consent counts at [k, k + 4). */
function addConsentCounts(counts: Float64Array, k: number, row: RowContribution): void {
  const at = row.consent === OPTED_OUT ? k : row.consent === CONSENT_UNKNOWN ? k + 1 : -1;
  counts[at]! += 1;
  if (row.decision === 1) counts[at + 2]! += 1;
}

/** A ranked row's exposure into Σ exposure (slot), and Σ relevant exposure (slot + 1) when its label is 1; rank ≤ k into atK. */
function addExposure(sums: SlotSums, slot: number, row: RowContribution, counts: Float64Array, c: number): void {
  if (row.isAtK) counts[c + 4]! += 1;
  const add = (s: number) => (row.isExposureInLimbs ? sums.addLimbs(s, row.limbs, 2 * LIMBS) : sums.addOther(s, row.exposure!));
  add(slot);
  if (row.label === 1) add(slot + 1);
}

function grown(a: Float64Array<ArrayBuffer>, length: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(length);
  out.set(a);
  return out;
}
