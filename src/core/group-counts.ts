import { exactValue, mergeExact } from './exact-sum.js';
import { createSlotSums, LIMBS, type SlotSums } from './slot-sums.js';
import type { RowContribution } from './row-contribution.js';
import type { GroupTally } from './types.js';
import type { SideCounts } from './side-counts.js';
import { absorbSideCounts, createSideCounts, type SideFamilies } from './side-families.js';

/**
 * The counting part of many groups' tallies in typed arrays, indexed by a
 * dense group id: n and the confusion counts, the calibration bins, the exact
 * sums and the count families beside them. Everything here adds, so a fold
 * may count rows in the finest groups of its columns once and sum the
 * attributes' groups from them at the end (columnar-fold.ts). The value maps
 * are group-maps.ts.
 */
export interface GroupCounts {
  add(group: number, row: RowContribution): void;
  /** groups [0, size) that received rows */
  readonly size: number;
  /** the rows of a group */
  rows(group: number): number;
  /** adds group `from` of `source` (same bins and families) to `group`, as if its rows had been added here */
  absorb(group: number, source: GroupCounts, from: number): void;
  /** writes the group's counts, bins and sums into `t` (an empty tally of the same bins); a group never seen keeps t's zeros */
  fill(group: number, t: GroupTally): void;
}

const COUNTS = 5; // n, selected, positives, tp, atK
/** Float sums per group after the bins' Σ score: Σ squared error, Σ exposure, Σ exposure of relevant rows. */
const SUMS = 3;

interface CountParts {
  counts: Float64Array;
  binCounts: Float64Array;
  sums: SlotSums;
  sides: SideCounts[];
}
// A store's arrays, for `absorb` (module-private).
const internals = new WeakMap<GroupCounts, () => CountParts>();

export function createGroupCounts(bins: number, families?: SideFamilies): GroupCounts {
  const sides = createSideCounts(families);
  let capacity = 8;
  let size = 0;
  let counts = new Float64Array(COUNTS * capacity);
  // per bin: rows, Σ label
  let binCounts = new Float64Array(2 * bins * capacity);
  // slots per group: Σ score of each bin, then the SUMS, then Σ score² of each bin
  const slots = bins + SUMS + bins;
  const squares = bins + SUMS;
  const sums: SlotSums = createSlotSums(slots * capacity);

  const reach = (g: number) => {
    if (g >= capacity) {
      while (g >= capacity) capacity *= 2;
      counts = grown(counts, COUNTS * capacity);
      binCounts = grown(binCounts, 2 * bins * capacity);
      sums.ensure(slots * capacity);
    }
    if (g >= size) size = g + 1;
  };

  const store: GroupCounts = {
    get size() {
      return size;
    },
    rows: (g) => (g < size ? counts[COUNTS * g]! : 0),
    add(g, row) {
      if (g >= size) reach(g);
      const c = COUNTS * g;
      counts[c]! += 1;
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
    },
    absorb(g, source, from) {
      const theirs = internals.get(source)!();
      if (g >= size) reach(g);
      for (let j = 0; j < COUNTS; j++) counts[COUNTS * g + j]! += theirs.counts[COUNTS * from + j]!;
      for (let j = 0; j < 2 * bins; j++) binCounts[2 * bins * g + j]! += theirs.binCounts[2 * bins * from + j]!;
      for (let j = 0; j < slots; j++) sums.absorb(g * slots + j, theirs.sums, from * slots + j);
      absorbSideCounts(sides, g, theirs.sides, from);
    },
    fill(g, t) {
      for (const side of sides) side.fill(g, t);
      if (g >= size) return;
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
    },
  };
  internals.set(store, () => ({ counts, binCounts, sums, sides }));
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
