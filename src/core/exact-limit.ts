/**
 * The rule that decides which value maps of a run stay exact. Every group
 * keeps its scores (for AUC), its outcomes and, without a label, its scores
 * as value → count maps; together they may use `budget` bytes. A map of d
 * entries (distinct values, or distinct (score, label) pairs for AUC) costs
 * `bytes · d`. The run's limit L* is
 *
 *   the largest L such that Σ over maps of bytes · min(d, L) ≤ budget,
 *
 * but never below EXACT_FLOOR (10,000 entries, the limit of earlier
 * versions): a map with at most L* entries is exact, a larger one is on its
 * grid (1e-4 for scores with a label, a relative 1e-4 grid for other values).
 * A map already on a grid counts as d = ∞. L* is a function of the final
 * contents only, and it can only fall as rows arrive (each d only grows), so
 * a map that left for the grid while the rows were read would have left at
 * the end too. Re-applying the rule after merging shards or worker threads'
 * tables therefore gives the limit, and the maps, of one pass over all rows.
 */

/** The default budget of `--exact-memory` / `exactMemoryMB`. */
export const DEFAULT_EXACT_MEMORY_MB = 64;
/** No map with at most this many entries is ever on a grid, whatever the budget. */
export const EXACT_FLOOR = 10_000;
/** Nominal cost of one (score, label) pair of an AUC map: the fold's table holds a score and two 32-bit counts per slot, at most 3/4 full. */
export const PAIR_BYTES = 32;
/** Nominal cost of one value of an outcome or score map (a value and one 32-bit count per slot, at most 3/4 full). */
export const VALUE_BYTES = 24;

export function budgetBytes(megabytes: number): number {
  return Math.round(megabytes * 2 ** 20);
}

/** One map as the rule sees it: its entries (Infinity once on a grid) and its cost per entry. */
export interface LimitMember {
  entries: number;
  bytes: number;
}

/**
 * L* of a set of maps (Infinity when every map is exact and all fit). With the
 * exact maps sorted by size, f(L) = Σ bytes·min(d, L) is linear between
 * consecutive sizes: the first size where f exceeds the budget fixes L* in
 * the segment below it.
 */
export function exactLimit(members: Iterable<LimitMember>, budget: number): number {
  const exact: LimitMember[] = [];
  let gridBytes = 0;
  let sum = 0;
  for (const m of members) {
    if (m.entries === Infinity) gridBytes += m.bytes;
    else if (m.entries > 0) {
      exact.push(m);
      sum += m.bytes * m.entries;
    }
  }
  if (gridBytes === 0 && sum <= budget) return Infinity;
  exact.sort((a, b) => a.entries - b.entries);
  let below = 0;
  let above = gridBytes + exact.reduce((s, m) => s + m.bytes, 0);
  for (const m of exact) {
    if (below + m.entries * above > budget) break;
    below += m.bytes * m.entries;
    above -= m.bytes;
  }
  return Math.max(EXACT_FLOOR, Math.floor((budget - below) / above));
}

/** Which maps a limit keeps exact (the rule's verdict on one map). */
export function isWithinLimit(entries: number, limit: number): boolean {
  return entries <= limit;
}
