import { describe, expect, it } from 'vitest';
import { auditRows, testConfig, type TestRow } from '../../helpers/rows.js';
import { expectClose, loadFixture } from '../stats/fixture-loader.js';

interface CalibrationCase {
  name: string;
  rows: [number, number][];
  ece: number;
  expectedEce: number;
  hosmerLemeshow: { statistic: number; df: number; pChiSquare: number; p: number };
}

interface IntervalCase {
  name: string;
  rows: [number, number][];
  interval: [number, number];
}

const config = testConfig({ columns: { label: 'y', score: 's' }, groups: ['g'] });
const rowsOf = (rows: [number, number][], group = 'A'): TestRow[] => rows.map(([score, label]) => ({ cells: { g: group }, score, label: label as 0 | 1 }));

// The whole audit (fold, tally, group result) against numpy/scipy's recomputation from the raw rows (scripts/fixtures/calibration.py).
describe.each(loadFixture<CalibrationCase[]>('calibration'))("a group's calibration test against numpy/scipy from its raw rows: $name", (c) => {
  const group = auditRows(rowsOf(c.rows), config).attributes[0]!.groups[0]!;
  it('Hosmer–Lemeshow statistic and df exactly, p-value (moment-matched reference) to 1e-9', () => {
    const test = group.calibrationTest!;
    expect(test.test).toBe('hosmer-lemeshow');
    expect(test.df).toBe(c.hosmerLemeshow.df);
    expectClose(test.statistic, c.hosmerLemeshow.statistic, 1e-12, 0, 'H');
    expectClose(test.pValue, c.hosmerLemeshow.p, 1e-9, 1e-15, 'p');
  });
  it('expected ECE within 1 % of the exact Poisson-binomial value; debiased ECE = max(0, ECE − expected ECE)', () => {
    const test = group.calibrationTest!;
    expectClose(group.metrics.ece!, c.ece, 1e-12, 1e-15, 'ece');
    expectClose(test.expectedEce, c.expectedEce, 0.01, 0, 'expected ECE');
    expect(Math.abs(test.debiasedEce - Math.max(0, c.ece - c.expectedEce))).toBeLessThanOrEqual(0.01 * c.expectedEce);
  });
});

const intervals = loadFixture<{ groups: IntervalCase[] }>('ece-interval');

describe.each(intervals.groups)("a group's ECE interval against scipy's Clopper–Pearson intervals of its bins: $name", (c) => {
  it('both ends to 1e-9', () => {
    const [lo, hi] = auditRows(rowsOf(c.rows), config).attributes[0]!.groups[0]!.intervals.ece!;
    expectClose(lo, c.interval[0], 1e-9, 1e-12, 'lower');
    expectClose(hi, c.interval[1], 1e-9, 1e-12, 'upper');
  });
});

describe('the calibration test in the Holm family', () => {
  const rows = [...rowsOf(intervals.groups[0]!.rows, 'A'), ...rowsOf(intervals.groups[2]!.rows, 'B')];
  it('joins only when a calibration rule is configured: one member per group, shared by ece, calibration_in_the_large and brier', () => {
    const plain = auditRows(rows, config);
    const judged = auditRows(rows, testConfig({ columns: { label: 'y', score: 's' }, groups: ['g'], rules: ['ece <= 0.05', 'brier <= 0.3', 'calibration_in_the_large <= 0.1'] }));
    expect(judged.statistics.comparisons - plain.statistics.comparisons).toBe(2);
    for (const g of plain.attributes[0]!.groups) expect(g.calibrationTest!.pValueAdjusted).toBeUndefined();
    // Holm over the family: here the two calibration tests are the only p-values without a decision column
    const [a, b] = judged.attributes[0]!.groups.map((g) => g.calibrationTest!);
    const sorted = [a!, b!].sort((x, y) => x.pValue - y.pValue);
    expect(sorted[0]!.pValueAdjusted).toBe(Math.min(1, 2 * sorted[0]!.pValue));
    expect(sorted[1]!.pValueAdjusted).toBe(Math.min(1, Math.max(2 * sorted[0]!.pValue, sorted[1]!.pValue)));
  });
});
