import type { DisparityResult, GroupResult } from '../model/audit-result.js';
import { formatValue } from './format-number.js';
import { valueAndRange } from './interval-text.js';
import type { Interval } from '../model/interval.js';
import { COUNT_METRICS } from '../metrics/consent-metrics.js';

const countCell = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : String(v));

/** A table value and, when the report has one, its interval: `0.250` and `(0.241–0.259)`, `(-0.109 to -0.099)`; digits enough to tell them apart. */
export interface CellParts {
  value: string;
  interval?: string;
}

function parts(value: number | null | undefined, interval: Interval | undefined): CellParts {
  if (value === null || value === undefined) return { value: '—' };
  if (!interval) return { value: formatValue(value) };
  const shown = valueAndRange(value, interval);
  return { value: shown.value, interval: `(${shown.interval})` };
}

export function metricParts(g: GroupResult, key: string): CellParts {
  // a count of rows (consent) is a whole number, not a rate
  if (COUNT_METRICS.includes(key)) return { value: countCell(g.metrics[key as keyof GroupResult['metrics']]) };
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
