import type { WindowSize } from './split-settings.js';

/**
 * The proleptic Gregorian calendar on day numbers (days since 1970-01-01),
 * and the windows of `--every`: a day, an ISO 8601 week (Monday to Sunday,
 * numbered in the year of its Thursday) or a calendar month. A window's label
 * (`2024-03-07`, `2024-W09`, `2024-03`) sorts as the windows follow each other.
 * Civil-date conversions: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".
 */

/** Days since 1970-01-01 of a date (month 1–12). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day number. */
export function civilDate(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2024-03-07` */
export function isoDate(days: number): string {
  const d = civilDate(days);
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
export function weekday(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/** The first day of the window a day falls in. */
export function windowStart(days: number, every: WindowSize): number {
  if (every === 'day') return days;
  if (every === 'week') return days - weekday(days);
  const d = civilDate(days);
  return dayNumber(d.year, d.month, 1);
}

/** The day after the window that starts on `start`. */
export function windowEnd(start: number, every: WindowSize): number {
  if (every === 'day') return start + 1;
  if (every === 'week') return start + 7;
  const d = civilDate(start);
  return start + daysInMonth(d.year, d.month);
}

/** The label of the window that starts on `start`: `2024-03-07`, `2024-W09` (ISO week-year and week), `2024-03`. */
export function windowLabel(start: number, every: WindowSize): string {
  if (every === 'day') return isoDate(start);
  if (every === 'month') return isoDate(start).slice(0, 7);
  const thursday = start - weekday(start) + 3;
  const year = civilDate(thursday).year;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** The first day of the window with this label, or undefined when it is not one (`(missing)`). */
export function windowOfLabel(label: string, every: WindowSize): number | undefined {
  const m = /^(\d{4})-(?:(\d{2})(?:-(\d{2}))?|W(\d{2}))$/.exec(label);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (every === 'week' && m[4] !== undefined) {
    const jan4 = dayNumber(year, 1, 4);
    return jan4 - weekday(jan4) + 7 * (Number(m[4]) - 1);
  }
  if (every === 'month' && m[2] !== undefined && m[3] === undefined) return dayNumber(year, Number(m[2]), 1);
  if (every === 'day' && m[3] !== undefined) return dayNumber(year, Number(m[2]), Number(m[3]));
  return undefined;
}
