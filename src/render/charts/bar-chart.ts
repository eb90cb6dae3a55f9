import type { Verdict } from '../../model/finding.js';
import { formatPercent } from '../format-number.js';
import { escapeHtml } from '../escape.js';
import { VERDICT_LABEL } from '../verdicts.js';
import { linearScale, niceAxis, px } from './scale.js';
import { CHAR_WIDTH, fittedText, svgFrame } from './svg.js';
import type { Interval } from '../../model/interval.js';

/** One bar: a value in [0, 1] with an optional interval (whisker) and verdict. */
export interface Bar {
  value: number | null;
  interval?: Interval;
  verdict?: Verdict;
  /** short text after the value, e.g. `reference` */
  note?: string;
  /** the group is masked by small-cell suppression: its value reads `hidden`, not `undefined` */
  isHidden?: boolean;
}

export interface BarRow {
  label: string;
  /** one bar per series */
  bars: Bar[];
}

export interface Series {
  name: string;
  /** CSS class of the bars; verdict classes override it when `isVerdictColoured` */
  className: string;
}

/** A vertical line across the plot, e.g. the four-fifths line. */
export interface ThresholdLine {
  value: number;
  label: string;
}

export interface BarChartSpec {
  id: string;
  title: string;
  series: Series[];
  rows: BarRow[];
  thresholds?: ThresholdLine[];
  isVerdictColoured?: boolean;
  /** the intervals' confidence level, e.g. `95 %` */
  level?: string;
  /** 0–1 axis always (true), or zoom to the data (false, the default) */
  isFullScale?: boolean;
}

const BAR = 16;
const ROW_GAP = 12;
const TOP = 34;
const BOTTOM = 34;
const WIDTH = 760;
const VALUE_SPACE = 150;

function barText(series: Series, bar: Bar, seriesCount: number): string {
  const name = seriesCount > 1 ? `${series.name} ` : '';
  const value = bar.value === null ? (bar.isHidden ? 'hidden' : 'undefined') : formatPercent(bar.value);
  const verdict = bar.verdict ? ` ${VERDICT_LABEL[bar.verdict].mark} ${VERDICT_LABEL[bar.verdict].word}` : '';
  return `${name}${value}${verdict}${bar.note ? ` · ${bar.note}` : ''}`;
}

/** The chart's text alternative: every bar's value, interval and verdict. */
function describe(spec: BarChartSpec): string {
  const rows = spec.rows.map((r) => {
    const bars = r.bars.map((b, i) => {
      const ci = b.interval ? ` (${spec.level ?? '95 %'} CI ${formatPercent(b.interval[0])}–${formatPercent(b.interval[1])})` : '';
      return `${barText(spec.series[i]!, b, spec.series.length)}${ci}`;
    });
    return `${r.label}: ${bars.join(', ')}`;
  });
  const lines = (spec.thresholds ?? []).map((t) => `${t.label}`);
  return [...rows, ...lines].join('. ') + '.';
}

function maxValue(spec: BarChartSpec): number {
  const values = spec.rows.flatMap((r) => r.bars.flatMap((b) => [b.value ?? 0, b.interval?.[1] ?? 0]));
  return Math.max(...values, ...(spec.thresholds ?? []).map((t) => t.value));
}

/** Horizontal bars (long group names fit), whiskers for intervals, dashed threshold lines, value labels. */
export function barChart(spec: BarChartSpec): string {
  const labelWidth = Math.min(240, Math.max(60, ...spec.rows.map((r) => Array.from(r.label).length * CHAR_WIDTH + 12)));
  const rowHeight = spec.series.length * BAR + ROW_GAP;
  // room above the plot for one label per threshold line
  const top = Math.max(TOP, 22 + 12 * (spec.thresholds?.length ?? 0));
  const height = top + spec.rows.length * rowHeight + BOTTOM;
  const axis = spec.isFullScale ? niceAxis(1) : niceAxis(maxValue(spec) * 1.05);
  const x = linearScale(0, axis.top, labelWidth, WIDTH - VALUE_SPACE);
  const plotBottom = height - BOTTOM;
  const grid = axis.ticks.map((t) =>
    `<line class="grid" x1="${px(x(t))}" x2="${px(x(t))}" y1="${top - 6}" y2="${plotBottom}"/><text class="tick" x="${px(x(t))}" y="${plotBottom + 16}" text-anchor="middle">${Math.round(t * 100)} %</text>`);
  const rows = spec.rows.map((row, i) => {
    const y0 = top + i * rowHeight;
    const label = fittedText(row.label, labelWidth - 12, `class="label" x="${labelWidth - 8}" y="${px(y0 + (spec.series.length * BAR) / 2 + 4)}" text-anchor="end"`);
    const bars = row.bars.map((bar, s) => drawBar(spec, bar, s, y0 + s * BAR, x)).join('');
    return `<g class="row">${label}${bars}</g>`;
  });
  const lines = (spec.thresholds ?? []).map((t, i) =>
    `<line class="threshold" x1="${px(x(t.value))}" x2="${px(x(t.value))}" y1="${top - 8}" y2="${plotBottom}"/><text class="threshold-label" x="${px(x(t.value))}" y="${12 + i * 12}" text-anchor="middle">${escapeHtml(t.label)}</text>`);
  const legend = spec.series.length > 1 ? legendOf(spec.series, labelWidth) : '';
  const body = [...grid, `<line class="axis" x1="${labelWidth}" x2="${labelWidth}" y1="${top - 6}" y2="${plotBottom}"/>`, ...rows, ...lines, legend].join('\n');
  return svgFrame({ id: spec.id, width: WIDTH, height, title: spec.title, description: describe(spec), className: 'chart bar-chart' }, body);
}

function drawBar(spec: BarChartSpec, bar: Bar, s: number, y: number, x: (v: number) => number): string {
  const series = spec.series[s]!;
  const cls = spec.isVerdictColoured && bar.verdict ? `bar v-${bar.verdict}` : `bar ${series.className}`;
  const x0 = x(0);
  const width = bar.value === null ? 0 : Math.max(0, x(bar.value) - x0);
  const rect = bar.value === null ? '' : `<rect class="${cls}${bar.note ? ' is-reference' : ''}" x="${px(x0)}" y="${px(y + 2)}" width="${px(width)}" height="${BAR - 4}"/>`;
  const mid = y + BAR / 2;
  const whisker = bar.interval
    ? `<path class="whisker" d="M${px(x(bar.interval[0]))} ${px(mid)}H${px(x(bar.interval[1]))}M${px(x(bar.interval[0]))} ${px(mid - 4)}v8M${px(x(bar.interval[1]))} ${px(mid - 4)}v8"/>`
    : '';
  const end = Math.max(x0 + width, bar.interval ? x(bar.interval[1]) : 0);
  const text = `<text class="value" x="${px(end + 6)}" y="${px(mid + 4)}">${escapeHtml(barText(series, bar, spec.series.length))}</text>`;
  return rect + whisker + text;
}

function legendOf(series: readonly Series[], left: number): string {
  return series
    .map((s, i) => `<rect class="bar ${s.className}" x="${left + i * 150}" y="4" width="14" height="10"/><text class="legend" x="${left + i * 150 + 20}" y="13">${escapeHtml(s.name)}</text>`)
    .join('');
}
