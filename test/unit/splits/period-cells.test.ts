import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPeriodCell } from '../../../src/input/decode/period-cell.js';
import { civilDate, dayNumber, windowLabel, windowOfLabel, windowStart, windowEnd, isoDate } from '../../../src/model/window-calendar.js';
import type { WindowSize } from '../../../src/model/split-settings.js';
import { loadFixture } from '../stats/fixture-loader.js';

interface WindowCase {
  text: string;
  tz: string;
  day: string;
  week: string;
  month: string;
}

const SIZES: WindowSize[] = ['day', 'week', 'month'];
/** The window label of a cell's text, read from its bytes as the tally reads it. */
function labelOf(text: string, tz: string, every: WindowSize): string | null {
  const bytes = Buffer.from(text, 'utf8');
  const start = createPeriodCell({ column: 'when', every, tz })((i) => bytes[i]!, 0, bytes.length);
  return Number.isNaN(start) ? null : windowLabel(start, every);
}

describe('time windows of date cells', () => {
  it("equal Python's calendar: isocalendar() weeks, zoneinfo days of instants (1,185 cases over 7 zones, DST changes, 1972–2037)", () => {
    const cases = loadFixture<WindowCase[]>('windows');
    expect(cases.length).toBeGreaterThan(1000);
    const wrong = cases.flatMap((c) => SIZES.filter((every) => labelOf(c.text, c.tz, every) !== c[every]).map((every) => `${c.text} ${c.tz} ${every}: ${labelOf(c.text, c.tz, every)} vs ${c[every]}`));
    expect(wrong).toEqual([]);
  });

  it('read a date or a time without an offset as written, whatever the zone', () => {
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      expect(labelOf('2024-12-31 23:59:59', tz, 'day')).toBe('2024-12-31');
      expect(labelOf('  2024-12-31T23:59 ', tz, 'week')).toBe('2025-W01');
      expect(labelOf('2021-01-03', tz, 'week')).toBe('2020-W53');
    }
  });

  it.each([
    '2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-1-05', '24-01-05', '2024/01/05', '2024-01-05T', '2024-01-05T24:00',
    '2024-01-05T10:60', '2024-01-05T10:00:61', '2024-01-05T10:00:00.', '2024-01-05T10:00:00+2400', '2024-01-05T10:00+01:60', '2024-01-05 10:00 Z',
    '2024-01-05T10:00:00+1', 'tomorrow', '2024-01-05x', '１２３４-01-05',
  ])('refuse %j', (text) => {
    for (const every of SIZES) expect(labelOf(text, 'UTC', every)).toBeNull();
  });

  it('day numbers and dates are inverse, and windows contain their days (proleptic Gregorian, years 1–9999)', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1, 1, 1), max: dayNumber(9999, 12, 31) }), fc.constantFrom(...SIZES), (days, every) => {
        const d = civilDate(days);
        expect(dayNumber(d.year, d.month, d.day)).toBe(days);
        const start = windowStart(days, every);
        expect(start <= days && days < windowEnd(start, every)).toBe(true);
        expect(windowStart(windowEnd(start, every), every)).toBe(windowEnd(start, every));
        const label = windowLabel(start, every);
        expect(windowOfLabel(label, every)).toBe(start);
        // JavaScript's own calendar agrees (its ISO text has four-digit years from 1000 on)
        if (d.year >= 1000) expect(isoDate(days)).toBe(new Date(days * 86_400_000).toISOString().slice(0, 10));
      }),
      { numRuns: 500 },
    );
  });

  it('labels sort as the windows follow each other', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1000, 1, 1), max: dayNumber(9000, 1, 1) }), fc.integer({ min: 1, max: 400 }), fc.constantFrom(...SIZES), (a, gap, every) => {
        const first = windowStart(a, every);
        const later = windowStart(a + gap, every);
        if (later !== first) expect(windowLabel(first, every) < windowLabel(later, every)).toBe(true);
      }),
    );
  });
});
