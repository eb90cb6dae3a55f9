import type { Cell, CellModel } from './cell-model.js';

/** Why a group is masked: it is small (primary), or it hides a small one (secondary, complementary). */
export type Mask = 'primary' | 'secondary';

/** Per cell of the model: its mask, or undefined when it is published (or a total / remainder). */
export type Masks = (Mask | undefined)[];

/**
 * The counts whose disclosure would reveal a masked group's rates: n and the
 * confusion counts with their complements; in ranked runs the rows in and
 * below the top k and the exposure sums (of all, relevant and other rows).
 * Each obeys the same relations.
 */
export type CountSystem =
  | 'n'
  | 'selected'
  | 'unselected'
  | 'positives'
  | 'negatives'
  | 'tp'
  | 'fp'
  | 'fn'
  | 'tn'
  | 'atK'
  | 'belowK'
  | 'exposure'
  | 'relevantExposure'
  | 'otherExposure';

/** Sums of floats: a reader pins one when its bounds meet up to rounding. */
const FLOAT_SYSTEMS: ReadonlySet<CountSystem> = new Set(['exposure', 'relevantExposure', 'otherExposure']);

/** Whether bounds [lo, hi] pin a count of this system to one value. */
export function isPinned(lo: number, hi: number, system: CountSystem): boolean {
  if (!FLOAT_SYSTEMS.has(system)) return lo === hi;
  return hi - lo <= 1e-9 * Math.max(1, Math.abs(hi));
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
  const { n, selected, positives, tp, atK, exposure, relevantExposure } = cell.counts;
  switch (system) {
    case 'n':
      return n;
    case 'selected':
      return selected;
    case 'unselected':
      return n - selected;
    case 'positives':
      return positives;
    case 'negatives':
      return n - positives;
    case 'tp':
      return tp;
    case 'fp':
      return selected - tp;
    case 'fn':
      return positives - tp;
    case 'tn':
      return n - selected - positives + tp;
    case 'atK':
      return atK;
    case 'belowK':
      return n - atK;
    case 'exposure':
      return exposure;
    case 'relevantExposure':
      return relevantExposure;
    case 'otherExposure':
      return exposure - relevantExposure;
  }
}

/** The count systems a report with these inputs publishes. */
export function publishedSystems(caps: { hasDecision: boolean; hasLabel: boolean; hasRank?: boolean }): CountSystem[] {
  const systems: CountSystem[] = ['n'];
  if (caps.hasDecision) systems.push('selected', 'unselected');
  if (caps.hasLabel) systems.push('positives', 'negatives');
  if (caps.hasDecision && caps.hasLabel) systems.push('tp', 'fp', 'fn', 'tn');
  if (caps.hasRank) systems.push('atK', 'belowK', 'exposure');
  if (caps.hasRank && caps.hasLabel) systems.push('relevantExposure', 'otherExposure');
  return systems;
}

/**
 * Exposures already known to be beyond repair, as `cell/system`, or `cell/*`
 * when every count of the cell is determined (linear attacks).
 */
export type Ignored = ReadonlySet<string>;

export function exposureKey(cell: number, system?: CountSystem): string {
  return `${cell}/${system ?? '*'}`;
}

export function isIgnored(ignored: Ignored, cell: number, system?: CountSystem): boolean {
  return ignored.has(`${cell}/*`) || (system !== undefined && ignored.has(exposureKey(cell, system)));
}
