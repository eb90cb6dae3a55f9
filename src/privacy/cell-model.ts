import type { MissingMode } from '../model/config.js';
import type { AttributeTally, GroupEntry, TallyTable } from '../core/types.js';
import { combineCounts, countsOf, NO_COUNTS, type CellCounts } from './cell-counts.js';

export type { CellCounts } from './cell-counts.js';

/**
 * - `group`: a group of an audited attribute (published unless masked);
 * - `total`: an attribute's population (always published);
 * - `remainder`: rows of a group that an intersection leaves out under
 *   `--missing drop` (its other column is empty); never published.
 */
export type CellKind = 'group' | 'total' | 'remainder';

export interface Cell {
  kind: CellKind;
  /** index of the attribute in `config.groups` (for a remainder: the intersection's) */
  attribute: number;
  /** group key; '' for a total; for a remainder, the key of the group it belongs to */
  key: string;
  counts: CellCounts;
}

export interface Term {
  cell: number;
  sign: 1 | -1;
}

/** A published linear relation: Σ sign·count = 0, for each of the counts at once. */
export interface Relation {
  terms: readonly Term[];
}

export interface CellModel {
  cells: readonly Cell[];
  relations: readonly Relation[];
  /** per attribute: group key → cell index */
  groupCells: readonly ReadonlyMap<string, number>[];
}

const byKey = (a: GroupEntry, b: GroupEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
// Values, not keys, identify a group across attributes: a value may itself contain the `|` of keys.
const valuesId = (values: readonly string[]) => values.join('\u0000');

/** Whether every group of `child` lies inside one group of `parent` (its columns are a subset). */
function isNested(child: AttributeTally, parent: AttributeTally): boolean {
  const columns = new Set(child.spec.columns);
  return parent.spec.columns.every((c) => columns.has(c));
}

function isSameColumnSet(a: AttributeTally, b: AttributeTally): boolean {
  return isNested(a, b) && isNested(b, a);
}

/**
 * Every linear relation a report publishes between its counts: (a) each
 * attribute's population is the sum of its groups; (b) each group of an
 * attribute is the sum of the groups of every finer audited attribute (an
 * intersection over a superset of its columns) that share its values — plus,
 * under `--missing drop`, an unpublished remainder, whose sum over the groups
 * is the difference of the two published populations.
 */
export function buildCellModel(table: TallyTable, missing: MissingMode): CellModel {
  const cells: Cell[] = [];
  const relations: Relation[] = [];
  const add = (cell: Cell) => cells.push(cell) - 1;
  const attributes = table.attributes;
  const totals = attributes.map((a, i) => add({ kind: 'total', attribute: i, key: '', counts: countsOf(a.total) }));
  const groupCells = attributes.map(
    (a, i) => new Map([...a.groups.values()].sort(byKey).map((g) => [g.key, add({ kind: 'group', attribute: i, key: g.key, counts: countsOf(g.tally) })])),
  );
  attributes.forEach((_, i) => {
    relations.push({ terms: [{ cell: totals[i]!, sign: 1 }, ...[...groupCells[i]!.values()].map((cell) => ({ cell, sign: -1 as const }))] });
  });
  attributes.forEach((child, x) =>
    attributes.forEach((parent, y) => {
      if (x === y || !isNested(child, parent)) return;
      const isSame = isSameColumnSet(child, parent);
      if (isSame && x < y) return; // the same partition twice: one direction is enough
      const hasRemainders = missing === 'drop' && !isSame;
      const ctx = { add, relations, groupCells, x, y };
      const remainders = nestingRelations(child, parent, ctx, hasRemainders);
      if (hasRemainders) {
        relations.push({ terms: [{ cell: totals[y]!, sign: 1 }, { cell: totals[x]!, sign: -1 }, ...remainders.map((cell) => ({ cell, sign: -1 as const }))] });
      }
    }),
  );
  return { cells, relations, groupCells };
}

interface NestingContext {
  add: (cell: Cell) => number;
  relations: Relation[];
  groupCells: readonly ReadonlyMap<string, number>[];
  x: number;
  y: number;
}

/** parent group = Σ child groups with its values (+ remainder); returns the remainder cells. */
function nestingRelations(child: AttributeTally, parent: AttributeTally, ctx: NestingContext, hasRemainders: boolean): number[] {
  const positions = parent.spec.columns.map((c) => child.spec.columns.indexOf(c));
  const childrenOf = new Map<string, GroupEntry[]>();
  for (const g of child.groups.values()) {
    const id = valuesId(positions.map((p) => g.values[p]!));
    childrenOf.set(id, [...(childrenOf.get(id) ?? []), g]);
  }
  const remainders: number[] = [];
  for (const p of [...parent.groups.values()].sort(byKey)) {
    const children = (childrenOf.get(valuesId(p.values)) ?? []).sort(byKey);
    const terms: Term[] = [{ cell: ctx.groupCells[ctx.y]!.get(p.key)!, sign: 1 }];
    for (const c of children) terms.push({ cell: ctx.groupCells[ctx.x]!.get(c.key)!, sign: -1 });
    if (hasRemainders) {
      const inside = children.reduce((sum, c) => combineCounts(sum, countsOf(c.tally), 1), NO_COUNTS);
      const cell = ctx.add({ kind: 'remainder', attribute: ctx.x, key: p.key, counts: combineCounts(countsOf(p.tally), inside, -1) });
      remainders.push(cell);
      terms.push({ cell, sign: -1 });
    }
    ctx.relations.push({ terms });
  }
  return remainders;
}
