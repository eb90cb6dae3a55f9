import type { TestName } from '../model/vocabulary.js';
import { fisherExactTwoSided } from './fisher.js';
import { twoProportionZTest } from './two-proportion-z.js';

export interface ProportionTest {
  test: TestName;
  /** two-sided p-value, before any multiplicity adjustment */
  pValue: number;
  /** the smallest expected cell count of the 2×2 table under H₀ (why the test was chosen) */
  minExpected: number;
}

/** Cochran's rule: the normal approximation is trusted when every expected count is at least 5. */
export const MIN_EXPECTED_FOR_Z = 5;

/**
 * Two-sided test of H₀: x₁/n₁ = x₂/n₂ on the 2×2 table [[x₁, n₁−x₁], [x₂, n₂−x₂]].
 * Fisher's exact test when any expected count n_i·c_j/N is below 5
 * (W. G. Cochran, Biometrics 10 (1954) 417–451), else the pooled
 * two-proportion z test. Null when a sample is empty.
 */
export function compareProportions(x1: number, n1: number, x2: number, n2: number): ProportionTest | null {
  if (n1 === 0 || n2 === 0) return null;
  const total = n1 + n2;
  const successes = x1 + x2;
  const minExpected = (Math.min(n1, n2) * Math.min(successes, total - successes)) / total;
  if (minExpected < MIN_EXPECTED_FOR_Z) {
    return { test: 'fisher', pValue: fisherExactTwoSided(x1, n1 - x1, x2, n2 - x2), minExpected };
  }
  return { test: 'z', pValue: twoProportionZTest(x1, n1, x2, n2)!.pValue, minExpected };
}
