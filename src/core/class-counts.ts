/**
 * The rows of a group per class of the multi-class decision (`--decision`):
 * class → count, the sufficient statistic of every class share, distance and
 * test. Counts add, so any split of the rows merges into the counts of one
 * pass; maps are kept in class-name order so that a merge does not depend on
 * which shard saw a class first.
 */
export type ClassCountMap = Map<string, number>;

/** A map in class-name order (code-unit order, as every report lists them). */
export function sortedClassCounts(entries: Iterable<readonly [string, number]>): ClassCountMap {
  return new Map([...entries].filter(([, c]) => c !== 0).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** The counts of the rows of both maps. */
export function mergeClassCounts(a: ReadonlyMap<string, number> | undefined, b: ReadonlyMap<string, number> | undefined): ClassCountMap {
  return sumClassCounts([a, b]);
}

/** The counts of the rows of all maps (absent maps count nothing). */
export function sumClassCounts(maps: Iterable<ReadonlyMap<string, number> | undefined>): ClassCountMap {
  const out = new Map<string, number>();
  for (const m of maps) if (m) for (const [k, c] of m) out.set(k, (out.get(k) ?? 0) + c);
  return sortedClassCounts(out);
}
