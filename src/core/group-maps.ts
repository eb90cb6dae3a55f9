import { absorbAucAccumulator, addToAucAccumulator, aucHistogramOf, emptyAucAccumulator, widenAucAccumulator, type AucAccumulator } from './auc-accumulator.js';
import type { RowContribution } from './row-contribution.js';
import type { GroupTally } from './types.js';
import type { ExactBudget } from './exact-budget.js';
import { createValueStore, type ValueKinds, type ValueStore } from './value-store.js';

/**
 * The value maps of many groups, indexed by a dense group id: each group's
 * AUC accumulator (exact scores, or the grid) and its outcome and score maps,
 * all drawing on the fold's one exact budget (exact-budget.ts). Unlike the
 * counts (group-counts.ts) a map of a coarse group is not the sum of its
 * finest groups' maps within the same budget, so every attribute keeps its
 * own, fed row by row or absorbed from an intersection's groups.
 */
export interface GroupMaps {
  add(group: number, row: RowContribution): void;
  /** adds group `from` of `source` (same kinds and budget) to `group` */
  absorb(group: number, source: GroupMaps, from: number): void;
  /** writes the group's AUC histogram and value maps into `t` */
  fill(group: number, t: GroupTally): void;
}

/** A group this large could overflow a 32-bit AUC grid count with its next row. */
const WIDEN_AT = 2 ** 32 - 1;

interface MapParts {
  rows: number[];
  auc: AucAccumulator[];
  values: ValueStore | null;
}
// A store's maps, for `absorb` (module-private).
const internals = new WeakMap<GroupMaps, () => MapParts>();

export function createGroupMaps(budget: ExactBudget, kinds: ValueKinds | null): GroupMaps {
  const values = kinds ? createValueStore(kinds, budget) : null;
  // rows per group, to widen its 32-bit counts in time
  const rows: number[] = [];
  const auc: AucAccumulator[] = [];
  const reach = (g: number) => {
    for (let s = auc.length; s <= g; s++) {
      auc[s] = emptyAucAccumulator();
      rows[s] = 0;
    }
  };

  const maps: GroupMaps = {
    add(g, row) {
      if (g >= auc.length) reach(g);
      if (++rows[g]! === WIDEN_AT) widenAucAccumulator(auc[g]!);
      if (values) values.add(g, row);
      if (row.score === null || row.label === null) return;
      const acc = auc[g]!;
      if (acc.grid !== null) acc.grid[row.gridIndex]! += 1;
      else addToAucAccumulator(acc, row.score, row.label, row.hash, row.cell, budget);
    },
    absorb(g, source, from) {
      const theirs = internals.get(source)!();
      if (g >= auc.length) reach(g);
      if (from >= theirs.auc.length) return;
      rows[g]! += theirs.rows[from]!;
      if (rows[g]! >= WIDEN_AT && !auc[g]!.isWide) widenAucAccumulator(auc[g]!);
      absorbAucAccumulator(auc[g]!, theirs.auc[from]!, budget);
      if (values && theirs.values) values.absorb(g, theirs.values, from);
    },
    fill(g, t) {
      if (g >= auc.length) reach(g);
      t.auc = aucHistogramOf(auc[g]!, budget.limit);
      if (values) Object.assign(t, values.histograms(g));
    },
  };
  internals.set(maps, () => ({ rows, auc, values }));
  return maps;
}
