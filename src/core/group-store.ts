import { absorbAucAccumulator, addToAucAccumulator, aucHistogramOf, emptyAucAccumulator, widenAucAccumulator, type AucAccumulator } from './auc-accumulator.js';
import { exactValue, mergeExact } from './exact-sum.js';
import { createSlotSums, LIMBS, type SlotSums } from './slot-sums.js';
import { addToBootstrap, emptyBootstrapTally, type BootstrapTally } from '../stats/bootstrap.js';
import { emptyTally } from './tally.js';
import type { RowContribution } from './row-contribution.js';
import type { GroupTally } from './types.js';
import { createExactBudget, type ExactBudget } from './exact-budget.js';
import { budgetBytes, DEFAULT_EXACT_MEMORY_MB } from './exact-limit.js';
import { createValueStore, type ValueKinds, type ValueStore } from './value-store.js';
import type { SideCounts } from './side-counts.js';
import { absorbSideCounts, createSideCounts, type SideFamilies } from './side-families.js';

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
/** Float sums per group after the bins' Σ score: Σ squared error, Σ exposure, Σ exposure of relevant rows. */
const SUMS = 3;
/** A group this large could overflow a 32-bit AUC grid count with its next row. */
const WIDEN_AT = 2 ** 32 - 1;

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
  sides: SideCounts[];
}

/** The value maps of a fold's stores (one budget shared by all of them, and which maps the run keeps), and the count families beside the tally. */
export interface StoreMaps extends SideFamilies {
  budget: ExactBudget;
  kinds: ValueKinds;
}
// A store's arrays, for `absorb` (module-private).
const internals = new WeakMap<GroupStore, () => StoreParts>();

export function createGroupStore(bins: number, bootstrap?: StoreBootstrap, maps?: StoreMaps): GroupStore {
  const budget = maps?.budget ?? createExactBudget(budgetBytes(DEFAULT_EXACT_MEMORY_MB));
  const values = maps ? createValueStore(maps.kinds, budget) : null;
  const sides = createSideCounts(maps);
  let capacity = 8;
  let size = 0;
  let counts = new Float64Array(COUNTS * capacity);
  // per bin: rows, Σ label
  let binCounts = new Float64Array(2 * bins * capacity);
  // slots per group: Σ score of each bin, then the SUMS, then Σ score² of each bin
  const slots = bins + SUMS + bins;
  const squares = bins + SUMS;
  const sums: SlotSums = createSlotSums(slots * capacity);
  const auc: AucAccumulator[] = [];
  const replicates: BootstrapTally[] = [];

  const grow = (group: number) => {
    while (group >= capacity) capacity *= 2;
    counts = grown(counts, COUNTS * capacity);
    binCounts = grown(binCounts, 2 * bins * capacity);
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
      for (let i = 0; i < sides.length; i++) sides[i]!.add(g, row);
      if (row.decision === 1) counts[c + 1]! += 1;
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
      for (const side of sides) side.fill(g, t);
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
      for (let j = 0; j < 2 * bins; j++) binCounts[2 * bins * g + j]! += theirs.binCounts[2 * bins * from + j]!;
      for (let j = 0; j < slots; j++) sums.absorb(g * slots + j, theirs.sums, from * slots + j);
      absorbAucAccumulator(auc[g]!, theirs.auc[from]!, budget);
      if (values && theirs.values) values.absorb(g, theirs.values, from);
      absorbSideCounts(sides, g, theirs.sides, from);
    },
  };
  internals.set(store, () => ({ counts, binCounts, sums, auc, values, sides }));
  return store;
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
