import type { SweepPoint, SweepResult } from '../../model/sweep-result.js';
import { linearScale, niceStep, px } from '../charts/scale.js';
import { svgFrame } from '../charts/svg.js';
import { escapeHtml } from '../escape.js';
import { formatThreshold } from './sweep-words.js';

const W = 760;
const H = 272;
/** the right margin holds the legend, so that no line runs under it */
const M = { left: 48, right: 150, top: 26, bottom: 34 };
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];
/** At most this many points per line: enough for a 600-pixel chart. */
const MAX_POINTS = 400;

interface Line {
  name: string;
  values: (number | null)[];
}

function thin<T>(items: readonly T[]): T[] {
  if (items.length <= MAX_POINTS) return [...items];
  const k = Math.ceil(items.length / MAX_POINTS);
  return items.filter((_, i) => i % k === 0 || i === items.length - 1);
}

function boundLines(bound: SweepResult['rules']['judged'][number]['bound']): number[] {
  const out: number[] = [];
  if (bound.min !== undefined) out.push(bound.min);
  if (bound.max !== undefined) out.push(bound.max);
  if (bound.maxAbs !== undefined) out.push(bound.maxAbs, -bound.maxAbs);
  if (bound.band !== undefined) out.push(bound.band, 1 / bound.band);
  return out;
}

/**
 * One trade-off chart: lines of a value against the threshold, the bands of
 * thresholds where every judged rule passes shaded, dashed bound lines, the
 * current threshold (solid) and the --select answer (dotted) marked.
 */
function chart(id: string, title: string, result: SweepResult, points: readonly SweepPoint[], lines: readonly Line[], bounds: readonly number[]): string {
  const ts = points.map((p) => p.threshold);
  const x = linearScale(Math.min(...ts), Math.max(...ts), M.left, W - M.right);
  const all = [...lines.flatMap((l) => l.values.filter((v): v is number => v !== null)), ...bounds, 0];
  let low = Math.min(...all);
  let high = Math.max(...all, low === 0 ? 1 : low);
  if (high - low < 1e-9) high = low + 1;
  const pad = (high - low) * 0.05;
  (low -= low < 0 ? pad : 0), (high += pad);
  const y = linearScale(low, high, H - M.bottom, M.top);
  const body: string[] = [];
  for (const r of result.passing) {
    const left = x(r.above === undefined || r.above === null ? r.lowest : r.above);
    body.push(`<rect class="band" x="${px(left)}" y="${M.top}" width="${px(Math.max(1, x(r.highest) - left))}" height="${H - M.top - M.bottom}" fill="#2ca02c" fill-opacity="0.15"/>`);
  }
  const step = niceStep(high - low, 5);
  for (let v = Math.ceil(low / step - 1e-9) * step; v <= high + 1e-9; v += step) {
    body.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${px(y(v))}" y2="${px(y(v))}" stroke="#ddd"/><text x="${M.left - 4}" y="${px(y(v) + 4)}" text-anchor="end" font-size="10">${formatThreshold(Number(v.toFixed(6)))}</text>`);
  }
  for (let i = 0; i <= 5; i++) {
    const t = Math.min(...ts) + ((Math.max(...ts) - Math.min(...ts)) * i) / 5;
    body.push(`<text x="${px(x(t))}" y="${H - M.bottom + 14}" text-anchor="middle" font-size="10">${formatThreshold(Number(t.toFixed(3)))}</text>`);
  }
  body.push(`<text x="${(W + M.left) / 2}" y="${H - 4}" text-anchor="middle" font-size="11">threshold t (decision = score ≥ t)</text>`);
  for (const b of bounds) body.push(`<line class="bound" x1="${M.left}" x2="${W - M.right}" y1="${px(y(b))}" y2="${px(y(b))}" stroke="#555" stroke-dasharray="5 4"/>`);
  lines.forEach((line, i) => {
    const pts = points.map((p, j) => (line.values[j] === null ? null : `${px(x(p.threshold))},${px(y(line.values[j]!))}`)).filter((s): s is string => s !== null);
    if (pts.length > 0) body.push(`<polyline fill="none" stroke="${COLORS[i % COLORS.length]}" stroke-width="1.5" points="${pts.join(' ')}"/>`);
    body.push(`<text x="${W - M.right + 8}" y="${M.top + 12 + 14 * i}" font-size="11" fill="${COLORS[i % COLORS.length]}">${escapeHtml(line.name)}</text>`);
  });
  if (result.current) body.push(`<line class="current" x1="${px(x(result.current.threshold))}" x2="${px(x(result.current.threshold))}" y1="${M.top}" y2="${H - M.bottom}" stroke="#000" stroke-width="1.5"/>`);
  const target = result.target?.nearest;
  if (target) body.push(`<line class="target" x1="${px(x(target.threshold))}" x2="${px(x(target.threshold))}" y1="${M.top}" y2="${H - M.bottom}" stroke="#000" stroke-dasharray="2 3"/>`);
  const keys = ['shaded: all rules pass', ...(bounds.length > 0 ? ['dashed: the bound'] : []), ...(result.current ? ['solid: current threshold'] : []), ...(target ? ['dotted: --select answer'] : [])];
  body.push(`<text x="${M.left}" y="14" font-size="12" font-weight="bold">${escapeHtml(title)}</text>`);
  keys.forEach((k, i) => body.push(`<text x="${W - M.right + 8}" y="${H - M.bottom - 14 * (keys.length - 1 - i)}" font-size="10" fill="#555">${escapeHtml(k)}</text>`));
  const description = `${title} against the threshold, ${lines.map((l) => l.name).join(', ')}; shaded: thresholds where every judged rule passes${result.current ? `; solid line: the current threshold ${formatThreshold(result.current.threshold)}` : ''}${target ? `; dotted line: the passing threshold nearest --select, ${formatThreshold(target.threshold)}` : ''}.`;
  return svgFrame({ id, width: W, height: H, title, description, className: 'sweep-chart' }, body.join('\n'));
}

/** Every chart of a sweep: overall selection and accuracy, then each judged rule's value per published group, one chart per attribute. */
export function sweepCharts(result: SweepResult): string[] {
  const points = thin(result.points);
  const charts = [chart('sweep-0', 'Overall selection rate and accuracy', result, points, [{ name: 'selection rate', values: points.map((p) => p.selectionRate) }, { name: 'accuracy', values: points.map((p) => p.accuracy) }], [])];
  result.rules.judged.forEach((rule, r) => {
    points[0]!.attributes.forEach((a, ai) => {
      const lines: Line[] = a.groups
        .filter((g) => g.n !== null)
        .map((g) => ({ name: `${a.name}=${g.key}`, values: points.map((p) => p.attributes[ai]!.groups.find((h) => h.key === g.key)?.rules[rule.id] ?? null) }));
      charts.push(chart(`sweep-${r + 1}-${ai + 1}`, `${rule.id} by ${a.name}`, result, points, lines, boundLines(rule.bound)));
    });
  });
  return charts;
}
