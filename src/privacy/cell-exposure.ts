import type { Cell, CellModel } from './cell-model.js';
import type { CountSystem } from './count-systems.js';

export type { CountSystem } from './count-systems.js';

/** Why a group is masked: it is small (primary), or it hides a small one (secondary, complementary). */
export type Mask = 'primary' | 'secondary';

/** Per cell of the model: its mask, or undefined when it is published (or a total / remainder). */
export type Masks = (Mask | undefined)[];

/** Whether bounds [lo, hi] pin a count of this system to one value. */
export function isPinned(lo: number, hi: number, system: CountSystem): boolean {
  if (!system.isFloat) return lo === hi;
  return hi - lo <= 1e-9 * Math.max(1, Math.abs(hi));
}

/**
 * What the report states about hidden cells beside the relations: the
 * markers (`primary`: 1 ≤ n < k, `secondary`: n ≥ k) and, in `stated`, per
 * cell and count system, the range the report states outright: a consent
 * breach named in a hidden group says its count is above the bound, no breach
 * named that it is within it (consent-suppression.ts); a count the totals and
 * verdicts imply to be 0 is 0 (stated-totals.ts).
 */
export interface Statements {
  k: number;
  stated?: ReadonlyMap<number, ReadonlyMap<string, readonly [lo: number, hi: number]>>;
}

/** The range of a hidden cell's count that the report states outright, before any arithmetic across groups. */
export function statedRange(cell: number, mask: Mask | undefined, system: CountSystem, statements: Statements): [number, number] {
  const { k } = statements;
  if (system.id === 'n') return mask === 'primary' ? [1, k - 1] : mask === 'secondary' ? [k, Infinity] : [0, Infinity];
  const [lo, hi] = statements.stated?.get(cell)?.get(system.id) ?? [0, Infinity];
  return [lo, mask === 'primary' ? Math.min(hi, k - 1) : hi];
}

/** Whether what the report states of the cell itself pins the count (k = 2: `primary` says n = 1; a passed gate of ==0 says 0): that is the statement, not a recovery. */
export function isStatedPinned(cell: number, mask: Mask | undefined, system: CountSystem, statements: Statements): boolean {
  const [lo, hi] = statedRange(cell, mask, system, statements);
  return isPinned(lo, hi, system);
}

/** A masked group a reader could pin down, and the relations to widen with one more hidden cell. */
export interface Exposure {
  cell: number;
  /** relations to take a complementary cell from, best first */
  relations: readonly number[];
  /** the count that is pinned (interval attack); undefined when every count is (linear attack) */
  system?: CountSystem;
}

/** Whether a reader of the report sees the cell's counts. */
export function isPublished(cell: Cell, mask: Mask | undefined): boolean {
  return cell.kind === 'total' || (cell.kind === 'group' && mask === undefined);
}

/** The indices of the relations that contain a cell. */
export function relationsOf(model: CellModel, cell: number): number[] {
  return model.relations.flatMap((r, i) => (r.terms.some((t) => t.cell === cell) ? [i] : []));
}

/** Value of a count system for a cell's counts. */
export function countValue(cell: Cell, system: CountSystem): number {
  return system.terms.reduce((sum, [quantity, coefficient]) => sum + coefficient * (cell.counts[quantity] ?? 0), 0);
}

/**
 * Exposures already known to be beyond repair, as `cell/system`, or `cell/*`
 * when every count of the cell is determined (linear attacks).
 */
export type Ignored = ReadonlySet<string>;

export function exposureKey(cell: number, system?: CountSystem): string {
  return `${cell}/${system?.id ?? '*'}`;
}

export function isIgnored(ignored: Ignored, cell: number, system?: CountSystem): boolean {
  return ignored.has(`${cell}/*`) || (system !== undefined && ignored.has(exposureKey(cell, system)));
}
