import type { AuditResult, GroupResult, WindowAudit } from '../../model/audit-result.js';
import type { Interval } from '../../model/interval.js';
import { isStratified } from '../../model/split-settings.js';
import { MISSING_GROUP } from '../../core/types.js';
import { formatValue } from '../format-number.js';
import { withRange } from '../interval-text.js';
import { groupCount } from '../group-count.js';
import { titleOf } from '../metric-info.js';

/** One group's value of a metric in one window, with its interval; null when undefined or hidden. */
export interface TrendPoint {
  value: number | null;
  interval?: Interval;
  isHidden: boolean;
}

/** A metric of one attribute over the windows: a row per window, a series per group. */
export interface Trend {
  attribute: string;
  metric: string;
  title: string;
  windows: WindowAudit[];
  groups: string[];
  /** [window][group] */
  points: TrendPoint[][];
  /** the bounds of the rules on this metric, for the chart */
  bounds: number[];
}

/** The metrics a trend is drawn for: those the rules and the drift rules judge, else the impact ratio (or the selection rate). */
export function trendMetrics(result: AuditResult): string[] {
  const judged = [...result.config.rules.map((r) => r.metric as string), ...(result.config.drift ?? []).map((d) => d.metric as string)].filter((m) => !isStratified(m));
  const sample = result.windows?.windows.flatMap((w) => w.attributes.flatMap((a) => a.groups)).find((g) => !g.suppressed);
  const has = (m: string) => sample !== undefined && (m in sample.metrics || m in sample.disparities);
  const chosen = [...new Set(judged)].filter(has);
  if (chosen.length > 0) return chosen;
  return ['disparate_impact', 'selection_rate'].filter(has).slice(0, 1);
}

function pointOf(g: GroupResult | undefined, metric: string): TrendPoint {
  if (!g) return { value: null, isHidden: false };
  if (g.suppressed) return { value: null, isHidden: true };
  const d = (g.disparities as Record<string, { value: number | null; interval?: Interval } | undefined>)[metric];
  const value = d ? d.value : ((g.metrics as Record<string, number | null | undefined>)[metric] ?? null);
  const interval = d ? d.interval : (g.intervals as Record<string, Interval | undefined>)[metric];
  return { value, ...(interval && value !== null ? { interval } : {}), isHidden: false };
}

/** Every trend of the report: per attribute, per trend metric. */
export function trends(result: AuditResult): Trend[] {
  const windows = result.windows?.windows ?? [];
  if (windows.length === 0) return [];
  return result.attributes.flatMap((a) =>
    trendMetrics(result).map((metric) => {
      const groups = [...new Set(windows.flatMap((w) => w.attributes.find((x) => x.name === a.name)?.groups.map((g) => g.key) ?? []))].sort();
      const points = windows.map((w) => {
        const own = w.attributes.find((x) => x.name === a.name);
        return groups.map((key) => pointOf(own?.groups.find((g) => g.key === key), metric));
      });
      const bounds = result.config.rules.filter((r) => r.metric === metric && (!r.attributes || r.attributes.includes(a.name))).flatMap((r) => [r.min, r.max].filter((b) => b !== undefined));
      return { attribute: a.name, metric, title: `${titleOf(metric)} of ${a.name} by ${result.windows!.every}`, windows, groups, points, bounds };
    }),
  );
}

/** A trend as a table: a row per window (its label, its rows, its verdict), a cell per group `value (low–high)`. */
export function trendTable(trend: Trend, result: AuditResult): { head: string[]; rows: string[][] } {
  const k = result.config.suppressBelow;
  const cell = (p: TrendPoint) => (p.isHidden ? 'hidden' : p.value === null ? '—' : withRange(p.value, p.interval));
  const rows = trend.windows.map((w, i) => [w.window === MISSING_GROUP ? '(no date)' : w.window, groupCount(w.overall, k), ...trend.points[i]!.map(cell), w.status]);
  return { head: ['window', 'n', ...trend.groups, 'window verdict'], rows };
}
