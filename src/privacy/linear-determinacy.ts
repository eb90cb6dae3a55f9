import type { CellModel } from './cell-model.js';
import { isPublished, type Masks } from './exposure.js';

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

/**
 * Hidden cells whose counts follow from the published relations by any linear
 * combination, not only one relation at a time (two hidden blocks joined by a
 * single hidden "bridge" cell pass the one-at-a-time test, yet the bridge is
 * determined). Unknown j is determined iff the unit vector e_j lies in the row
 * space of the relations restricted to the unknowns: in reduced echelon form,
 * j is a pivot whose row has no other non-zero entry. Exact (BigInt), since a
 * rounding error here would be a disclosure.
 */
export function determinedCells(model: CellModel, masks: Masks): number[] {
  const unknowns = model.cells.flatMap((c, i) => (isPublished(c, masks[i]) ? [] : [i]));
  const column = new Map(unknowns.map((cell, j) => [cell, j]));
  const rows: bigint[][] = [];
  for (const relation of model.relations) {
    const row = new Array<bigint>(unknowns.length).fill(0n);
    let hasUnknown = false;
    for (const t of relation.terms) {
      const j = column.get(t.cell);
      if (j === undefined) continue;
      row[j] = row[j]! + BigInt(t.sign);
      hasUnknown = true;
    }
    if (hasUnknown) rows.push(row);
  }
  const pivots = reduce(rows, unknowns.length);
  return pivots.flatMap((col, r) => (rows[r]!.every((v, j) => j === col || v === 0n) ? [unknowns[col]!] : []));
}
