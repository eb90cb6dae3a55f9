import { escapeHtml } from '../escape.js';
import { formatValue } from '../format-number.js';
import { withRange } from '../interval-text.js';
import { linearScale, niceStep, px } from './scale.js';
import { svgFrame } from './svg.js';
import { textWidth } from './wrap-text.js';
import type { Interval } from '../../model/interval.js';

/** A metric over time windows: one line per group, a whisker per interval, dashed lines at the rules' bounds. */
export interface TrendChartSpec {
  id: string;
  title: string;
  /** window labels, oldest first */
  windows: string[];
  series: { name: string; points: { value: number | null; interval?: Interval; isHidden: boolean }[] }[];
  bounds: number[];
  level: string;
}

const WIDTH = 760;
const LEFT = 56;
const RIGHT = 150;
const TOP = 20;
const PLOT = 220;
const BOTTOM = 44;
/** Up to eight series get their own colour class; the rest share the last. */
const COLOURS = 8;
/** The series' colours, inside the chart (the page's stylesheet stays as it is for reports without trends). */
const SERIES_STYLE = [
  '.series { fill: var(--neutral); stroke: var(--neutral); } .series.line { fill: none; stroke-width: 2; }',
  ...['var(--fpr)', 'var(--pass)', '#6941c6', '#b54708', '#0e7090', '#c11574', '#667085'].map((c, i) => `.s-${i + 1} { fill: ${c}; stroke: ${c}; }`),
  '.series.line { fill: none; }',
].join(' ');

/** A value axis over every value, interval limit and bound, with nice ticks. */
function axisOf(spec: TrendChartSpec): { low: number; high: number; ticks: number[] } {
  const values = [...spec.series.flatMap((s) => s.points.flatMap((p) => (p.value === null ? [] : [p.value, ...(p.interval ?? [])]))), ...spec.bounds].filter(Number.isFinite);
  const min = Math.min(...values, 0);
  const max = Math.max(...values, 0.01);
  const step = niceStep(max - min || 1);
  const low = Math.floor(min / step + 1e-9) * step;
  const high = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = low; t <= high + step / 2; t += step) ticks.push(Number(t.toFixed(10)));
  return { low, high, ticks };
}

/** The chart's text alternative: every point with its interval. */
function describe(spec: TrendChartSpec): string {
  const lines = spec.series.map((s) => `${s.name}: ${s.points.map((p, i) => `${spec.windows[i]} ${p.isHidden ? 'hidden' : p.value === null ? 'undefined' : withRange(p.value, p.interval, `${spec.level} CI `)}`).join(', ')}`);
  return [...lines, ...spec.bounds.map((b) => `rule bound ${b}`)].join('. ') + '.';
}

export function trendChart(spec: TrendChartSpec): string {
  const height = TOP + PLOT + BOTTOM;
  const axis = axisOf(spec);
  const y = linearScale(axis.low, axis.high, TOP + PLOT, TOP);
  const n = spec.windows.length;
  const at = (i: number) => (n === 1 ? (LEFT + WIDTH - RIGHT) / 2 : LEFT + 20 + (i * (WIDTH - RIGHT - LEFT - 40)) / (n - 1));
  const every = Math.max(1, Math.ceil(n / 12)); // at most 12 window labels
  const grid = axis.ticks.map((t) => `<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${px(y(t))}" y2="${px(y(t))}"/><text class="tick" x="${LEFT - 6}" y="${px(y(t) + 4)}" text-anchor="end">${formatValue(t, 2)}</text>`);
  const labels = spec.windows.map((w, i) => (i % every === 0 ? `<text class="tick" x="${px(at(i))}" y="${TOP + PLOT + 16}" text-anchor="middle">${escapeHtml(w)}</text>` : ''));
  const bounds = spec.bounds.map((b) => `<line class="threshold" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${px(y(b))}" y2="${px(y(b))}"/><text class="threshold-label" x="${WIDTH - RIGHT + 4}" y="${px(y(b) + 4)}">bound ${b}</text>`);
  const lines = spec.series.map((s, k) => {
    // the series side by side around each window, so that whiskers do not hide each other
    const x = (i: number) => at(i) + (k - (spec.series.length - 1) / 2) * 5;
    const cls = `series s-${Math.min(k, COLOURS - 1)}`;
    // a window without a value breaks the line
    const segments: string[] = [''];
    s.points.forEach((p, i) => {
      if (p.value === null) segments.push('');
      else segments[segments.length - 1] += `${segments[segments.length - 1] ? 'L' : 'M'}${px(x(i))} ${px(y(p.value))}`;
    });
    const whiskers = s.points.map((p, i) => (p.value !== null && p.interval ? `<path class="whisker" d="M${px(x(i))} ${px(y(p.interval[0]))}V${px(y(p.interval[1]))}"/>` : '')).join('');
    const dots = s.points.map((p, i) => (p.value === null ? '' : `<circle class="${cls}" cx="${px(x(i))}" cy="${px(y(p.value))}" r="3"/>`)).join('');
    const legend = `<rect class="${cls}" x="${WIDTH - RIGHT + 60}" y="${TOP + k * 16}" width="12" height="4"/>` + legendText(s.name, RIGHT - 80, `class="legend" x="${WIDTH - RIGHT + 76}" y="${TOP + k * 16 + 6}"`);
    return `<g class="trend">${segments.filter(Boolean).map((d) => `<path class="${cls} line" d="${d}"/>`).join('')}${whiskers}${dots}${legend}</g>`;
  });
  const body = [`<style>${SERIES_STYLE}</style>`, ...grid, `<line class="axis" x1="${LEFT}" x2="${LEFT}" y1="${TOP}" y2="${TOP + PLOT}"/>`, ...labels, ...bounds, ...lines].join('\n');
  return svgFrame({ id: spec.id, width: WIDTH, height, title: spec.title, description: describe(spec), className: 'chart trend-chart' }, body);
}

/** A legend label cut to `maxWidth` pixels with an ellipsis; the full name stays in a <title> tooltip. */
function legendText(text: string, maxWidth: number, attributes: string): string {
  const chars = Array.from(text); // code points, so an emoji is never cut in half
  let shown = text;
  if (textWidth(text) > maxWidth) {
    while (chars.length > 1 && textWidth(`${chars.join('')}…`) > maxWidth) chars.pop();
    shown = `${chars.join('')}…`;
  }
  const tooltip = shown === text ? '' : `<title>${escapeHtml(text)}</title>`;
  return `<text ${attributes}>${tooltip}${escapeHtml(shown)}</text>`;
}
