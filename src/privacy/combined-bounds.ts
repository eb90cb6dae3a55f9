import type { CellModel } from './cell-model.js';
import { countValue, isPinned, isPublished, type CountSystem, type Masks } from './cell-exposure.js';
import type { Bounds } from './interval-bounds.js';
import { determinedCells, projectedRelations } from './linear-determinacy.js';
import { maximise } from './simplex.js';

/** A cell on one of its bounds, and the sign of the directions that keep it inside. */
type Tight = readonly [cell: number, sign: 1 | -1];

/**
 * The reader that combines the relations with the bounds, as a linear
 * program would: it finds a masked count that is the only value every table
 * consistent with the report gives it, even when no single relation (the
 * interval reader) and no exact linear combination alone (linear algebra)
 * pins it. Example (k = 2, so each `primary` group holds 1 row): a secondary
 * group equal to 2 + p − q, with p and q primary, is 2.
 *
 * The planner knows the true counts x*, a point of the feasible region
 * P = {relations hold, lo ≤ x ≤ hi}. A count j is pinned on P iff no direction
 * d from x* stays in P and changes it: d lies in the null space of the
 * relations, d ≥ 0 where x* sits on its lower bound, d ≤ 0 on its upper bound,
 * d = 0 where lo = hi. Of the bound-tight cells, those that no such direction
 * can move (the cone's implicit equalities) come from one small LP over the
 * relations projected onto them; every cell is then pinned iff linear algebra
 * determines it once the fixed and immovable cells count as known.
 *
 * This is the reader's best over the rationals. With two attributes and their
 * intersection the relations form a network (totally unimodular), so it is
 * also exactly what an integer reader can pin; with more nested attributes an
 * integer reader may in rare cases pin more.
 */
export function combinedPinned(model: CellModel, masks: Masks, system: CountSystem, b: Bounds): number[] {
  const unknowns = model.cells.flatMap((c, i) => (isPublished(c, masks[i]) ? [] : [i]));
  const fixed = unknowns.filter((i) => isPinned(b.lo[i]!, b.hi[i]!, system));
  const isFixed = new Set(fixed);
  const free = unknowns.filter((i) => !isFixed.has(i));
  const truth = (i: number) => countValue(model.cells[i]!, system);
  // +1: on its lower bound (can only grow); −1: on its upper bound (can only shrink)
  const tight = free.flatMap((i): Tight[] => (isPinned(b.lo[i]!, truth(i), system) ? [[i, 1]] : isPinned(truth(i), b.hi[i]!, system) ? [[i, -1]] : []));
  const immovable = immovableCells(model, free, tight);
  const known = new Set([...fixed, ...immovable]);
  const pinned = new Set([...known, ...determinedCells(model, masks, known)]);
  return [...pinned].filter((i) => masks[i] !== undefined).sort((x, y) => x - y);
}

/**
 * The tight cells that every direction in the cone leaves at 0. One LP over
 * y = σ·d on the tight cells (y ≥ 0, the projected relations M·y = 0):
 * maximise Σ t with 0 ≤ t ≤ 1 and t ≤ y. Since the cone is closed under
 * addition, the optimum has t = 1 on every cell some direction moves, 0 on
 * the others.
 */
function immovableCells(model: CellModel, free: readonly number[], tight: readonly Tight[]): number[] {
  if (tight.length === 0) return [];
  const projected = projectedRelations(model, free, tight.map(([cell]) => cell));
  if (projected.length === 0) return [];
  const s = tight.length;
  // columns: y (s), t (s), q (s: y − t − q = 0), w (s: t + w = 1)
  const column = (block: number, i: number) => block * s + i;
  const rows: number[][] = [];
  const rhs: number[] = [];
  const row = () => new Array<number>(4 * s).fill(0);
  for (const relation of projected) {
    const r = row();
    relation.forEach((v, i) => (r[column(0, i)] = Number(v) * tight[i]![1]));
    rows.push(r);
    rhs.push(0);
  }
  for (let i = 0; i < s; i++) {
    const link = row();
    [link[column(0, i)], link[column(1, i)], link[column(2, i)]] = [1, -1, -1];
    const cap = row();
    [cap[column(1, i)], cap[column(3, i)]] = [1, 1];
    rows.push(link, cap);
    rhs.push(0, 1);
  }
  const objective = row().map((_, j) => (j >= s && j < 2 * s ? 1 : 0));
  const result = maximise(objective, rows, rhs);
  // y = t = 0 is always feasible and Σ t ≤ s: anything else is a bug, and guessing would be a disclosure
  if (result.status !== 'optimal') throw new Error(`suppression planner: the combined reader's LP is ${result.status}`);
  return tight.flatMap(([cell], i) => (result.x[column(1, i)]! < 0.5 ? [cell] : []));
}
