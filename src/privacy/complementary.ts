import type { CellModel } from './cell-model.js';
import { combinedPinned } from './combined-bounds.js';
import { eliminationClosure } from './elimination.js';
import { countValue, exposureKey, isIgnored, isPinned, isStatedPinned, relationsOf, statedRange, type CountSystem, type Exposure, type Ignored, type Masks, type Statements } from './cell-exposure.js';
import { N_ROWS } from './count-systems.js';
import { propagateBounds, type Bounds } from './interval-bounds.js';
import { determinedCells } from './linear-determinacy.js';

export interface ComplementOptions extends Statements {
  /** the counts the report publishes */
  systems: readonly CountSystem[];
  /** cells to mask only when nothing else can protect a group (explicit reference groups) */
  isPreferredVisible?: (cell: number) => boolean;
}

/** Every exposure of the cheapest kind first; a caller takes the first one it does not ignore. */
function* exposures(model: CellModel, masks: Masks, options: ComplementOptions): Generator<Exposure> {
  for (const [cell, relation] of eliminationClosure(model, masks)) if (masks[cell] !== undefined) yield { cell, relations: [relation] };
  for (const cell of determinedCells(model, masks)) if (masks[cell] !== undefined) yield { cell, relations: relationsOf(model, cell) };
  // n first: its bounds cap every other count of a hidden cell.
  const rows = propagateBounds(model, masks, N_ROWS, options);
  const bounds = new Map<CountSystem, Bounds>();
  for (const system of options.systems) {
    const b = system.id === 'n' ? rows : propagateBounds(model, masks, system, options, rows);
    bounds.set(system, b);
    for (let cell = 0; cell < masks.length; cell++) {
      if (masks[cell] === undefined || !isPinned(b.lo[cell]!, b.hi[cell]!, system) || isStatedPinned(cell, masks[cell], system, options)) continue;
      yield { cell, relations: relationsOf(model, cell), system };
    }
  }
  // Last and dearest: bounds and linear combinations together (k = 2: a secondary equal to 2 + p − q, p and q primary).
  for (const system of options.systems) {
    for (const cell of combinedPinned(model, masks, system, bounds.get(system)!)) {
      if (!isStatedPinned(cell, masks[cell], system, options)) yield { cell, relations: relationsOf(model, cell), system };
    }
  }
}

/** The first masked count a reader can pin down, skipping those already given up on. */
export function findExposure(model: CellModel, masks: Masks, options: ComplementOptions, ignored: Ignored): Exposure | undefined {
  for (const e of exposures(model, masks, options)) if (!isIgnored(ignored, e.cell, e.system)) return e;
  return undefined;
}

/** Every masked count a reader can pin down, as exposure keys. */
export function allExposures(model: CellModel, masks: Masks, options: ComplementOptions): Set<string> {
  return new Set([...exposures(model, masks, options)].map((e) => exposureKey(e.cell, e.system)));
}

/**
 * The cell to hide next: a published group in the exposing relations — the
 * smallest, so that as little as possible is lost — preferring, for a pinned
 * count, one that adds slack to that count (a partner holding exactly k rows
 * or no selected rows widens nothing), and keeping explicit reference groups
 * visible while anything else will do. Ties go to attribute order, then key.
 */
export function chooseComplement(model: CellModel, masks: Masks, exposure: Exposure, options: ComplementOptions): number | undefined {
  for (const pool of relationPools(model, masks, exposure)) {
    const candidates = [...new Set(pool.flatMap((r) => model.relations[r]!.terms.map((t) => t.cell)))].filter(
      (c) => model.cells[c]!.kind === 'group' && masks[c] === undefined,
    );
    if (candidates.length === 0) continue;
    // how far the count sits above what the report would state of it once hidden (n ≥ k; a named breach: above its bound)
    const slack = (c: number) => (exposure.system === undefined ? 1 : countValue(model.cells[c]!, exposure.system) - statedRange(c, 'secondary', exposure.system, options)[0]);
    const rank = (c: number) => [slack(c) > 0 ? 0 : 1, options.isPreferredVisible?.(c) ? 1 : 0, model.cells[c]!.counts.n, model.cells[c]!.attribute];
    return candidates.sort((a, b) => compareRanks(rank(a), rank(b)) || compareKeys(model, a, b))[0];
  }
  return undefined;
}

/**
 * Where to look for a partner, nearest first: the exposing relations, every
 * relation of the cell, then relations reached through hidden cells (a
 * partner further out can still widen a bound through the chain).
 */
function* relationPools(model: CellModel, masks: Masks, exposure: Exposure): Generator<readonly number[]> {
  yield exposure.relations;
  const seen = new Set<number>(relationsOf(model, exposure.cell));
  yield [...seen];
  for (let frontier = [...seen]; frontier.length > 0; ) {
    const hidden = new Set(frontier.flatMap((r) => model.relations[r]!.terms.map((t) => t.cell)).filter((c) => masks[c] !== undefined || model.cells[c]!.kind === 'remainder'));
    frontier = [...hidden].flatMap((c) => relationsOf(model, c)).filter((r) => !seen.has(r));
    frontier = [...new Set(frontier)];
    frontier.forEach((r) => seen.add(r));
    if (frontier.length > 0) yield frontier;
  }
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
  /** masked groups with a count that the published totals pin down however much else is hidden */
  unprotected: number[];
}

/**
 * Primary masks (0 < n < k) plus complementary ones until no masked count can
 * be recovered: not by one-unknown elimination (the classic rule: no relation
 * with exactly one hidden cell), not by any linear combination of relations,
 * and not by bounding counts relation by relation. What the report states of
 * a cell outright (its marker, a verdict on it, a population total of 0) is
 * no exposure. Exposures that remain even with every group hidden (a
 * one-group attribute) are beyond repair: they are reported, not chased. Each
 * round hides one more cell or gives one exposure up, so the loop ends.
 */
export function complementarySuppression(model: CellModel, options: ComplementOptions): ComplementResult {
  const masks: Masks = model.cells.map((c) => (c.kind === 'group' && c.counts.n > 0 && c.counts.n < options.k ? 'primary' : undefined));
  if (!masks.includes('primary')) return { masks, unprotected: [] };
  const everything: Masks = model.cells.map((c, i) => masks[i] ?? (c.kind === 'group' ? 'secondary' : undefined));
  const ignored = allExposures(model, everything, options);
  for (let e = findExposure(model, masks, options, ignored); e; e = findExposure(model, masks, options, ignored)) {
    const cell = chooseComplement(model, masks, e, options);
    if (cell === undefined) ignored.add(exposureKey(e.cell, e.system));
    else masks[cell] = 'secondary';
  }
  const exposed = new Set([...allExposures(model, masks, options)].map((key) => Number(key.split('/')[0])));
  return { masks, unprotected: [...exposed].sort((a, b) => a - b) };
}
