import { binomialMeanAbsoluteDeviation } from './poisson-binomial.js';

/**
 * Per calibration bin, the sums a tally carries (all mergeable by addition):
 * rows, Σs, Σs² and Σy over the bin's rows (s the score, y the 0/1 label).
 * Σs(1 − s) = Σs − Σs² is the variance of the bin's positives under perfect
 * calibration.
 */
export interface CalibrationBinSums {
  rows: number;
  sumScore: number;
  sumScoreSquared: number;
  sumLabel: number;
}

/** Σs(1 − s), clipped at 0 against rounding. */
export function nullVariance(bin: CalibrationBinSums): number {
  return Math.max(0, bin.sumScore - bin.sumScoreSquared);
}

/**
 * E|O − E| for one bin under perfect calibration, where O = Σy is a sum of
 * independent Bernoulli(sᵢ) (a Poisson-binomial count) and E = Σs its mean.
 *
 * The exact value needs every score (poisson-binomial.ts); from the sums it is
 * approximated by the binomial with the bin's mean score p̄ = Σs/n — whose mean
 * absolute deviation De Moivre gave in closed form, keeping the lattice
 * (discreteness) effects that dominate in bins of a few rows — rescaled by
 * √(Σs(1 − s) / (n·p̄(1 − p̄))) so that its variance is the Poisson-binomial
 * one: the binomial overstates the variance by Σ(s − p̄)², the spread of the
 * scores inside the bin. For one row it is exact (2s(1 − s)); as n grows it
 * tends to σ√(2/π), the normal value, which is the Poisson-binomial limit.
 * Against the exact Poisson-binomial value on simulated bins of width 0.1 and
 * 1–2,000 rows it is within 1 % (test/unit/stats/calibration-null.test.ts);
 * the plain normal value σ√(2/π) is 20 % low for a single row at s = ½.
 */
export function nullAbsoluteDeviation(bin: CalibrationBinSums): number {
  if (bin.rows === 0) return 0;
  const p = bin.sumScore / bin.rows;
  const binomialVariance = bin.rows * p * (1 - p);
  if (binomialVariance <= 0) return 0;
  return binomialMeanAbsoluteDeviation(bin.rows, p) * Math.sqrt(Math.min(1, nullVariance(bin) / binomialVariance));
}

function totalRows(bins: readonly CalibrationBinSums[]): number {
  return bins.reduce((s, b) => s + b.rows, 0);
}

/** ECE = Σ_b |Σy − Σs| / n over the bins (fairgate's definition); null for no rows. */
export function eceFromBins(bins: readonly CalibrationBinSums[]): number | null {
  const n = totalRows(bins);
  return n === 0 ? null : bins.reduce((s, b) => s + Math.abs(b.sumLabel - b.sumScore), 0) / n;
}

/**
 * The ECE expected if the group's scores were perfectly calibrated:
 * E₀[ECE] = Σ_b E|O_b − E_b| / n. It is what noise alone gives a group of this
 * size and score mix — about 0.8·√(Σs(1 − s))/n per bin, so it shrinks like
 * 1/√n: a calibrated group of 100 rows has E₀[ECE] near 0.06, of 10,000 near
 * 0.006. Null for no rows.
 */
export function expectedEceUnderCalibration(bins: readonly CalibrationBinSums[]): number | null {
  const n = totalRows(bins);
  return n === 0 ? null : bins.reduce((s, b) => s + nullAbsoluteDeviation(b), 0) / n;
}

/**
 * A debiased ECE: Σ_b √max(0, (O_b − E_b)² − Σs(1 − s)) / n. Since
 * E[(O − E)²] = (true gap)² + Var(O), subtracting the bin's variance under
 * calibration removes the noise term exactly when the scores are calibrated
 * (the same device as the debiased ℓ₂ calibration error of A. Kumar, P. Liang
 * and T. Ma, "Verified uncertainty calibration", NeurIPS 2019, applied per bin
 * and summed as ECE's ℓ₁). Under miscalibration it leaves Var_true − Var₀,
 * which is O(n_b·gap) against the O(n_b²·gap²) signal. Not negative; null for
 * no rows.
 */
export function debiasedEce(bins: readonly CalibrationBinSums[]): number | null {
  const n = totalRows(bins);
  if (n === 0) return null;
  let sum = 0;
  for (const b of bins) sum += Math.sqrt(Math.max(0, (b.sumLabel - b.sumScore) ** 2 - nullVariance(b)));
  return sum / n;
}
