import { sumCounts, type CountFields } from './denominators.js';

/**
 * An attribute's groups by key, and their summed counts, built once per
 * groups array. Rules look up each group's reference, and reports each
 * finding's group: a search of the list for every group made an audit
 * quadratic in the number of groups (20,000 groups took minutes). Results
 * are built, never edited in place (masking builds new arrays), so an array
 * is its own cache key.
 */
interface Index {
  byKey: Map<string, unknown>;
  total?: CountFields;
}

const indexes = new WeakMap<readonly { key: string }[], Index>();

function indexOf(groups: readonly { key: string }[]): Index {
  let index = indexes.get(groups);
  if (index === undefined) {
    const byKey = new Map<string, unknown>();
    // the first group of a key wins, as a search of the list would find it
    for (let i = groups.length - 1; i >= 0; i--) byKey.set(groups[i]!.key, groups[i]);
    index = { byKey };
    indexes.set(groups, index);
  }
  return index;
}

/** The group with this key, if any (the first one, as `groups.find` would return). */
export function findGroup<G extends { key: string }>(groups: readonly G[], key: string | null | undefined): G | undefined {
  if (key === null || key === undefined) return undefined;
  return indexOf(groups).byKey.get(key) as G | undefined;
}

/** The counts of all the groups together (the attribute's population), summed once. */
export function totalCounts(groups: readonly ({ key: string } & CountFields)[]): CountFields {
  const index = indexOf(groups);
  return (index.total ??= sumCounts(groups));
}
