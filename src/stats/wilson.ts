import type { Interval } from '../model/interval.js';

/**
 * Wilson score interval for a proportion x/n at critical value z:
 * (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n). Undefined (null) for
 * n = 0. The limits are exactly 0 at x = 0 and exactly 1 at x = n (the
 * formula gives them up to rounding). E. B. Wilson, JASA 22 (1927) 209–212;
 * method 3 of Newcombe, Statistics in Medicine 17 (1998) 857–872.
 */
export function wilsonInterval(successes: number, trials: number, z: number): Interval | null {
  if (trials === 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  const lower = successes === 0 ? 0 : Math.max(0, centre - half);
  const upper = successes === trials ? 1 : Math.min(1, centre + half);
  return [lower, upper];
}
