import type { AttributeTally } from '../core/types.js';

/** Selected rows out of rows. */
export interface Counts {
  n: number;
  selected: number;
}

/** One stratum of an attribute: the population's rows in it, the attribute's, and each group's. */
export interface StratumCounts {
  key: string;
  values: readonly string[];
  /** the whole population (the weights of direct standardisation) */
  population: Counts;
  /** the attribute's rows (its groups' sum: all but the rows `--missing drop` leaves out) */
  total: Counts;
  groups: Map<string, Counts>;
}

const NONE: Counts = { n: 0, selected: 0 };
const add = (a: Counts, b: Counts): Counts => ({ n: a.n + b.n, selected: a.selected + b.selected });
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The strata of an attribute, sorted by key (so sums do not depend on the
 * order rows came in), from its strata intersection (values: the attribute's
 * columns, then the strata columns) and the strata alone (the population).
 */
export function strataCounts(split: AttributeTally, population: AttributeTally, arity: number): StratumCounts[] {
  const strata = new Map<string, StratumCounts>();
  for (const p of population.groups.values()) {
    strata.set(p.key, { key: p.key, values: p.values, population: { n: p.tally.n, selected: p.tally.selected }, total: NONE, groups: new Map() });
  }
  for (const cell of split.groups.values()) {
    const values = cell.values.slice(arity);
    const key = values.join('|');
    const group = cell.values.slice(0, arity).join('|');
    let s = strata.get(key);
    if (!s) strata.set(key, (s = { key, values, population: NONE, total: NONE, groups: new Map() }));
    const counts = { n: cell.tally.n, selected: cell.tally.selected };
    s.total = add(s.total, counts);
    s.groups.set(group, add(s.groups.get(group) ?? NONE, counts));
  }
  return [...strata.values()].sort(byKey);
}

/** A group's counts in a stratum; `(rest)` is every other row of the attribute there. */
export function countsIn(s: StratumCounts, group: string, isRest = false): Counts {
  const own = s.groups.get(group) ?? NONE;
  return isRest ? { n: s.total.n - own.n, selected: s.total.selected - own.selected } : own;
}

/** [[a, b], [c, d]]: the group's selected and not selected rows, then the comparison's. */
export function twoByTwo(group: Counts, other: Counts) {
  return { a: group.selected, b: group.n - group.selected, c: other.selected, d: other.n - other.selected };
}
