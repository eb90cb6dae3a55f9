import type { MissingMode } from '../model/config.js';
import { groupKey, valueComponent } from '../core/group-key.js';
import type { AttributeTally, GroupEntry, TallyTable } from '../core/types.js';
import { MISSING_GROUP } from '../core/types.js';
import type { Cell, CellCounts, CellModel, Relation, Term } from './cell-model.js';
import { combineCounts } from './cell-counts.js';

/**
 * Relations a reader who knows the schema has beyond the report's own: when
 * the data says a column determines another (core/column-dependencies.ts: a
 * county lies in one state; a precomputed `race_sex` column gives race and
 * sex), an attribute over the determining column nests in an attribute over
 * the determined one even though their columns differ, and each parent group
 * is the sum of the child groups inside it. Where rows of a parent group lie
 * outside every mapped child (an empty determining cell that occurs with
 * several values, rows left out under `--missing drop`) the relation gets an
 * unpublished remainder cell; where no row does, it is exact.
 */

/** An attribute whose groups each lie inside one group of another, through the data's column dependencies. */
export interface Nesting {
  child: string;
  parent: string;
}

/** Per determined column, a determining column's value map: value component → value component (null: several). */
type ColumnMaps = Map<string, Map<string, Map<string, string | null>>>;

function columnMaps(table: TallyTable): ColumnMaps {
  const maps: ColumnMaps = new Map();
  for (const d of table.dependencies ?? []) {
    const values = new Map([...d.values].map(([x, y]): [string, string | null] => [valueComponent(x), y === null ? null : valueComponent(y)]));
    if (!maps.has(d.to)) maps.set(d.to, new Map());
    maps.get(d.to)!.set(d.from, values);
  }
  return maps;
}

/** How a child group's values give its parent's: per parent column, the child column it is read from and the map (none: the same column). */
function parentOf(child: AttributeTally, parent: AttributeTally, maps: ColumnMaps): ((g: GroupEntry) => string[] | undefined) | undefined {
  const steps: { position: number; map?: Map<string, string | null> }[] = [];
  let isDerived = false;
  for (const column of parent.spec.columns) {
    const own = child.spec.columns.indexOf(column);
    if (own >= 0) {
      steps.push({ position: own });
      continue;
    }
    const from = child.spec.columns.findIndex((c) => maps.get(column)?.has(c));
    if (from < 0) return undefined;
    steps.push({ position: from, map: maps.get(column)!.get(child.spec.columns[from]!)! });
    isDerived = true;
  }
  if (!isDerived) return undefined; // nested by its columns: cell-model.ts has those relations
  return (g) => {
    const values = steps.map((s) => (s.map ? s.map.get(g.values[s.position]!) : g.values[s.position]!));
    return values.every((v): v is string => typeof v === 'string') ? values : undefined;
  };
}

function remainderOf(parent: CellCounts, children: readonly CellCounts[]): CellCounts {
  return children.reduce((out, c) => combineCounts(out, c, -1), parent);
}

const isZero = (c: CellCounts) => Object.values(c).every((v) => Math.abs(v) <= 1e-9);

/**
 * The cell model (cell-model.ts) with, for each pair of attributes where one
 * nests in the other through the data's column dependencies, parent group =
 * Σ child groups inside it (+ a remainder where rows of the parent are in no
 * mapped child).
 */
export function withDependencyNesting(model: CellModel, table: TallyTable, missing: MissingMode): { model: CellModel; nestings: Nesting[] } {
  const maps = columnMaps(table);
  const nestings: Nesting[] = [];
  if (maps.size === 0) return { model, nestings };
  const cells: Cell[] = [...model.cells];
  const relations: Relation[] = [...model.relations];
  const target = { add: (cell: Cell) => cells.push(cell) - 1, relations, groupCells: model.groupCells };
  const attributes = table.attributes;
  attributes.forEach((child, x) =>
    attributes.forEach((parent, y) => {
      if (x === y) return;
      const mapping = parentOf(child, parent, maps);
      if (!mapping) return;
      nestings.push({ child: child.spec.name, parent: parent.spec.name });
      const inside = new Map<string, number[]>();
      for (const g of child.groups.values()) {
        const values = mapping(g);
        if (!values || (missing === 'drop' && values.includes(MISSING_GROUP))) continue;
        const key = groupKey(values);
        if (!parent.groups.has(key)) continue;
        inside.set(key, [...(inside.get(key) ?? []), target.groupCells[x]!.get(g.key)!]);
      }
      for (const [key, p] of [...parent.groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
        const children = inside.get(key) ?? [];
        if (children.length === 0) continue;
        const parentCell = target.groupCells[y]!.get(key)!;
        const terms: Term[] = [{ cell: parentCell, sign: 1 }, ...children.map((cell) => ({ cell, sign: -1 as const }))];
        const rest = remainderOf(cells[parentCell]!.counts, children.map((c) => cells[c]!.counts));
        if (!isZero(rest)) terms.push({ cell: target.add({ kind: 'remainder', attribute: x, key: p.key, counts: rest }), sign: -1 });
        target.relations.push({ terms });
      }
    }),
  );
  return { model: { cells, relations, groupCells: model.groupCells }, nestings };
}
