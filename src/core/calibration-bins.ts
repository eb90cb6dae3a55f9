import type { CalibrationBin } from '../model/vocabulary.js';
/** Default number of equal-width calibration bins of the scores (for `ece` and the reliability diagrams). */
export const DEFAULT_BINS = 10;

/**
 * Bin of a score in [0, 1] among `bins` equal-width bins: min(floor(B·s), B−1),
 * i.e. [i/B, (i+1)/B) with the last bin closed so that s = 1 lands in bin B−1.
 */
export function binOf(score: number, bins: number): number {
  const b = Math.floor(bins * score);
  return b >= bins ? bins - 1 : b < 0 ? 0 : b;
}

/** Non-empty bins of a tally's bin sums (`[3b]` rows, `[3b+1]` Σ score, `[3b+2]` Σ label). */
export function calibrationBins(sums: Float64Array): CalibrationBin[] {
  const bins = sums.length / 3;
  const out: CalibrationBin[] = [];
  for (let b = 0; b < bins; b++) {
    const n = sums[3 * b]!;
    if (n === 0) continue;
    out.push({
      index: b,
      lower: b / bins,
      upper: (b + 1) / bins,
      n,
      meanScore: sums[3 * b + 1]! / n,
      positiveRate: sums[3 * b + 2]! / n,
    });
  }
  return out;
}
