import { describe, expect, it } from 'vitest';
import { barChart } from '../../../src/render/charts/bar-chart.js';
import { reliabilityChart } from '../../../src/render/charts/reliability-chart.js';
import { linearScale, niceAxis, niceStep, px } from '../../../src/render/charts/scale.js';

const attr = (svg: string, selector: RegExp) => [...svg.matchAll(selector)].map((m) => m.slice(1));

describe('scales', () => {
  it('picks 1-2-5 steps and an axis that covers the data', () => {
    expect(niceStep(0.37)).toBe(0.1);
    expect(niceStep(1)).toBe(0.2);
    expect(niceAxis(0.37)).toEqual({ top: 0.4, ticks: [0, 0.1, 0.2, 0.3, 0.4] });
    expect(niceAxis(0.93).top).toBe(1);
    expect(niceAxis(0).top).toBeGreaterThan(0);
    expect(linearScale(0, 0.5, 100, 600)(0.25)).toBe(350);
    expect(px(-0.04)).toBe('0');
    expect(px(12.345)).toBe('12.3');
  });
});

describe('bar chart', () => {
  const svg = barChart({
    id: 'c',
    title: 'Selection rate',
    series: [{ name: 'selection rate', className: 's' }],
    isVerdictColoured: true,
    thresholds: [{ value: 0.32, label: 'four-fifths line' }],
    rows: [
      { label: 'A', bars: [{ value: 0.4, interval: [0.35, 0.45], verdict: 'pass', note: 'reference' }] },
      { label: 'B', bars: [{ value: 0.2, interval: [0.15, 0.25], verdict: 'fail' }] },
      { label: 'C', bars: [{ value: null }] },
    ],
  });

  it('draws bars in proportion from a zero baseline, the threshold at its value', () => {
    const rects = attr(svg, /<rect class="([^"]+)" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g);
    expect(rects).toHaveLength(2);
    const [a, b] = rects.map(([cls, x, w]) => ({ cls, x: Number(x), w: Number(w) }));
    expect(a!.x).toBe(b!.x);
    expect(a!.w / b!.w).toBeCloseTo(2, 1);
    expect(a!.cls).toBe('bar v-pass is-reference');
    expect(b!.cls).toBe('bar v-fail');
    // axis 0–0.5 (0.45 × 1.05 → 0.5): the line at 0.32 sits at 64 % of the bar area
    const [[x1]] = attr(svg, /<line class="threshold" x1="([\d.]+)"/g) as [[string]];
    const zero = a!.x;
    const full = zero + (a!.w / 0.4) * 0.5;
    expect(Number(x1)).toBeCloseTo(zero + 0.64 * (full - zero), 0);
  });

  it('labels values with mark and word, and describes an undefined value', () => {
    expect(svg).toContain('>40.0 % ✓ pass · reference</text>');
    expect(svg).toContain('>20.0 % ✗ fail</text>');
    expect(svg).toContain('C: undefined');
    expect(svg).toContain('<desc id="c-desc">A: 40.0 % ✓ pass · reference (95 % CI 35.0–45.0 %). B: 20.0 % ✗ fail (95 % CI 15.0–25.0 %). C: undefined. four-fifths line.</desc>');
  });
});

describe('reliability diagram', () => {
  it('places each bin at (mean score, observed rate) with the diagonal from (0,0) to (1,1)', () => {
    const svg = reliabilityChart({ id: 'r', group: 'A', summary: 'ECE 0.050', points: [{ meanScore: 0.25, positiveRate: 0.5, n: 10 }, { meanScore: 0.75, positiveRate: 0.75, n: 40 }] });
    const [[x1, y1, x2, y2]] = attr(svg, /<line class="diagonal" x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"/g) as [[string, string, string, string]];
    const x = (v: number) => Number(x1) + v * (Number(x2) - Number(x1));
    const y = (v: number) => Number(y1) + v * (Number(y2) - Number(y1));
    const circles = attr(svg, /<circle class="point" cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g).map((c) => c.map(Number));
    expect(circles[0]![0]).toBeCloseTo(x(0.25), 0);
    expect(circles[0]![1]).toBeCloseTo(y(0.5), 0);
    expect(circles[1]![0]).toBeCloseTo(x(0.75), 0);
    expect(circles[1]![2]).toBeGreaterThan(circles[0]![2]!);
    expect(svg).toContain('mean score 25.0 %, observed 50.0 % of 10 rows');
  });
});
