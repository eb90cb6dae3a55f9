import { describe, expect, it } from 'vitest';
import { humanDay, humanPeriod, humanTime } from '../../../src/render/format-date.js';

describe('dates in words', () => {
  it('writes the report time in UTC with an English month, whatever the locale', () => {
    expect(humanTime('2026-01-01T00:00:00.000Z')).toBe('1 January 2026, 00:00 UTC');
    expect(humanTime('2025-12-31T23:59:59.999Z')).toBe('31 December 2025, 23:59 UTC');
    expect(humanTime('not a time')).toBe('not a time');
  });

  it('writes days and periods', () => {
    expect(humanDay('2025-06-30')).toBe('30 June 2025');
    expect(humanPeriod({ from: '2025-01-01', to: '2025-06-30' })).toBe('1 January 2025 to 30 June 2025');
    expect(humanPeriod({ from: '2025-03-09', to: '2025-03-09' })).toBe('9 March 2025');
    expect(humanDay('2025-13-01')).toBe('2025-13-01');
  });
});
