import { escapeHtml } from '../escape.js';
import { joinRange } from '../interval-text.js';
import { linearScale, niceStep, px } from './scale.js';
import { svgFrame } from './svg.js';
import { LINE_HEIGHT, multilineText, textWidth, wrapLines } from './wrap-text.js';

/** One group's outcome distribution: the deciles and quartiles a box plot draws, and the mean. */
export interface OutcomeBox {
  label: string;
  /** null when the group has no outcome, or is hidden (`isHidden`) */
  p10: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
  mean: number | null;
  isReference?: boolean;
  isHidden?: boolean;
}

export interface BoxChartSpec {
  id: string;
  title: string;
  boxes: OutcomeBox[];
  /** formats a value of the outcome for the labels, e.g. `12.5` */
  format: (v: number) => string;
}

const ROW = 24;
const TOP = 16;
const BOTTOM = 34;
const WIDTH = 760;
const MAX_LABEL_WIDTH = 220;

type Drawn = OutcomeBox & { p10: number; p25: number; median: number; p75: number; p90: number };
const isDrawn = (b: OutcomeBox): b is Drawn => [b.p10, b.p25, b.median, b.p75, b.p90].every((v) => v !== null);

function valueText(b: OutcomeBox, format: (v: number) => string): string {
  if (!isDrawn(b)) return b.isHidden ? 'hidden' : 'no outcome';
  return `median ${format(b.median)}${b.mean !== null ? ` · mean ${format(b.mean)}` : ''}${b.isReference ? ' · reference' : ''}`;
}

/** The text alternative: every group's five numbers and mean. */
function describe(spec: BoxChartSpec): string {
  const f = spec.format;
  return spec.boxes
    .map((b) => (isDrawn(b) ? `${b.label}: 10th–90th percentile ${joinRange(f(b.p10), f(b.p90), b.p10 < 0)}, quartiles ${joinRange(f(b.p25), f(b.p75), b.p25 < 0)}, median ${f(b.median)}${b.mean !== null ? `, mean ${f(b.mean)}` : ''}${b.isReference ? ' (reference)' : ''}` : `${b.label}: ${valueText(b, f)}`))
    .join('. ') + '.';
}

/** An axis over [low, high] on 1-2-5 ticks, negative values allowed. */
function axisOf(low: number, high: number): { from: number; to: number; ticks: number[] } {
  const span = high - low || Math.abs(high) || 1;
  const step = niceStep(span);
  const from = Math.floor(low / step + 1e-9) * step;
  const to = Math.max(from + step, Math.ceil(high / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let t = from; t <= to + step * 1e-9; t += step) ticks.push(Number(t.toFixed(10)));
  return { from, to, ticks };
}

/**
 * Horizontal box plots of a numeric outcome per group: whiskers from the 10th
 * to the 90th percentile, the box from the 1st to the 3rd quartile, a line at
 * the median and a dot at the mean. Inline SVG; the text alternative lists every value.
 */
export function boxChart(spec: BoxChartSpec): string {
  const labels = spec.boxes.map((b) => wrapLines(b.label, MAX_LABEL_WIDTH - 12));
  const labelWidth = Math.min(MAX_LABEL_WIDTH, Math.max(60, ...labels.flat().map((l) => textWidth(l) + 12)));
  const texts = spec.boxes.map((b) => valueText(b, spec.format));
  const valueSpace = Math.min(300, Math.max(90, ...texts.map((t) => textWidth(t) + 14)));
  const drawn = spec.boxes.filter(isDrawn);
  const axis = axisOf(Math.min(0, ...drawn.map((b) => b.p10)), Math.max(0, ...drawn.map((b) => b.p90)));
  const heights = labels.map((l) => Math.max(ROW, l.length * LINE_HEIGHT + 8));
  const height = TOP + heights.reduce((a, b) => a + b, 0) + BOTTOM;
  const plotRight = WIDTH - valueSpace;
  const x = linearScale(axis.from, axis.to, labelWidth + 6, plotRight - 6);
  const plotBottom = height - BOTTOM;
  const grid = axis.ticks.map((t) => `<line class="grid" x1="${px(x(t))}" x2="${px(x(t))}" y1="${TOP - 4}" y2="${plotBottom}"/><text class="tick" x="${px(x(t))}" y="${plotBottom + 16}" text-anchor="middle">${escapeHtml(spec.format(t))}</text>`);
  let y0 = TOP;
  const rows = spec.boxes.map((b, i) => {
    const mid = y0 + heights[i]! / 2;
    const label = multilineText(labels[i]!, px(labelWidth - 8), mid - ((labels[i]!.length - 1) * LINE_HEIGHT) / 2 + 4, 'class="label" text-anchor="end"');
    const text = `<text class="value" x="${px(plotRight + 10)}" y="${px(mid + 4)}">${escapeHtml(texts[i]!)}</text>`;
    y0 += heights[i]!;
    if (!isDrawn(b)) return `<g class="row">${label}${text}</g>`;
    const whisker = `<path class="whisker" d="M${px(x(b.p10))} ${px(mid)}H${px(x(b.p25))}M${px(x(b.p75))} ${px(mid)}H${px(x(b.p90))}M${px(x(b.p10))} ${px(mid - 4)}v8M${px(x(b.p90))} ${px(mid - 4)}v8"/>`;
    const box = `<rect class="box${b.isReference ? ' is-reference' : ''}" x="${px(x(b.p25))}" y="${px(mid - 7)}" width="${px(Math.max(1, x(b.p75) - x(b.p25)))}" height="14"/>`;
    const median = `<line class="median" x1="${px(x(b.median))}" x2="${px(x(b.median))}" y1="${px(mid - 7)}" y2="${px(mid + 7)}"/>`;
    const mean = b.mean !== null ? `<circle class="mean" cx="${px(x(b.mean))}" cy="${px(mid)}" r="3"/>` : '';
    return `<g class="row">${label}${whisker}${box}${median}${mean}${text}</g>`;
  });
  const body = [...grid, ...rows].join('\n');
  return svgFrame({ id: spec.id, width: WIDTH, height, title: spec.title, description: describe(spec), className: 'chart box-chart' }, body);
}
