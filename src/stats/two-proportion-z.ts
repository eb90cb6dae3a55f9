import { twoSidedNormalP } from './normal.js';

export interface ZTestResult {
  z: number;
  pValue: number;
}

/**
 * Pooled two-proportion z test of H₀: p₁ = p₂, two-sided:
 * z = (p̂₁ − p̂₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)) with p̄ = (x₁ + x₂)/(n₁ + n₂),
 * p = P(|Z| ≥ |z|). Null when a sample is empty; when p̄ is 0 or 1 both
 * proportions are equal and p = 1. (Equivalent to Pearson's χ² test without
 * continuity correction: z² = χ².)
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): ZTestResult | null {
  if (n1 === 0 || n2 === 0) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (variance === 0) return { z: 0, pValue: 1 };
  const z = (x1 / n1 - x2 / n2) / Math.sqrt(variance);
  return { z, pValue: twoSidedNormalP(z) };
}
