import type { DisparityResult, GroupResult } from '../model/audit-result.js';
import { formatValue } from './format-number.js';
import type { Interval } from '../model/interval.js';

/** A table value and, when the report has one, its interval: `0.250` and `(0.241–0.259)`. */
export interface CellParts {
  value: string;
  interval?: string;
}

function parts(value: number | null | undefined, interval: Interval | undefined): CellParts {
  if (value === null || value === undefined) return { value: '—' };
  return interval ? { value: formatValue(value), interval: `(${formatValue(interval[0])}–${formatValue(interval[1])})` } : { value: formatValue(value) };
}

export function metricParts(g: GroupResult, key: string): CellParts {
  return parts((g.metrics as Record<string, number | null | undefined>)[key], (g.intervals as Record<string, Interval | undefined>)[key]);
}

/** A disparity's value, with the interval another module may attach. */
export function disparityParts(g: GroupResult, key: string): CellParts {
  const d = (g.disparities as Record<string, DisparityResult | undefined>)[key];
  return d ? parts(d.value, d.interval) : { value: '—' };
}

/** `0.250 (0.241–0.259)`, `0.714`, or `—` for undefined. */
export const joinParts = (p: CellParts): string => (p.interval ? `${p.value} ${p.interval}` : p.value);

export const metricCell = (g: GroupResult, key: string): string => joinParts(metricParts(g, key));
export const disparityCell = (g: GroupResult, key: string): string => joinParts(disparityParts(g, key));
