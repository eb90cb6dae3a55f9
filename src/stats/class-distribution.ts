/**
 * Distances between two groups' distributions over the classes of a
 * multi-class decision (the offer, creative or tier shown), from class → count
 * maps. Classes are matched by key; a class missing from one map has count 0
 * there. Both return null when either group has no rows.
 */

/** class → count (rows of one group that received each class) */
export type ClassCounts = ReadonlyMap<string, number>;

function shares(a: ClassCounts, b: ClassCounts): { p: number[]; q: number[] } | null {
  let na = 0;
  let nb = 0;
  for (const c of a.values()) na += c;
  for (const c of b.values()) nb += c;
  if (!(na > 0) || !(nb > 0)) return null;
  const keys = new Set([...a.keys(), ...b.keys()]);
  const p: number[] = [];
  const q: number[] = [];
  for (const k of keys) {
    p.push((a.get(k) ?? 0) / na);
    q.push((b.get(k) ?? 0) / nb);
  }
  return { p, q };
}

/** Total variation distance ½ Σₖ |pₖ − qₖ| (0 = same class mix, 1 = no class in common). */
export function totalVariationDistance(a: ClassCounts, b: ClassCounts): number | null {
  const s = shares(a, b);
  if (!s) return null;
  let sum = 0;
  for (let i = 0; i < s.p.length; i++) sum += Math.abs(s.p[i]! - s.q[i]!);
  return sum / 2;
}

/** x·ln(x/y), 0 at x = 0: scipy.special.rel_entr for 0 ≤ x, 0 < y. */
function relEntr(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log(x / y);
}

/**
 * Jensen–Shannon divergence in bits, with m = (p + q)/2:
 *
 *   JSD(p, q) = ½ Σₖ [pₖ log₂(pₖ/mₖ) + qₖ log₂(qₖ/mₖ)],  0 ≤ JSD ≤ 1,
 *
 * the square of scipy's Jensen–Shannon *distance*
 * `scipy.spatial.distance.jensenshannon(p, q, base=2)` (J. Lin, IEEE Trans.
 * Inf. Theory 37 (1991) 145–151). SageMaker Clarify reports the same
 * divergence (there in nats).
 */
export function jensenShannonDivergence(a: ClassCounts, b: ClassCounts): number | null {
  const s = shares(a, b);
  if (!s) return null;
  let sum = 0;
  for (let i = 0; i < s.p.length; i++) {
    const m = (s.p[i]! + s.q[i]!) / 2;
    if (m > 0) sum += relEntr(s.p[i]!, m) + relEntr(s.q[i]!, m);
  }
  return Math.max(0, sum / 2 / Math.LN2);
}
