import type { GroupResult, Interval } from './audit-result.js';
import type { DisparityStats } from './metric-info.js';
import { formatValue } from './format-number.js';


/** `0.250 (0.241–0.259)`, `0.714`, or `—` for undefined. */
export function valueWithInterval(value: number | null | undefined, interval: Interval | undefined): string {
  if (value === null || value === undefined) return '—';
  return interval ? `${formatValue(value)} (${formatValue(interval[0])}–${formatValue(interval[1])})` : formatValue(value);
}

/** A group's metric for a table cell, with its interval when the report has one. */
export function metricCell(g: GroupResult, key: string): string {
  const value = (g.metrics as Record<string, number | null | undefined>)[key];
  const interval = (g.intervals as Record<string, Interval | undefined>)[key];
  return valueWithInterval(value, interval);
}

/** A group's disparity for a table cell, with its interval when another module attached one. */
export function disparityCell(g: GroupResult, key: string): string {
  const d = (g.disparities as Record<string, DisparityStats | undefined>)[key];
  return d ? valueWithInterval(d.value, d.interval) : '—';
}
