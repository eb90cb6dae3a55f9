import type { Interval } from '../model/interval.js';

/**
 * A value and its interval printed with enough digits that numbers which
 * differ read differently: at large n, `0.259 (0.257–0.262)`, never
 * `0.26 (0.26–0.26)`. Ranges whose ends are negative read `-0.109 to -0.099`,
 * so no dash is taken for a minus sign.
 *
 * The decimals, one number of them for the value and both ends: the reports'
 * convention (three for rates, ratios and differences), fewer for an estimate
 * of 10 and more (at most four significant digits: `1235 (1187–1302)`), more for
 * an estimate so small that the convention would show less than two of its
 * significant digits (`0.0012 (0.0008–0.0016)`), and more again until every
 * pair of numbers that differ prints differently (`0.2591 (0.2588–0.2594)`).
 */

/** The most decimals printed: past this a difference is below any interval's precision here. */
const MAX_DIGITS = 9;

/** The position of a number's leading digit: 0 for 1–9.99, -1 for 0.1–0.999, 3 for 1000–9999. */
function magnitude(x: number): number {
  return Math.floor(Math.log10(Math.abs(x)));
}

/**
 * The decimals to start from for an estimate and its ends: `min`, fewer when
 * the estimate is 10 or more (a zero estimate: its largest end), more when the
 * estimate would show less than two significant digits.
 */
export function startDigits(estimate: number, others: readonly number[], min: number): number {
  const nonZero = [estimate, ...others].filter((x) => Number.isFinite(x) && x !== 0);
  if (nonZero.length === 0) return min;
  // the estimate sets the scale (an interval's far end does not take its decimals away); a zero estimate, its largest end
  const scale = Number.isFinite(estimate) && estimate !== 0 ? magnitude(estimate) : Math.max(...nonZero.map(magnitude));
  let digits = Math.min(min, Math.max(0, 3 - scale));
  if (Number.isFinite(estimate) && estimate !== 0) digits = Math.max(digits, 1 - magnitude(estimate));
  return Math.min(digits, MAX_DIGITS);
}

/** The fewest decimals (at least `min`) at which every pair of different numbers prints differently. */
export function distinctDigits(values: readonly number[], min: number): number {
  const finite = [...new Set(values.filter(Number.isFinite))];
  for (let d = min; d < MAX_DIGITS; d++) {
    const shown = new Set(finite.map((v) => v.toFixed(d)));
    if (shown.size === finite.length) return d;
  }
  return MAX_DIGITS;
}

/** The decimals for an estimate and its interval's ends (or a bound beside it): see the head of this file. */
export function digitsFor(estimate: number, others: readonly number[], min = 3): number {
  return distinctDigits([estimate, ...others], startDigits(estimate, others, min));
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
  const digits = digitsFor(value, interval, min);
  return { value: value.toFixed(digits), interval: rangeText(interval, digits) };
}

/** `0.259 (0.257–0.262)`, `0.259 (95 % CI 0.257–0.262)` with a label, or `0.259` without an interval (three decimals). */
export function withRange(value: number, interval: Interval | undefined, label = ''): string {
  if (!interval) return value.toFixed(startDigits(value, [], 3));
  const shown = valueAndRange(value, interval);
  return `${shown.value} (${label}${shown.interval})`;
}

/** A value with digits enough to differ from each of `others` it does not equal (a bound: `0.0504`, not `0.050`, beside 0.05). */
export function valueBeside(value: number, others: readonly number[], min = 3): string {
  return value.toFixed(digitsFor(value, others.filter(Number.isFinite), min));
}

/** An interval alone, at the decimals it would have beside its estimate (`0.257–0.262`). */
export function intervalText(value: number | null, interval: Interval, min = 3): string {
  return rangeText(interval, digitsFor(value ?? interval[0], value === null ? [interval[1]] : interval, min));
}

/**
 * A proportion and its interval as percentages, at one decimal unless more are
 * needed to tell them apart: `{ value: '25.0 %', interval: '24.1–25.9 %' }`;
 * with a negative end, `-23.2 % to 1.0 %` (each end carries the unit).
 */
export function percentAndRange(value: number, interval: Interval, unit = ' %'): { value: string; interval: string } {
  const scaled = [value, interval[0], interval[1]].map((x) => x * 100);
  const digits = digitsFor(scaled[0]!, scaled.slice(1), 1);
  const [v, low, high] = scaled.map((x) => x.toFixed(digits));
  const isNegative = interval[0] < 0 || interval[1] < 0;
  return { value: `${v}${unit}`, interval: isNegative ? joinRange(`${low}${unit}`, `${high}${unit}`, true) : `${low}–${high}${unit}` };
}
