import type { MissingMode } from '../model/config.js';
import { createGroupCounts, type GroupCounts } from './group-counts.js';
import type { GroupStore } from './group-store.js';
import type { RowContribution } from './row-contribution.js';
import type { SideFamilies } from './side-families.js';
import { createTupleIds, type TupleIds } from './tuple-ids.js';

/**
 * Each row counted once, in the finest group of the audit's columns (the
 * tuple of all of them), and every attribute's counts summed from those at
 * the end — as DuckDB groups once into the finest tuple and rolls up: four
 * attributes and an intersection cost one group update per row, not five.
 * When an attribute has every column (and every row is in one of its groups:
 * `--missing group`) its own groups are the finest; otherwise the fold keeps
 * a tuple table of its own, where a missing value is a value like any other,
 * so rows outside an attribute (`--missing drop`) are known too. Counts and
 * limbs add exactly, so the tallies are those of a fold row by row
 * (test/unit/core/finest-groups.test.ts).
 */
export interface FinestGroups {
  /** the attribute whose groups are the finest (its store gets whole rows), −1 when the fold keeps its own */
  readonly cover: number;
  add(ids: Int32Array, row: RowContribution): void;
  /** an attribute's group of the row last added (−1: outside it), looked up once per finest group for an intersection */
  groupOf(attribute: number, ids: Int32Array): number;
  /** every other attribute's counts, and the population's when it has a store, summed from the finest groups; rows outside an attribute go to `outside` */
  sumInto(overall: GroupStore | null, outside: (attribute: number, rows: number) => void): void;
}

export interface FinestSetting {
  attributes: readonly { columns: readonly number[] }[];
  columnCount: number;
  missing: MissingMode;
  stores: readonly GroupStore[];
  tuples: readonly (TupleIds | null)[];
  /** an attribute's group of a row's value ids, −1 when the row is outside it */
  groupOf(attribute: number, ids: Int32Array): number;
}

const UNKNOWN = -2;

export function finestGroups(s: FinestSetting, bins: number, families: SideFamilies): FinestGroups {
  const { attributes, columnCount, stores, tuples } = s;
  const cover = s.missing === 'group' ? attributes.findIndex((a) => a.columns.length === columnCount) : -1;
  const all = Array.from({ length: columnCount }, (_, i) => i);
  const own = cover < 0 && columnCount > 1 ? createTupleIds(columnCount) : null;
  const counts: GroupCounts = cover >= 0 ? stores[cover]!.counts : createGroupCounts(bins, families);
  const ids = new Int32Array(columnCount);
  // per intersection, its group of each finest group (−1: outside it, UNKNOWN: not looked up yet)
  const known = attributes.map((a) => (a.columns.length > 1 ? new Int32Array(64).fill(UNKNOWN) : null));
  let last = 0;
  /** the value ids of a finest group */
  const idsOf = (f: number): Int32Array => {
    if (cover >= 0) {
      const tuple = tuples[cover] === null ? [f] : tuples[cover]!.tuple(f);
      attributes[cover]!.columns.forEach((c, k) => (ids[c] = tuple[k]!));
    } else if (own) ids.set(own.tuple(f));
    else if (columnCount === 1) ids[0] = f;
    return ids;
  };

  return {
    cover,
    add(rowIds, row) {
      last = cover >= 0 ? s.groupOf(cover, rowIds) : own ? own.idOf(rowIds, all) : columnCount === 1 ? rowIds[0]! : 0;
      if (cover >= 0) stores[cover]!.add(last, row);
      else counts.add(last, row);
    },
    groupOf(a, rowIds) {
      let table = known[a];
      if (table === null || table === undefined) return s.groupOf(a, rowIds);
      if (last >= table.length) {
        const more = new Int32Array(Math.max(2 * table.length, last + 1)).fill(UNKNOWN);
        more.set(table);
        table = known[a] = more;
      }
      const g = table[last]!;
      return g !== UNKNOWN ? g : (table[last] = s.groupOf(a, rowIds));
    },
    sumInto(overall, outside) {
      for (let f = 0; f < counts.size; f++) {
        const rows = counts.rows(f);
        if (rows === 0) continue;
        overall?.absorbCounts(0, counts, f);
        const at = idsOf(f);
        for (let a = 0; a < attributes.length; a++) {
          if (a === cover) continue;
          const g = s.groupOf(a, at);
          if (g < 0) outside(a, rows);
          else stores[a]!.absorbCounts(g, counts, f);
        }
      }
    },
  };
}
