import { describe, expect, it } from 'vitest';
import type { SweepPoint } from '../../../src/model/sweep-result.js';
import { isInRanges, passingRanges, targetOf } from '../../../src/pipeline/sweep/passing-ranges.js';

const point = (threshold: number, selected: number, passes: boolean): SweepPoint => ({
  threshold,
  selected,
  selectionRate: selected / 100,
  accuracy: null,
  passes,
  verdicts: { pass: 0, fail: passes ? 0 : 1, warn: 0, inconclusive: 0 },
  attributes: [],
});

// Distinct scores 0.9 … 0.1, highest first: pass, fail, pass, pass, fail, pass.
const points = [point(0.9, 5, true), point(0.7, 20, false), point(0.6, 30, true), point(0.4, 45, true), point(0.3, 60, false), point(0.1, 100, true)];

describe('passingRanges', () => {
  it('exact: each run reaches down to just above the next lower score; the last one has no lower limit', () => {
    expect(passingRanges(points, true)).toEqual([
      { highest: 0.9, lowest: 0.9, above: 0.7, selected: [5, 5] },
      { highest: 0.6, lowest: 0.4, above: 0.3, selected: [30, 45] },
      { highest: 0.1, lowest: 0.1, above: null, selected: [100, 100] },
    ]);
  });

  it('grid: the judged points only', () => {
    const ranges = passingRanges(points, false);
    expect(ranges[1]).toEqual({ highest: 0.6, lowest: 0.4, selected: [30, 45] });
    expect(isInRanges(0.5, ranges)).toBe(true);
    expect(isInRanges(0.35, ranges)).toBe(false);
  });

  it('membership in exact ranges: above < t ≤ highest', () => {
    const ranges = passingRanges(points, true);
    expect([0.95, 0.9, 0.8, 0.7, 0.65, 0.6, 0.31, 0.3, 0.2, 0.05].map((t) => isInRanges(t, ranges))).toEqual([false, true, true, false, false, true, true, false, false, true]);
  });

  it('no passing threshold: no range', () => {
    expect(passingRanges(points.map((p) => ({ ...p, passes: false })), true)).toEqual([]);
  });
});

describe('targetOf (--select)', () => {
  it('the nearest passing threshold, and the nearest one whatever the rules', () => {
    // 25 % of 100 rows: 20 (0.7, fails) is nearest; the nearest passing is 30 (0.6)
    expect(targetOf({ kind: 'rate', percent: 25 }, points, 100)).toEqual({
      requested: { kind: 'rate', percent: 25 },
      rows: 25,
      nearest: { threshold: 0.6, selected: 30, selectionRate: 0.3 },
      unconstrained: { threshold: 0.7, selected: 20, selectionRate: 0.2, passes: false },
    });
  });

  it('a tie goes to the higher threshold; no passing threshold gives null', () => {
    expect(targetOf({ kind: 'count', rows: 25 }, [point(0.7, 20, true), point(0.6, 30, true)], 100).nearest?.threshold).toBe(0.7);
    expect(targetOf({ kind: 'count', rows: 25 }, [point(0.7, 20, false)], 100).nearest).toBeNull();
  });
});
