import type { Verdict } from '../../model/finding.js';
import { formatPercent } from '../format-number.js';
import { percentAndRange } from '../interval-text.js';
import { escapeHtml } from '../escape.js';
import { VERDICT_LABEL } from '../verdicts.js';
import { linearScale, niceAxis, px } from './scale.js';
import { svgFrame } from './svg.js';
import { LINE_HEIGHT, multilineText, textWidth, wrapLines } from './wrap-text.js';
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

const BAR = 15;
/** bars of a chart with several series are thinner, so a group's bars stay together and the chart stays short */
const MULTI_BAR = 14;
const ROW_GAP = 9;
const TOP = 34;
const BOTTOM = 34;
const WIDTH = 760;
/** the widest the group-name column may be; longer names wrap */
const MAX_LABEL_WIDTH = 220;
const THRESHOLD_ROW = 13;

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
      const ci = b.interval && b.value !== null ? ` (${spec.level ?? '95 %'} CI ${percentAndRange(b.value, b.interval).interval})` : '';
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

/** Where a label of width `w` centred on `x` must be anchored to stay within [left, right]. */
function anchored(x: number, w: number, left: number, right: number): { x: number; anchor: 'start' | 'middle' | 'end' } {
  if (x - w / 2 < left) return { x: left, anchor: 'start' };
  if (x + w / 2 > right) return { x: right, anchor: 'end' };
  return { x, anchor: 'middle' };
}

/**
 * Horizontal bars with whiskers for intervals and dashed threshold lines.
 * Group names wrap in their column (never cut); the values sit in a column of
 * their own right of the plot, and the thresholds' labels in rows above it, so
 * no text ever crosses a bar or a line.
 */
export function barChart(spec: BarChartSpec): string {
  const bar = spec.series.length > 1 ? MULTI_BAR : BAR;
  const rowLabels = spec.rows.map((r) => wrapLines(r.label, MAX_LABEL_WIDTH - 12));
  const labelWidth = Math.min(MAX_LABEL_WIDTH, Math.max(60, ...rowLabels.flat().map((l) => textWidth(l) + 12)));
  const valueTexts = spec.rows.map((r) => r.bars.map((b, s) => barText(spec.series[s]!, b, spec.series.length)));
  const valueSpace = Math.min(300, Math.max(90, ...valueTexts.flat().map((t) => textWidth(t) + 14)));
  const heights = rowLabels.map((lines) => Math.max(spec.series.length * bar, lines.length * LINE_HEIGHT) + ROW_GAP);
  // rows above the plot: the legend, then each threshold's label (wrapped when wider than the plot and values)
  const legendRows = spec.series.length > 1 ? 1 : 0;
  const thresholdLines = (spec.thresholds ?? []).map((t) => wrapLines(t.label, WIDTH - labelWidth - 4));
  const labelRows = legendRows + thresholdLines.reduce((n, l) => n + l.length, 0);
  const top = Math.max(TOP, 22 + THRESHOLD_ROW * labelRows);
  const height = top + heights.reduce((a, b) => a + b, 0) + BOTTOM;
  const axis = spec.isFullScale ? niceAxis(1) : niceAxis(maxValue(spec) * 1.05);
  const plotRight = WIDTH - valueSpace;
  const x = linearScale(0, axis.top, labelWidth, plotRight);
  const plotBottom = height - BOTTOM;
  const grid = axis.ticks.map((t) =>
    `<line class="grid" x1="${px(x(t))}" x2="${px(x(t))}" y1="${top - 6}" y2="${plotBottom}"/><text class="tick" x="${px(x(t))}" y="${plotBottom + 16}" text-anchor="middle">${Math.round(t * 100)} %</text>`);
  let y0 = top;
  const rows = spec.rows.map((row, i) => {
    const barsHeight = spec.series.length * bar;
    const lines = rowLabels[i]!;
    const labelTop = y0 + Math.max(0, (barsHeight - lines.length * LINE_HEIGHT) / 2) + 10;
    const label = multilineText(lines, px(labelWidth - 8), labelTop, 'class="label" text-anchor="end"');
    const barsTop = y0 + Math.max(0, (lines.length * LINE_HEIGHT - barsHeight) / 2);
    const bars = row.bars.map((b, s) => drawBar(spec, b, s, barsTop + s * bar, bar, x, plotRight)).join('');
    y0 += heights[i]!;
    return `<g class="row">${label}${bars}</g>`;
  });
  let row = legendRows;
  const lines = (spec.thresholds ?? []).map((t, i) => {
    const labelLines = thresholdLines[i]!;
    const at = anchored(x(t.value), Math.max(...labelLines.map(textWidth)), labelWidth, WIDTH - 2);
    const y = 12 + row * THRESHOLD_ROW;
    row += labelLines.length;
    const label = multilineText(labelLines, px(at.x), y, `class="threshold-label" text-anchor="${at.anchor}"`, THRESHOLD_ROW);
    return `<line class="threshold" x1="${px(x(t.value))}" x2="${px(x(t.value))}" y1="${top - 8}" y2="${plotBottom}"/>${label}`;
  });
  const legend = legendRows ? legendOf(spec.series, labelWidth) : '';
  const body = [...grid, `<line class="axis" x1="${labelWidth}" x2="${labelWidth}" y1="${top - 6}" y2="${plotBottom}"/>`, ...rows, ...lines, legend].join('\n');
  return svgFrame({ id: spec.id, width: WIDTH, height, title: spec.title, description: describe(spec), className: 'chart bar-chart' }, body);
}

function drawBar(spec: BarChartSpec, bar: Bar, s: number, y: number, thickness: number, x: (v: number) => number, plotRight: number): string {
  const series = spec.series[s]!;
  const cls = spec.isVerdictColoured && bar.verdict ? `bar v-${bar.verdict}` : `bar ${series.className}`;
  const x0 = x(0);
  const width = bar.value === null ? 0 : Math.max(0, x(bar.value) - x0);
  const rect = bar.value === null ? '' : `<rect class="${cls}${bar.note ? ' is-reference' : ''}" x="${px(x0)}" y="${px(y + 2)}" width="${px(width)}" height="${thickness - 4}"/>`;
  const mid = y + thickness / 2;
  const whisker = bar.interval
    ? `<path class="whisker" d="M${px(x(bar.interval[0]))} ${px(mid)}H${px(x(bar.interval[1]))}M${px(x(bar.interval[0]))} ${px(mid - 4)}v8M${px(x(bar.interval[1]))} ${px(mid - 4)}v8"/>`
    : '';
  const text = `<text class="value" x="${px(plotRight + 10)}" y="${px(mid + 4)}">${escapeHtml(barText(series, bar, spec.series.length))}</text>`;
  return rect + whisker + text;
}

function legendOf(series: readonly Series[], left: number): string {
  return series
    .map((s, i) => `<rect class="bar ${s.className}" x="${left + i * 150}" y="4" width="14" height="10"/><text class="legend" x="${left + i * 150 + 20}" y="13">${escapeHtml(s.name)}</text>`)
    .join('');
}
