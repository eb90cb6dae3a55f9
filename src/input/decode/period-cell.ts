import { dayNumber, daysInMonth, windowStart } from '../../model/window-calendar.js';
import type { PeriodSettings } from '../../model/split-settings.js';

/** A cell's characters: the code of character i (bytes of the buffer, or a string's code units). */
export type CharAt = (i: number) => number;

/** What a date cell is expected to hold, for error messages. */
export const DATE_FORMS = 'an ISO 8601 date or timestamp: 2024-03-07, 2024-03-07T14:30:00, 2024-03-07 14:30:00.123+01:00 or …Z';

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The number written by the digits at [from, from + count), or −1 when one is not a digit. */
function digits(at: CharAt, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const c = at(i);
    if (!isDigit(c)) return -1;
    value = value * 10 + c - 48;
  }
  return value;
}

/** The parts of a date or timestamp; `offset` in minutes east of UTC, NaN when the cell gives none. */
interface Moment {
  day: number;
  minute: number;
  offset: number;
}

/** `±HH`, `±HHMM`, `±HH:MM` or `Z` at [i, end); NaN when malformed. */
function offsetAt(at: CharAt, i: number, end: number): number {
  const c = at(i);
  if ((c === 90 || c === 122) && i + 1 === end) return 0; // Z z
  if (c !== 43 && c !== 45) return Number.NaN; // + -
  const sign = c === 43 ? 1 : -1;
  const hours = digits(at, i + 1, 2);
  const rest = end - (i + 3);
  const minutes = rest === 0 ? 0 : rest === 2 ? digits(at, i + 3, 2) : rest === 3 && at(i + 3) === 58 ? digits(at, i + 4, 2) : -1;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return Number.NaN;
  return sign * (hours * 60 + minutes);
}

/** Reads `YYYY-MM-DD`, optionally followed by `T`/space, `HH:MM[:SS[.fff]]` and an offset; false when it is not that. */
function readMoment(at: CharAt, start: number, end: number, out: Moment): boolean {
  if (end - start < 10 || at(start + 4) !== 45 || at(start + 7) !== 45) return false;
  const year = digits(at, start, 4);
  const month = digits(at, start + 5, 2);
  const day = digits(at, start + 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  out.day = dayNumber(year, month, day);
  out.minute = 0;
  out.offset = Number.NaN;
  if (end - start === 10) return true;
  const t = at(start + 10);
  if ((t !== 84 && t !== 116 && t !== 32) || end - start < 16 || at(start + 13) !== 58) return false; // T t space, HH:MM
  const hour = digits(at, start + 11, 2);
  const minute = digits(at, start + 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return false;
  out.minute = hour * 60 + minute;
  let i = start + 16;
  if (i < end && at(i) === 58) {
    const second = digits(at, i + 1, 2);
    if (second < 0 || second > 60) return false;
    i += 3;
    if (i < end && (at(i) === 46 || at(i) === 44)) {
      const first = ++i;
      while (i < end && isDigit(at(i))) i++;
      if (i === first) return false;
    }
  }
  if (i === end) return true;
  out.offset = offsetAt(at, i, end);
  return out.offset === out.offset;
}

/** Minutes east of UTC of an IANA zone at an instant (in minutes since the epoch), cached per quarter hour. */
function zoneOffsets(tz: string): (instant: number) => number {
  if (tz === 'UTC' || tz === 'Etc/UTC') return () => 0;
  const format = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
  const cache = new Map<number, number>();
  return (instant) => {
    const quarter = Math.floor(instant / 15);
    let offset = cache.get(quarter);
    if (offset === undefined) {
      const parts = Object.fromEntries(format.formatToParts(new Date(quarter * 15 * 60_000)).map((p) => [p.type, Number(p.value)]));
      const local = dayNumber(parts.year!, parts.month!, parts.day!) * 1440 + parts.hour! * 60 + parts.minute!;
      offset = local - quarter * 15;
      cache.set(quarter, offset);
    }
    return offset;
  };
}

/**
 * The window of a date cell: the first day (a day number) of the window the
 * cell's calendar day falls in, or NaN when the cell is not a date. A date, or
 * a time without an offset, is a local time already: its day is the day
 * written. A time with an offset (`Z`, `+01:00`) is an instant: its day is the
 * calendar day at that instant in the zone of `--tz` (UTC by default).
 */
export function createPeriodCell(period: PeriodSettings): (at: CharAt, start: number, end: number) => number {
  const offsetOf = zoneOffsets(period.tz);
  const moment: Moment = { day: 0, minute: 0, offset: Number.NaN };
  return (at, start, end) => {
    while (start < end && (at(start) === 32 || at(start) === 9)) start++;
    while (end > start && (at(end - 1) === 32 || at(end - 1) === 9)) end--;
    if (!readMoment(at, start, end, moment)) return Number.NaN;
    if (moment.offset !== moment.offset) return windowStart(moment.day, period.every);
    const instant = moment.day * 1440 + moment.minute - moment.offset;
    return windowStart(Math.floor((instant + offsetOf(instant)) / 1440), period.every);
  };
}
