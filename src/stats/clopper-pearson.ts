import betainc from '@stdlib/math-base-special-betainc';
import type { Interval } from '../model/interval.js';

/** The p in [0, 1] where the increasing function f crosses `target`, by bisection to the last bit a double can tell apart. */
function solveIncreasing(f: (p: number) => number, target: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The Clopper–Pearson ("exact") interval of a binomial proportion at
 * confidence 1 − a (C. J. Clopper and E. S. Pearson, Biometrika 26 (1934)
 * 404–413): the p where P(X ≥ x | p) = a/2 and P(X ≤ x | p) = a/2, written with
 * the regularised incomplete beta function, P(X ≥ x | p) = I_p(x, n − x + 1).
 * Its coverage is at least 1 − a at every p. It stays valid for a sum of
 * Bernoulli trials with unequal p's (a calibration bin's positives): the
 * Poisson-binomial's tails beyond one unit from its mean are no heavier than
 * the binomial's of the same mean (W. Hoeffding, Ann. Math. Statist. 27
 * (1956) 713–721), which the seeded simulation of ece-interval.test.ts
 * confirms. Null for no trials.
 */
export function clopperPearson(successes: number, trials: number, a: number): Interval | null {
  if (trials <= 0) return null;
  const x = successes;
  const n = trials;
  const lower = x === 0 ? 0 : solveIncreasing((p) => betainc(p, x, n - x + 1, true, false), a / 2);
  // P(X ≤ x | p) = 1 − I_p(x + 1, n − x) decreases in p: solve I_p(x + 1, n − x) = 1 − a/2
  const upper = x === n ? 1 : solveIncreasing((p) => betainc(p, x + 1, n - x, true, false), 1 - a / 2);
  return [lower, upper];
}
