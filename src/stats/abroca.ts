/** Per score, the rows with label 1 and with label 0 (the shape of the tally's exact AUC histogram). */
export interface ScoreLabelCounts {
  pos: ReadonlyMap<number, number>;
  neg: ReadonlyMap<number, number>;
}

/** A ROC curve as its vertices (FPR, TPR), from (0, 0) to (1, 1), FPR non-decreasing. */
export type RocPoints = { fpr: number[]; tpr: number[] };

/**
 * The empirical ROC curve: lowering the threshold past each distinct score
 * (highest first) adds that score's negatives and positives at once, so a
 * score with both draws one straight segment — the curve whose area is the
 * AUC with ties counted ½ (the Mann–Whitney AUC fairgate reports). Null when
 * a class is empty.
 */
export function rocPoints(h: ScoreLabelCounts): RocPoints | null {
  const scores = [...new Set([...h.pos.keys(), ...h.neg.keys()])].sort((a, b) => a - b);
  return rocOfCells({ pos: Float64Array.from(scores, (x) => h.pos.get(x) ?? 0), neg: Float64Array.from(scores, (x) => h.neg.get(x) ?? 0) });
}

/** Label-1 and label-0 counts per score (or per grid cell), in increasing score order; cells empty on both sides are skipped. */
export interface ScoreCells {
  pos: ArrayLike<number>;
  neg: ArrayLike<number>;
}

/** rocPoints of cells in increasing score order (a tally's exact histogram, or its grid: the AUC histogram's cells). */
export function rocOfCells(h: ScoreCells): RocPoints | null {
  let P = 0;
  let N = 0;
  for (let i = 0; i < h.pos.length; i++) {
    P += h.pos[i]!;
    N += h.neg[i]!;
  }
  if (!(P > 0) || !(N > 0)) return null;
  const fpr = [0];
  const tpr = [0];
  let tp = 0;
  let fp = 0;
  for (let i = h.pos.length - 1; i >= 0; i--) {
    if (h.pos[i] === 0 && h.neg[i] === 0) continue;
    tp += h.pos[i]!;
    fp += h.neg[i]!;
    fpr.push(fp === N ? 1 : fp / N);
    tpr.push(tp === P ? 1 : tp / P);
  }
  return { fpr, tpr };
}

/**
 * A sweep over one curve's segments of positive width, left to right (they
 * partition [0, 1]; vertical steps have none): the TPR at u and v within the
 * segment that covers [u, v] (u < v, consecutive breakpoints, called in
 * increasing order). The segment starts at the last point with FPR ≤ u.
 */
function sweeper(c: RocPoints): (u: number, v: number, out: Float64Array) => void {
  const { fpr, tpr } = c;
  let k = 0;
  return (u, v, out) => {
    while (k + 1 < fpr.length && fpr[k + 1]! <= u) k++;
    const x0 = fpr[k]!;
    const x1 = fpr[k + 1]!;
    const y0 = tpr[k]!;
    const y1 = tpr[k + 1]!;
    out[0] = y0 + ((y1 - y0) * (u - x0)) / (x1 - x0);
    out[1] = y0 + ((y1 - y0) * (v - x0)) / (x1 - x0);
  };
}

/** The next breakpoint after `x` of either curve (both FPR lists non-decreasing), or undefined past the last. */
function nextBreakpoint(a: readonly number[], b: readonly number[], at: { i: number; j: number }, x: number): number | undefined {
  while (at.i < a.length && a[at.i]! <= x) at.i++;
  while (at.j < b.length && b[at.j]! <= x) at.j++;
  if (at.i === a.length && at.j === b.length) return undefined;
  return Math.min(at.i < a.length ? a[at.i]! : Infinity, at.j < b.length ? b[at.j]! : Infinity);
}

/**
 * ABROCA, the absolute area between two groups' ROC curves (J. Gardner,
 * C. Brooks and R. Baker, "Evaluating the fairness of predictive student
 * models through slicing analysis", LAK 2019):
 *
 *   ABROCA = ∫₀¹ |TPR_A(f) − TPR_B(f)| df,
 *
 * each curve the piecewise-linear empirical ROC of `rocPoints` (TPR a function
 * of FPR; vertical steps have no width and add nothing). Computed exactly:
 * between consecutive breakpoints of either curve both are linear, so the
 * difference is linear and its absolute integral is a trapezoid, or two
 * triangles when it changes sign. (Gardner et al.'s code interpolates both
 * curves onto a grid and integrates numerically; this is that integral's
 * exact value.) 0 ≤ ABROCA ≤ 1; equal to |AUC_A − AUC_B| when one curve lies
 * above the other everywhere. Null when a group lacks a class.
 */
export function abroca(a: ScoreLabelCounts, b: ScoreLabelCounts): number | null {
  return abrocaOfCurves(rocPoints(a), rocPoints(b));
}

/** ABROCA of two ROC curves (rocPoints / rocOfCells); null when either is undefined. */
export function abrocaOfCurves(ca: RocPoints | null, cb: RocPoints | null): number | null {
  if (!ca || !cb) return null;
  const onA = sweeper(ca);
  const onB = sweeper(cb);
  const at = { i: 0, j: 0 };
  const a = new Float64Array(2);
  const b = new Float64Array(2);
  let area = 0;
  // the breakpoints of both curves merged in order (both start at 0): linear in their lengths
  for (let u = Math.min(ca.fpr[0]!, cb.fpr[0]!), v = nextBreakpoint(ca.fpr, cb.fpr, at, u); v !== undefined; u = v, v = nextBreakpoint(ca.fpr, cb.fpr, at, u)) {
    onA(u, v, a);
    onB(u, v, b);
    const du = a[0]! - b[0]!;
    const dv = a[1]! - b[1]!;
    const width = v - u;
    if (du * dv >= 0) area += ((Math.abs(du) + Math.abs(dv)) / 2) * width;
    else area += ((du * du + dv * dv) / (2 * Math.abs(du - dv))) * width;
  }
  return area;
}
