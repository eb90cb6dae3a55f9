import { describe, expect, it } from 'vitest';
import { boxChart } from '../../../src/render/charts/box-chart.js';
import { formatOutcome } from '../../../src/render/html/outcome-chart-data.js';

const svg = boxChart({
  id: 'o',
  title: 'offer by group',
  format: formatOutcome,
  boxes: [
    { label: 'A', p10: 0, p25: 10, median: 20, p75: 30, p90: 40, mean: 25, isReference: true },
    { label: 'B', p10: -10, p25: 0, median: 5, p75: 10, p90: 20, mean: 4.25 },
    { label: 'C', p10: null, p25: null, median: null, p75: null, p90: null, mean: null, isHidden: true },
  ],
});
const numbers = (re: RegExp) => [...svg.matchAll(re)].map((m) => m.slice(1).map(Number));

describe('outcome box chart', () => {
  it('places quartiles, median, mean and the 10th–90th whiskers on one linear axis that covers every group and 0', () => {
    const boxes = numbers(/<rect class="box[^"]*" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g);
    expect(boxes).toHaveLength(2);
    const [[ax, aw], [bx, bw]] = boxes as [[number, number], [number, number]];
    // A's box spans 20 units, B's 10: twice the width; B's box starts 10 units left of A's
    expect(aw / bw).toBeCloseTo(2, 1);
    const unit = aw / 20;
    expect(ax - bx).toBeCloseTo(10 * unit, 0);
    const medians = numbers(/<line class="median" x1="([\d.]+)"/g).map(([x]) => x!);
    expect(medians[0]! - ax).toBeCloseTo(10 * unit, 0);
    const means = numbers(/<circle class="mean" cx="([\d.]+)"/g).map(([x]) => x!);
    expect(means[1]! - bx).toBeCloseTo(4.25 * unit, 0);
    const ticks = [...svg.matchAll(/<text class="tick"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(ticks[0]).toBe('-10');
    expect(ticks.at(-1)).toBe('40');
  });

  it('marks the reference and a hidden group, and lists every value in its text alternative', () => {
    expect(svg).toContain('class="box is-reference"');
    expect(svg).toContain('>hidden</text>');
    expect(svg).toContain(
      '<desc id="o-desc">A: 10th–90th percentile 0–40, quartiles 10–30, median 20, mean 25 (reference). B: 10th–90th percentile -10 to 20, quartiles 0–10, median 5, mean 4.25. C: hidden.</desc>',
    );
    expect(formatOutcome(1234.56)).toBe('1235');
    expect(formatOutcome(12.345)).toBe('12.35');
  });
});
