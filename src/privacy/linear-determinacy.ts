import type { CellModel } from './cell-model.js';
import { isPublished, type Masks } from './cell-exposure.js';

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Divides a row by the gcd of its entries so that integers stay small. */
function normalise(row: bigint[]): void {
  let g = 0n;
  for (const v of row) if (v !== 0n) g = gcd(g, v);
  if (g > 1n) for (let i = 0; i < row.length; i++) row[i]! /= g;
}

/** Reduced row echelon form, fraction-free and exact; returns the pivot column of each row. */
function reduce(rows: bigint[][], width: number): number[] {
  const pivots: number[] = [];
  for (let col = 0; col < width && pivots.length < rows.length; col++) {
    const r = pivots.length;
    const found = rows.findIndex((row, i) => i >= r && row[col] !== 0n);
    if (found < 0) continue;
    [rows[r], rows[found]] = [rows[found]!, rows[r]!];
    const pivot = rows[r]!;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const b = row[col]!;
      if (i === r || b === 0n) continue;
      const a = pivot[col]!;
      for (let j = 0; j < width; j++) row[j] = row[j]! * a - pivot[j]! * b;
      normalise(row);
    }
    pivots.push(col);
  }
  return pivots;
}

/** The relations restricted to the unknown cells, as integer rows over their columns (relations with no unknown left out). */
export function unknownRows(model: CellModel, column: ReadonlyMap<number, number>): bigint[][] {
  const rows: bigint[][] = [];
  for (const relation of model.relations) {
    const row = new Array<bigint>(column.size).fill(0n);
    let hasUnknown = false;
    for (const t of relation.terms) {
      const j = column.get(t.cell);
      if (j === undefined) continue;
      row[j] = row[j]! + BigInt(t.sign);
      hasUnknown = true;
    }
    if (hasUnknown) rows.push(row);
  }
  return rows;
}

/**
 * Hidden cells whose counts follow from the published relations by any linear
 * combination, not only one relation at a time (two hidden blocks joined by a
 * single hidden "bridge" cell pass the one-at-a-time test, yet the bridge is
 * determined). Unknown j is determined iff the unit vector e_j lies in the row
 * space of the relations restricted to the unknowns: in reduced echelon form,
 * j is a pivot whose row has no other non-zero entry. Exact (BigInt), since a
 * rounding error here would be a disclosure. Cells in `alsoKnown` count as
 * published (a reader has pinned them some other way).
 */
export function determinedCells(model: CellModel, masks: Masks, alsoKnown: ReadonlySet<number> = new Set()): number[] {
  const unknowns = model.cells.flatMap((c, i) => (isPublished(c, masks[i]) || alsoKnown.has(i) ? [] : [i]));
  const rows = unknownRows(model, new Map(unknowns.map((cell, j) => [cell, j])));
  const pivots = reduce(rows, unknowns.length);
  return pivots.flatMap((col, r) => (rows[r]!.every((v, j) => j === col || v === 0n) ? [unknowns[col]!] : []));
}

/**
 * What the relations say about `last` alone: with the other unknowns
 * eliminated, the rows (over `last`, in its order) that every solution's
 * values of `last` satisfy, and no others. Gaussian elimination with the
 * other unknowns' columns first: the echelon rows whose pivot falls among
 * `last` have zeros everywhere else.
 */
export function projectedRelations(model: CellModel, unknowns: readonly number[], last: readonly number[]): bigint[][] {
  const isLast = new Set(last);
  const order = [...unknowns.filter((c) => !isLast.has(c)), ...last];
  const first = order.length - last.length;
  const rows = unknownRows(model, new Map(order.map((cell, j) => [cell, j])));
  const pivots = reduce(rows, order.length);
  return pivots.flatMap((col, r) => (col >= first ? [rows[r]!.slice(first)] : []));
}
