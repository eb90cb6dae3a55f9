import type { Interval } from '../model/interval.js';

/**
 * A value and its interval printed with enough decimals that numbers which
 * differ read differently: at large n, `0.259 (0.257–0.262)`, never
 * `0.26 (0.26–0.26)`. Ranges whose ends are negative read `-0.109 to -0.099`,
 * so no dash is taken for a minus sign.
 */

/** More decimals than this claim a precision no interval here has. */
const MAX_DIGITS = 6;

/** The fewest decimals (at least `min`) at which every pair of different numbers prints differently. */
export function distinctDigits(values: readonly number[], min: number): number {
  const finite = [...new Set(values.filter(Number.isFinite))];
  for (let d = min; d < MAX_DIGITS; d++) {
    const shown = new Set(finite.map((v) => v.toFixed(d)));
    if (shown.size === finite.length) return d;
  }
  return MAX_DIGITS;
}

/** `low–high`, or `low to high` when an end is negative. */
export function joinRange(low: string, high: string, isNegative: boolean): string {
  return `${low}${isNegative ? ' to ' : '–'}${high}`;
}

/** An interval's two ends at `digits` decimals, joined. */
export function rangeText(interval: Interval, digits: number): string {
  return joinRange(interval[0].toFixed(digits), interval[1].toFixed(digits), interval[0] < 0 || interval[1] < 0);
}

/** A value and its interval at one number of decimals, chosen so the three differ: `{ value: '0.259', interval: '0.257–0.262' }`. */
export function valueAndRange(value: number, interval: Interval, min = 3): { value: string; interval: string } {
  const digits = distinctDigits([value, interval[0], interval[1]], min);
  return { value: value.toFixed(digits), interval: rangeText(interval, digits) };
}

/**
 * A proportion and its interval as percentages, at one decimal unless more are
 * needed to tell them apart: `{ value: '25.0 %', interval: '24.1–25.9 %' }`;
 * with a negative end, `-23.2 % to 1.0 %` (each end carries the unit).
 */
export function percentAndRange(value: number, interval: Interval, unit = ' %'): { value: string; interval: string } {
  const scaled = [value, interval[0], interval[1]].map((x) => x * 100);
  const digits = distinctDigits(scaled, 1);
  const [v, low, high] = scaled.map((x) => x.toFixed(digits));
  const isNegative = interval[0] < 0 || interval[1] < 0;
  return { value: `${v}${unit}`, interval: isNegative ? joinRange(`${low}${unit}`, `${high}${unit}`, true) : `${low}–${high}${unit}` };
}
