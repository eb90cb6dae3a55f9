import type { GroupTally } from '../core/types.js';
import type { CalibrationTest } from '../model/audit-result.js';
import { expectedEceUnderCalibration, eceFromBins, type CalibrationBinSums } from '../stats/calibration-null.js';
import { hosmerLemeshow } from '../stats/calibration-tests.js';

/** The tally's calibration bins as the sums the calibration statistics read (empty bins included: they add nothing). */
export function calibrationBinSums(t: GroupTally): CalibrationBinSums[] {
  const out: CalibrationBinSums[] = [];
  for (let b = 0; b < t.binSquares.length; b++) {
    out.push({ rows: t.bins[3 * b]!, sumScore: t.bins[3 * b + 1]!, sumScoreSquared: t.binSquares[b]!, sumLabel: t.bins[3 * b + 2]! });
  }
  return out;
}

/**
 * A group's test of perfect calibration, from its bin sums only (so a merged
 * aggregate or a warehouse result gives the same test as one pass over the
 * rows): the Hosmer–Lemeshow statistic over the fixed score bins, with the
 * external-validation degrees of freedom (one per bin whose mean score is
 * strictly between 0 and 1) and the p-value of the moment-matched reference
 * (calibration-tests.ts: the textbook χ² rejects too often in small groups);
 * the ECE expected under perfect calibration for this group's scores
 * (calibration-null.ts), and the ECE less that expectation, floored at 0.
 * Undefined for a group without scored rows, or whose scores are all 0 or 1
 * (no bin has a variance to test against).
 */
export function calibrationTest(t: GroupTally): CalibrationTest | undefined {
  const bins = calibrationBinSums(t);
  const hl = hosmerLemeshow(bins);
  const ece = eceFromBins(bins);
  const expectedEce = expectedEceUnderCalibration(bins);
  if (hl === null || ece === null || expectedEce === null) return undefined;
  return { test: 'hosmer-lemeshow', statistic: hl.statistic, df: hl.df, pValue: hl.pValue, expectedEce, debiasedEce: Math.max(0, ece - expectedEce) };
}

