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
  const scores = [...new Set([...h.pos.keys(), ...h.neg.keys()])].sort((a, b) => b - a);
  let P = 0;
  let N = 0;
  for (const c of h.pos.values()) P += c;
  for (const c of h.neg.values()) N += c;
  if (!(P > 0) || !(N > 0)) return null;
  const fpr = [0];
  const tpr = [0];
  let tp = 0;
  let fp = 0;
  for (const s of scores) {
    tp += h.pos.get(s) ?? 0;
    fp += h.neg.get(s) ?? 0;
    fpr.push(fp === N ? 1 : fp / N);
    tpr.push(tp === P ? 1 : tp / P);
  }
  return { fpr, tpr };
}

/** The curve's segments of positive width, left to right: they partition [0, 1]. */
function segments(c: RocPoints): { x0: number; x1: number; y0: number; y1: number }[] {
  const out: { x0: number; x1: number; y0: number; y1: number }[] = [];
  for (let i = 0; i + 1 < c.fpr.length; i++) {
    if (c.fpr[i + 1]! > c.fpr[i]!) out.push({ x0: c.fpr[i]!, x1: c.fpr[i + 1]!, y0: c.tpr[i]!, y1: c.tpr[i + 1]! });
  }
  return out;
}

/** A sweep over one curve's segments: the TPR at x within the segment that covers [u, v] (u < v, consecutive breakpoints). */
function sweeper(c: RocPoints): (u: number, v: number) => [number, number] {
  const segs = segments(c);
  let k = 0;
  return (u, v) => {
    while (k + 1 < segs.length && segs[k]!.x1 <= u) k++;
    const s = segs[k]!;
    const at = (x: number) => s.y0 + ((s.y1 - s.y0) * (x - s.x0)) / (s.x1 - s.x0);
    return [at(u), at(v)];
  };
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
  const ca = rocPoints(a);
  const cb = rocPoints(b);
  if (!ca || !cb) return null;
  const xs = [...new Set([...ca.fpr, ...cb.fpr])].sort((x, y) => x - y);
  const onA = sweeper(ca);
  const onB = sweeper(cb);
  let area = 0;
  for (let i = 0; i + 1 < xs.length; i++) {
    const u = xs[i]!;
    const v = xs[i + 1]!;
    const [au, av] = onA(u, v);
    const [bu, bv] = onB(u, v);
    const du = au - bu;
    const dv = av - bv;
    const width = v - u;
    if (du * dv >= 0) area += ((Math.abs(du) + Math.abs(dv)) / 2) * width;
    else area += ((du * du + dv * dv) / (2 * Math.abs(du - dv))) * width;
  }
  return area;
}
