/**
 * A small dense simplex for the planner's combined reader (`combined-bounds.ts`):
 * maximise c·x subject to A x = b and x ≥ 0, with b ≥ 0. Two phases, and
 * Bland's rule throughout: the problems are cones at a degenerate vertex,
 * where the usual largest-coefficient rule can cycle. The entries are small
 * integers, so EPS only absorbs the rounding of divisions.
 */
const EPS = 1e-9;

export type LpResult = { status: 'optimal'; x: Float64Array; value: number } | { status: 'infeasible' | 'unbounded' };

interface Tableau {
  /** m rows of n + m + 1 entries: the columns of x, the artificials, the right-hand side */
  rows: Float64Array[];
  /** reduced costs (−objective value in the last entry) */
  z: Float64Array;
  basis: number[];
  /** columns that may enter the basis */
  enterable: number;
  /** rows found redundant in phase one (all zero outside the artificials) */
  dropped: Set<number>;
}

function pivot(t: Tableau, r: number, e: number): void {
  const row = t.rows[r]!;
  const p = row[e]!;
  for (let j = 0; j < row.length; j++) row[j]! /= p;
  const eliminate = (other: Float64Array) => {
    const f = other[e]!;
    if (f === 0) return;
    for (let j = 0; j < other.length; j++) other[j]! -= f * row[j]!;
    other[e] = 0;
  };
  t.rows.forEach((other, i) => i !== r && eliminate(other));
  eliminate(t.z);
  t.basis[r] = e;
}

/** Bland's rule until no reduced cost is positive; false when the objective is unbounded. */
function iterate(t: Tableau): boolean {
  const rhs = t.z.length - 1;
  for (;;) {
    // entering: the first column that improves the objective; leaving: the smallest ratio, ties to the first basic column
    const e = t.z.subarray(0, t.enterable).findIndex((v) => v > EPS);
    if (e < 0) return true;
    let r = -1;
    let best = Infinity;
    t.rows.forEach((row, i) => {
      if (t.dropped.has(i) || row[e]! <= EPS) return;
      const ratio = row[rhs]! / row[e]!;
      if (r < 0 || ratio < best - EPS || (ratio <= best + EPS && t.basis[i]! < t.basis[r]!)) [r, best] = [i, ratio];
    });
    if (r < 0) return false;
    pivot(t, r, e);
  }
}

/** Reduced costs of `cost` (per column) for the current basis. */
function priceOut(t: Tableau, cost: (j: number) => number): void {
  t.z = new Float64Array(t.z.length).map((_, j) => (j < t.z.length - 1 ? cost(j) : 0));
  t.rows.forEach((row, i) => {
    const c = cost(t.basis[i]!);
    if (c !== 0) for (let j = 0; j < row.length; j++) t.z[j]! -= c * row[j]!;
  });
}

export function maximise(c: readonly number[], a: readonly (readonly number[])[], b: readonly number[]): LpResult {
  const [m, n] = [a.length, c.length];
  const rows = a.map((coeffs, i) => {
    const row = new Float64Array(n + m + 1);
    row.set(coeffs);
    row[n + i] = 1;
    row[n + m] = b[i]!;
    return row;
  });
  const t: Tableau = { rows, z: new Float64Array(n + m + 1), basis: a.map((_, i) => n + i), enterable: n, dropped: new Set() };
  // phase one: maximise −Σ artificials, from the basis of artificials
  priceOut(t, (j) => (j >= n ? -1 : 0));
  iterate(t);
  if (t.z[n + m]! > EPS * Math.max(1, ...b)) return { status: 'infeasible' };
  // artificials left in the basis (at 0) leave through any non-zero entry; a row without one is redundant
  t.rows.forEach((row, i) => {
    if (t.basis[i]! < n) return;
    const j = row.findIndex((v, col) => col < n && Math.abs(v) > EPS);
    if (j < 0) t.dropped.add(i);
    else pivot(t, i, j);
  });
  priceOut(t, (j) => (j < n ? c[j]! : 0));
  if (!iterate(t)) return { status: 'unbounded' };
  const x = new Float64Array(n);
  t.rows.forEach((row, i) => t.basis[i]! < n && (x[t.basis[i]!] = row[n + m]!));
  return { status: 'optimal', x, value: -t.z[n + m]! };
}
