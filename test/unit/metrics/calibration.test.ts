import { describe, expect, it } from 'vitest';
import { binOf } from '../../../src/core/calibration-bins.js';
import { auditRows, testConfig } from '../../helpers/rows.js';

const config = testConfig({ columns: { score: 's', label: 'y' } });

// Hand-worked: scores 0.05 0.15 0.15 0.95 1.0, labels 0 1 0 1 1.
const rows = [
  [0.05, 0],
  [0.15, 1],
  [0.15, 0],
  [0.95, 1],
  [1.0, 1],
].map(([score, label]) => ({ cells: { g: 'A' }, score: score!, label: label as 0 | 1 }));

describe('calibration metrics on a hand-worked example', () => {
  const g = auditRows(rows, config).attributes[0]!.groups[0]!;

  it('mean score and calibration in the large', () => {
    expect(g.metrics.mean_score).toBeCloseTo(2.3 / 5, 15);
    expect(g.metrics.calibration_in_the_large).toBeCloseTo(2.3 / 5 - 3 / 5, 15);
  });

  it('ECE = 1/5·0.05 + 2/5·|0.15−0.5| + 2/5·|0.975−1| = 0.16', () => {
    expect(g.metrics.ece).toBeCloseTo(0.16, 15);
  });

  it('Brier = (0.0025 + 0.7225 + 0.0225 + 0.0025 + 0) / 5 = 0.15', () => {
    expect(g.metrics.brier).toBeCloseTo(0.15, 15);
  });

  it('AUC counts a tie as ½: (1 + ½ + 2 + 2) / 6', () => {
    expect(g.metrics.auc).toBeCloseTo(5.5 / 6, 15);
  });

  it('lists the non-empty bins for the reliability diagram', () => {
    expect(g.calibration!.map((b) => [b.index, b.n])).toEqual([
      [0, 1],
      [1, 2],
      [9, 2],
    ]);
    expect(g.calibration![2]!.meanScore).toBeCloseTo(0.975, 15);
  });

  it('AUC is null when the group has one label class only', () => {
    const one = auditRows(rows.map((r) => ({ ...r, label: 1 as const })), config).attributes[0]!.groups[0]!;
    expect(one.metrics.auc).toBeNull();
    expect(one.metrics.ece).not.toBeNull();
  });
});

describe('binOf', () => {
  it.each([
    [0, 10, 0],
    [0.0999, 10, 0],
    [0.1, 10, 1],
    [0.5, 10, 5],
    [0.999, 10, 9],
    [1, 10, 9],
    [1, 4, 3],
    [0.25, 4, 1],
  ])('score %d with %d bins is in bin %d', (score, bins, bin) => {
    expect(binOf(score, bins)).toBe(bin);
  });
});
