import type { Interval } from '../model/interval.js';

/**
 * Katz log interval for the ratio of two independent proportions
 * (x₁/n₁)/(x₂/n₂) — the impact ratio. D. Katz, J. Baptista, S. P. Azen and
 * M. C. Pike, Biometrics 34 (1978) 469–474:
 *
 *   exp( ln(p̂₁/p̂₂) ± z·√(1/x₁ − 1/n₁ + 1/x₂ − 1/n₂) )
 *
 * Zero cells. The ratio is undefined (null, no interval) when x₂ = 0. When any
 * of the four cells x₁, n₁−x₁, x₂, n₂−x₂ is 0 the standard error is taken from
 * the table with 0.5 added to every cell (x + 0.5 of n + 1: the
 * Haldane–Anscombe correction, as in Pagano & Gauvreau 2000 and MedCalc); the
 * interval stays centred on the reported ratio so that it always contains it.
 * When x₁ = 0 the ratio is 0 and its logarithm is −∞: the lower limit is 0 and
 * the upper limit is exp(ln of the corrected ratio + z·se).
 */
export function katzInterval(x1: number, n1: number, x2: number, n2: number, z: number): Interval | null {
  if (n1 === 0 || n2 === 0 || x2 === 0) return null;
  const hasZeroCell = x1 === 0 || x1 === n1 || x2 === n2;
  const [a, m1, c, m2] = hasZeroCell ? [x1 + 0.5, n1 + 1, x2 + 0.5, n2 + 1] : [x1, n1, x2, n2];
  const se = Math.sqrt(1 / a - 1 / m1 + 1 / c - 1 / m2);
  if (x1 === 0) return [0, Math.exp(Math.log(a / m1 / (c / m2)) + z * se)];
  const centre = Math.log(x1 / n1 / (x2 / n2));
  return [Math.exp(centre - z * se), Math.exp(centre + z * se)];
}
