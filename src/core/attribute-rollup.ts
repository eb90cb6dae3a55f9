import type { MissingMode } from '../model/config.js';
import type { GroupStore } from './group-store.js';
import type { TupleIds } from './tuple-ids.js';
import type { BootstrapSettings } from '../model/vocabulary.js';

/** The intersection a one-column attribute is summed from, and the column's position in it. */
export interface RollupSource {
  attribute: number;
  position: number;
}

/**
 * Where a one-column attribute's value maps can be summed from at the end
 * instead of fed per row (`gender` from `gender+ethnicity`: two fewer map
 * updates per row in the usual audit; its counts come from the finest groups,
 * finest-groups.ts): an intersection that has its column. Every row is in one
 * group of each attribute only when missing values form a group (not under
 * `--missing drop`); the bootstrap draws per row, so it keeps the row-by-row
 * path. Maps add like the rows they hold, so the tallies are those of the
 * row-by-row fold (test/unit/core/columnar-rollup.test.ts).
 */
export function rollupSource(
  attributes: readonly { columns: readonly number[] }[],
  a: { columns: readonly number[] },
  missing: MissingMode,
  bootstrap: BootstrapSettings | null | undefined,
): RollupSource | null {
  if (missing !== 'group' || bootstrap || a.columns.length !== 1) return null;
  const attribute = attributes.findIndex((b) => b.columns.length > 1 && b.columns.includes(a.columns[0]!));
  return attribute < 0 ? null : { attribute, position: attributes[attribute]!.columns.indexOf(a.columns[0]!) };
}

/** Adds each intersection group's maps into the group of its value for every attribute summed from it (the group id of a one-column attribute is its value id). */
export function rollUp(sources: readonly (RollupSource | null)[], stores: readonly GroupStore[], tuples: readonly (TupleIds | null)[]): void {
  sources.forEach((r, a) => {
    if (r === null) return;
    const source = stores[r.attribute]!;
    for (let g = 0; g < source.size; g++) stores[a]!.absorbMaps(tuples[r.attribute]!.tuple(g)[r.position]!, source, g);
  });
}
