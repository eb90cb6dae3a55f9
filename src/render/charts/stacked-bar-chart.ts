import { escapeHtml } from '../escape.js';
import { formatPercent } from '../format-number.js';
import { px } from './scale.js';
import { svgFrame } from './svg.js';

/** One group's bar: its share of each class, in the chart's class order (null: hidden or no rows). */
export interface StackedRow {
  label: string;
  shares: (number | null)[] | null;
  /** the comparison group: outlined */
  isReference?: boolean;
}

export interface StackedBarSpec {
  id: string;
  title: string;
  /** the classes, in the order the segments are drawn (left to right) */
  classes: string[];
  rows: StackedRow[];
}

/** Colour-blind-safe fills (Okabe–Ito), by class position; past eight they repeat with a lighter tint. */
const FILLS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#999999'];
const fillOf = (k: number) => FILLS[k % FILLS.length]!;

const WIDTH = 760;
const LABEL = 170;
const BAR = 18;
const GAP = 8;
const LEGEND = 30;

/**
 * Horizontal bars of 100 %, one per group, cut into each class's share (the
 * class distribution of a multi-class decision). The description lists every
 * share, so the chart's numbers are readable without it.
 */
export function stackedBarChart(spec: StackedBarSpec): string {
  const plot = WIDTH - LABEL - 20;
  const height = LEGEND + spec.rows.length * (BAR + GAP) + 10;
  let x = LABEL;
  const legend = spec.classes.map((c, k) => {
    const item = `<rect x="${px(x)}" y="8" width="12" height="12" fill="${fillOf(k)}"/><text x="${px(x + 16)}" y="18" class="legend">${escapeHtml(c)}</text>`;
    x += 28 + 7 * c.length;
    return item;
  });
  const bars = spec.rows.map((row, i) => {
    const y = LEGEND + i * (BAR + GAP);
    const label = `<text x="${LABEL - 8}" y="${px(y + BAR / 2 + 4)}" text-anchor="end" class="label">${escapeHtml(row.label)}</text>`;
    if (!row.shares) return `${label}<text x="${LABEL}" y="${px(y + BAR / 2 + 4)}" class="value">hidden or no rows</text>`;
    let left = LABEL;
    const segments = row.shares.map((s, k) => {
      const w = (s ?? 0) * plot;
      const rect = `<rect x="${px(left)}" y="${px(y)}" width="${px(w)}" height="${BAR}" fill="${fillOf(k)}"><title>${escapeHtml(`${row.label}: ${spec.classes[k]} ${formatPercent(s)}`)}</title></rect>`;
      left += w;
      return rect;
    });
    const outline = row.isReference ? `<rect x="${LABEL}" y="${px(y)}" width="${px(plot)}" height="${BAR}" fill="none" class="reference-outline" stroke="currentColor" stroke-width="2"/>` : '';
    return `${label}${segments.join('')}${outline}`;
  });
  const description = spec.rows
    .map((r) => `${r.label}${r.isReference ? ' (reference)' : ''}: ${r.shares ? r.shares.map((s, k) => `${spec.classes[k]} ${formatPercent(s)}`).join(', ') : 'hidden or no rows'}`)
    .join('; ');
  return svgFrame({ id: spec.id, width: WIDTH, height, title: spec.title, description, className: 'chart stacked' }, [...legend, ...bars].join('\n'));
}
