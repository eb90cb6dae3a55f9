import type { CellModel, Relation } from './cell-model.js';
import { countValue, isPublished, statedRange, type CountSystem, type Masks, type Statements } from './cell-exposure.js';

/** What a reader can bound each cell's count to: [lo, hi], hi may be Infinity. */
export interface Bounds {
  lo: Float64Array;
  hi: Float64Array;
}

/** Sweeps are cheap; the cap only guards against slow creeping on long cycles. */
const MAX_SWEEPS = 200;

/**
 * What the report itself tells a reader before any arithmetic: published
 * counts exactly; a listed group has at least one row; a `primary` group has
 * fewer than k rows and a `secondary` one at least k (the markers say so);
 * every count is ≥ 0 and, for a hidden cell, at most its row count's bound
 * and within what a verdict on it states (statedRange).
 */
function initialBounds(model: CellModel, masks: Masks, system: CountSystem, statements: Statements, rows?: Bounds): Bounds {
  const size = model.cells.length;
  const b: Bounds = { lo: new Float64Array(size), hi: new Float64Array(size).fill(Infinity) };
  model.cells.forEach((cell, i) => {
    if (isPublished(cell, masks[i])) {
      b.lo[i] = b.hi[i] = countValue(cell, system);
      return;
    }
    [b.lo[i], b.hi[i]] = statedRange(i, masks[i], system, statements);
    if (rows) b.hi[i] = Math.min(b.hi[i]!, rows.hi[i]!);
  });
  return b;
}

/** Tightens the bounds of a relation's terms once; returns whether anything changed. */
function tighten(relation: Relation, b: Bounds): boolean {
  // Σ sign·x = 0. Sums of the terms' extreme contributions, with infinities counted apart (∞ − ∞ is NaN).
  let lowSum = 0;
  let lowInfinite = 0;
  let highSum = 0;
  let highInfinite = 0;
  const low = (cell: number, sign: number) => (sign > 0 ? b.lo[cell]! : -b.hi[cell]!);
  const high = (cell: number, sign: number) => (sign > 0 ? b.hi[cell]! : -b.lo[cell]!);
  for (const t of relation.terms) {
    const l = low(t.cell, t.sign);
    const h = high(t.cell, t.sign);
    if (Number.isFinite(l)) lowSum += l;
    else lowInfinite++;
    if (Number.isFinite(h)) highSum += h;
    else highInfinite++;
  }
  let isChanged = false;
  for (const t of relation.terms) {
    const l = low(t.cell, t.sign);
    const h = high(t.cell, t.sign);
    const othersLow = lowInfinite - (Number.isFinite(l) ? 0 : 1) > 0 ? -Infinity : lowSum - (Number.isFinite(l) ? l : 0);
    const othersHigh = highInfinite - (Number.isFinite(h) ? 0 : 1) > 0 ? Infinity : highSum - (Number.isFinite(h) ? h : 0);
    // sign·x = −others  →  x ∈ [−othersHigh, −othersLow] (sign +1) or [othersLow, othersHigh] (sign −1)
    const newLo = t.sign > 0 ? -othersHigh : othersLow;
    const newHi = t.sign > 0 ? -othersLow : othersHigh;
    if (newLo > b.lo[t.cell]!) [b.lo[t.cell], isChanged] = [newLo, true];
    if (newHi < b.hi[t.cell]!) [b.hi[t.cell], isChanged] = [newHi, true];
  }
  return isChanged;
}

/**
 * Interval propagation: what a reader learns by bounding each hidden count
 * from one relation at a time, repeatedly. It catches what exact linear
 * algebra cannot see: that two hidden groups summing to 2 must hold one row
 * each, or that a hidden sum of selected rows of 0 means nobody in any of
 * them was selected. For counts other than `n`, pass the row bounds; `statements`
 * is k alone, or k with what the report states of cells (cell-exposure.ts).
 */
export function propagateBounds(model: CellModel, masks: Masks, system: CountSystem, statements: Statements | number, rows?: Bounds): Bounds {
  const b = initialBounds(model, masks, system, typeof statements === 'number' ? { k: statements } : statements, rows);
  const active = model.relations.filter((r) => r.terms.some((t) => b.lo[t.cell] !== b.hi[t.cell]));
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let isChanged = false;
    for (const relation of active) if (tighten(relation, b)) isChanged = true;
    if (!isChanged) break;
  }
  return b;
}
