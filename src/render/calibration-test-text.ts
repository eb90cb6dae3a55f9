import type { GroupResult } from '../model/audit-result.js';
import { formatPValue, formatValue } from './format-number.js';

/**
 * How the reports show a group's test of perfect calibration, next to its ECE:
 * the ECE a perfectly calibrated group of its size and scores would show by
 * chance, and the test's p-value (Holm-adjusted when the test is in the
 * run's family, i.e. a calibration rule is configured).
 */
export interface CalibrationColumn {
  head: string;
  cell: (g: GroupResult) => string;
}

/** The p-value the calibration rules read: adjusted when adjusted. */
function shownP(g: GroupResult): number | undefined {
  const t = g.calibrationTest;
  return t === undefined ? undefined : (t.pValueAdjusted ?? t.pValue);
}

export const CALIBRATION_COLUMNS: readonly CalibrationColumn[] = [
  { head: 'ECE by chance', cell: (g) => (g.calibrationTest ? formatValue(g.calibrationTest.expectedEce) : '—') },
  { head: 'calibration p', cell: (g) => (shownP(g) === undefined ? '—' : formatPValue(shownP(g)!).replace(/^= /, '')) },
];

/** The terminal table's ECE column when groups have a test: `0.027 / 0.041`, the ECE and the ECE by chance alone (the table must fit 100 columns; the p-value is in the other reports). */
export const ECE_WITH_CHANCE: CalibrationColumn = {
  head: 'ECE / chance',
  cell: (g) => (g.metrics.ece === undefined ? '' : g.calibrationTest ? `${formatValue(g.metrics.ece)} / ${formatValue(g.calibrationTest.expectedEce)}` : formatValue(g.metrics.ece)),
};

/** Whether a table that shows ECE should add the calibration columns: some group of it has a test. */
export function hasCalibrationTest(groups: readonly GroupResult[]): boolean {
  return groups.some((g) => g.calibrationTest !== undefined);
}

/** `0.062 by chance, calibration p = 0.41` for a summary line (a reliability diagram's); empty without a test. */
export function calibrationTestPhrase(g: GroupResult): string {
  const p = shownP(g);
  if (g.calibrationTest === undefined || p === undefined) return '';
  return `${formatValue(g.calibrationTest.expectedEce)} by chance, calibration p ${formatPValue(p)}`;
}

/** The legend of the two columns, for the reports that explain their column heads. */
export const CALIBRATION_LEGEND =
  'ECE by chance = the ECE a perfectly calibrated group of this size and these scores shows on average; calibration p = Hosmer–Lemeshow test of perfect calibration (Holm-adjusted when a calibration rule is set)';
