import { nullVariance, type CalibrationBinSums } from './calibration-null.js';
import { chiSquareSf } from './sampling-distributions.js';
import { twoSidedNormalP } from './normal.js';

export interface HosmerLemeshow {
  statistic: number;
  /** bins with rows and 0 < mean score < 1 (each adds one degree of freedom: no parameter was fitted on these rows) */
  df: number;
  /** P(χ²_df > statistic), the textbook p-value; too small in groups of under about 100 rows (see below) */
  pValueChiSquare: number;
  /** the p-value from the scaled chi-square matched to the statistic's null mean and variance (use this one) */
  pValue: number;
}

/**
 * Hosmer–Lemeshow goodness-of-fit test with fixed score bins in its
 * external-validation form (D. W. Hosmer, S. Lemeshow and R. X. Sturdivant,
 * Applied Logistic Regression, 3rd ed. 2013, §5.2.2 and §5.5: a model
 * validated on data it was not fitted to is compared with χ² on G, not G − 2,
 * degrees of freedom):
 *
 *   H = Σ_b (O_b − E_b)² / V_b,  V_b = E_b(1 − E_b/n_b),  E_b = Σs,  O_b = Σy,
 *
 * over the G bins with 0 < E_b < n_b; `pValueChiSquare` = P(χ²_G > H).
 *
 * That χ² reference assumes large expected counts. In a group of 10–50 rows
 * (one to five rows a bin) a seeded simulation of calibrated data rejects at
 * 7 % for α = 5 %. `pValue` therefore refers H to a scaled chi-square c·χ²_ν
 * with the null mean and variance of H (F. E. Satterthwaite, Biometrics
 * Bulletin 2 (1946) 110–114): each bin's O − E has variance V0 = Σs(1 − s) and
 * fourth central moment 3V0² + Σκ₄, κ₄ = s(1 − s)(1 − 6s(1 − s)) per row, so
 *
 *   E[H] = Σ V0/V,  Var[H] = Σ (2V0² + Σκ₄)/V²,  c = Var/(2E),  ν = 2E²/Var,
 *
 * with Σ[s(1 − s)]² taken at its lower bound V0²/n_b (the sums do not carry
 * it; the bound can only enlarge the variance, i.e. err on the safe side).
 * For large bins c → 1 and ν → G, the textbook test. Null when no bin qualifies.
 */
export function hosmerLemeshow(bins: readonly CalibrationBinSums[]): HosmerLemeshow | null {
  let statistic = 0;
  let df = 0;
  let mean = 0;
  let variance = 0;
  for (const b of bins) {
    if (b.rows === 0) continue;
    const v = b.sumScore * (1 - b.sumScore / b.rows);
    if (!(v > 0)) continue;
    statistic += (b.sumLabel - b.sumScore) ** 2 / v;
    df++;
    const v0 = Math.min(v, nullVariance(b));
    const kappa4 = v0 - (6 * v0 * v0) / b.rows;
    mean += v0 / v;
    variance += (2 * v0 * v0 + kappa4) / (v * v);
  }
  if (df === 0) return null;
  const pValueChiSquare = chiSquareSf(statistic, df);
  if (!(mean > 0 && variance > 0)) return { statistic, df, pValueChiSquare, pValue: pValueChiSquare };
  const scale = variance / (2 * mean);
  const nu = (2 * mean * mean) / variance;
  return { statistic, df, pValueChiSquare, pValue: chiSquareSf(statistic / scale, nu) };
}

/**
 * The two sums Spiegelhalter's test needs, carried by the tally per group
 * (each a plain sum over rows, so shards merge by addition; formed per row,
 * not from power sums, whose expansion Σs − 5Σs² + 8Σs³ − 4Σs⁴ cancels badly
 * for scores near 1).
 */
export interface SpiegelhalterSums {
  /** Σ (y − s)(1 − 2s) */
  sumResidualTimesSlope: number;
  /** Σ (1 − 2s)² s(1 − s) */
  sumNullVariance: number;
}

/** The two sums' contribution of one row (score s, label y ∈ {0, 1}). */
export function spiegelhalterTerms(score: number, label: number): SpiegelhalterSums {
  const slope = 1 - 2 * score;
  return { sumResidualTimesSlope: (label - score) * slope, sumNullVariance: slope * slope * score * (1 - score) };
}

/**
 * Spiegelhalter's z test of perfect calibration (D. J. Spiegelhalter,
 * Statistics in Medicine 5 (1986) 421–433): the Brier score minus its
 * expectation under calibration, standardised,
 *
 *   z = Σ(y − s)(1 − 2s) / √Σ(1 − 2s)² s(1 − s),  p = P(|Z| ≥ |z|).
 *
 * No bins. Null when the variance is 0 (every score 0, ½ or 1).
 */
export function spiegelhalterZ(sums: SpiegelhalterSums): { z: number; pValue: number } | null {
  if (!(sums.sumNullVariance > 0)) return null;
  const z = sums.sumResidualTimesSlope / Math.sqrt(sums.sumNullVariance);
  return { z, pValue: twoSidedNormalP(z) };
}
