import type { CellModel } from './cell-model.js';
import { eliminationExposure } from './elimination.js';
import { countValue, relationsOf, type CountSystem, type Exposure, type Masks } from './exposure.js';
import { propagateBounds } from './interval-bounds.js';
import { determinedCells } from './linear-determinacy.js';

export interface ComplementOptions {
  k: number;
  /** the counts the report publishes */
  systems: readonly CountSystem[];
  /** cells to mask only when nothing else can protect a group (explicit reference groups) */
  isPreferredVisible?: (cell: number) => boolean;
}

/** A pinned masked cell under interval propagation, checking n first (it bounds the other counts). */
function intervalExposure(model: CellModel, masks: Masks, options: ComplementOptions, ignored: ReadonlySet<number>): Exposure | undefined {
  const rows = propagateBounds(model, masks, 'n', options.k);
  for (const system of options.systems) {
    const b = system === 'n' ? rows : propagateBounds(model, masks, system, options.k, rows);
    const cell = masks.findIndex((m, i) => m !== undefined && !ignored.has(i) && b.lo[i] === b.hi[i]);
    if (cell >= 0) return { cell, relations: relationsOf(model, cell), system };
  }
  return undefined;
}

/** The cheapest attack first: most plans are settled by elimination alone. */
export function findExposure(model: CellModel, masks: Masks, options: ComplementOptions, ignored: ReadonlySet<number>): Exposure | undefined {
  const eliminated = eliminationExposure(model, masks, ignored);
  if (eliminated) return eliminated;
  const determined = determinedCells(model, masks).find((cell) => masks[cell] !== undefined && !ignored.has(cell));
  if (determined !== undefined) return { cell: determined, relations: relationsOf(model, determined) };
  return intervalExposure(model, masks, options, ignored);
}

/**
 * The cell to hide next: a published group in the exposing relations — the
 * smallest, so that as little as possible is lost — preferring, for a pinned
 * count, one that adds slack to that count (a partner holding exactly k rows
 * or no selected rows widens nothing), and keeping explicit reference groups
 * visible while anything else will do. Ties go to attribute order, then key.
 */
export function chooseComplement(model: CellModel, masks: Masks, exposure: Exposure, options: ComplementOptions): number | undefined {
  const pools = [exposure.relations, relationsOf(model, exposure.cell)];
  for (const pool of pools) {
    const candidates = [...new Set(pool.flatMap((r) => model.relations[r]!.terms.map((t) => t.cell)))].filter(
      (c) => model.cells[c]!.kind === 'group' && masks[c] === undefined,
    );
    if (candidates.length === 0) continue;
    const slack = (c: number) => {
      if (exposure.system === undefined) return 1;
      const floor = exposure.system === 'n' ? options.k : 0;
      return countValue(model.cells[c]!, exposure.system) - floor;
    };
    const rank = (c: number) => [slack(c) > 0 ? 0 : 1, options.isPreferredVisible?.(c) ? 1 : 0, model.cells[c]!.counts.n, model.cells[c]!.attribute];
    return candidates.sort((a, b) => compareRanks(rank(a), rank(b)) || compareKeys(model, a, b))[0];
  }
  return undefined;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function compareKeys(model: CellModel, a: number, b: number): number {
  const x = model.cells[a]!.key;
  const y = model.cells[b]!.key;
  return x < y ? -1 : x > y ? 1 : 0;
}

export interface ComplementResult {
  masks: Masks;
  /** masked groups the published totals pin down however much else is hidden */
  unprotected: number[];
}

/**
 * Primary masks (0 < n < k) plus complementary ones until no masked count can
 * be recovered: not by one-unknown elimination (the classic rule: no relation
 * with exactly one hidden cell), not by any linear combination of relations,
 * and not by bounding counts relation by relation. Each round hides one more
 * cell, so the loop ends; a group that stays exposed with nothing left to hide
 * (e.g. two groups of one row each under a published total of 2) is reported.
 */
export function complementarySuppression(model: CellModel, options: ComplementOptions): ComplementResult {
  const masks: Masks = model.cells.map((c) => (c.kind === 'group' && c.counts.n > 0 && c.counts.n < options.k ? 'primary' : undefined));
  const unprotected = new Set<number>();
  if (!masks.includes('primary')) return { masks, unprotected: [] };
  for (;;) {
    const exposure = findExposure(model, masks, options, unprotected);
    if (!exposure) break;
    const cell = chooseComplement(model, masks, exposure, options);
    if (cell === undefined) unprotected.add(exposure.cell);
    else masks[cell] = 'secondary';
  }
  return { masks, unprotected: [...unprotected].sort((a, b) => a - b) };
}
