import { addToBootstrap, emptyBootstrapTally, type BootstrapTally } from '../stats/bootstrap.js';
import { emptyTally } from './tally.js';
import type { RowContribution } from './row-contribution.js';
import type { GroupTally } from './types.js';
import { createExactBudget, type ExactBudget } from './exact-budget.js';
import { budgetBytes, DEFAULT_EXACT_MEMORY_MB } from './exact-limit.js';
import type { ValueKinds } from './value-store.js';
import type { SideFamilies } from './side-families.js';
import { createGroupCounts, type GroupCounts } from './group-counts.js';
import { createGroupMaps, type GroupMaps } from './group-maps.js';

/**
 * The tallies of many groups, indexed by a dense group id: the hot-path form
 * of `GroupTally` (same fields, same semantics as `addObservation`; `tally(g)`
 * gives the GroupTally). Its counts (group-counts.ts) and its value maps
 * (group-maps.ts) can be fed apart: a fold counts each row once in the finest
 * groups of its columns and gives every attribute's groups their maps row by
 * row (columnar-fold.ts).
 */
export interface GroupStore {
  /** the row's counts and maps */
  add(group: number, row: RowContribution): void;
  /** the row's maps only (its counts come from `absorbCounts`) */
  addMaps(group: number, row: RowContribution): void;
  /** the bootstrap's part of a row already added (only when the store was created with a bootstrap) */
  addReplicates(group: number, row: RowContribution): void;
  readonly counts: GroupCounts;
  /** groups [0, size) that received rows */
  readonly size: number;
  tally(group: number): GroupTally;
  /** adds group `from` of `source` (a store with the same bins, no bootstrap) to `group`, as if its rows had been added here */
  absorb(group: number, source: GroupStore, from: number): void;
  /** adds the maps of group `from` of `source` to `group` */
  absorbMaps(group: number, source: GroupStore, from: number): void;
  /** adds the counts of group `from` of `source` to `group` */
  absorbCounts(group: number, source: GroupCounts, from: number): void;
}

/** The opt-in bootstrap (`--bootstrap`): replicate weights of the current row, filled by the fold. */
export interface StoreBootstrap {
  replicates: number;
  weights: Uint8Array;
}

/** The value maps of a fold's stores (one budget shared by all of them, and which maps the run keeps), and the count families beside the tally. */
export interface StoreMaps extends SideFamilies {
  budget: ExactBudget;
  kinds: ValueKinds;
}
// A store's maps, for `absorbMaps` (module-private).
const mapsOf = new WeakMap<GroupStore, GroupMaps>();

export function createGroupStore(bins: number, bootstrap?: StoreBootstrap, maps?: StoreMaps): GroupStore {
  const budget = maps?.budget ?? createExactBudget(budgetBytes(DEFAULT_EXACT_MEMORY_MB));
  const counts = createGroupCounts(bins, maps);
  const values = createGroupMaps(budget, maps ? maps.kinds : null);
  const replicates: BootstrapTally[] = [];

  const store: GroupStore = {
    counts,
    get size() {
      return counts.size;
    },
    add(g, row) {
      counts.add(g, row);
      values.add(g, row);
    },
    addMaps: (g, row) => values.add(g, row),
    addReplicates(g, row) {
      if (row.score === null || row.label === null) return;
      for (let s = replicates.length; s <= g; s++) replicates[s] = emptyBootstrapTally(bootstrap!.replicates, bins);
      addToBootstrap(replicates[g]!, bootstrap!.weights, row.score, row.label, row.bin);
    },
    tally(g) {
      const t = emptyTally(bins);
      counts.fill(g, t);
      const boot = bootstrap ? { bootstrap: replicates[g] ?? emptyBootstrapTally(bootstrap.replicates, bins) } : {};
      if (g >= counts.size) return { ...t, ...boot };
      values.fill(g, t);
      return Object.assign(t, boot);
    },
    absorb(g, source, from) {
      counts.absorb(g, source.counts, from);
      values.absorb(g, mapsOf.get(source)!, from);
    },
    absorbMaps: (g, source, from) => values.absorb(g, mapsOf.get(source)!, from),
    absorbCounts: (g, source, from) => counts.absorb(g, source, from),
  };
  mapsOf.set(store, values);
  return store;
}
