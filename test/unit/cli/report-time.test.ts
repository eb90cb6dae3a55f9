import { describe, expect, it } from 'vitest';
import { reportTime } from '../../../src/cli/tool-info.js';

const NOW = () => new Date('2030-05-06T07:08:09.000Z');

describe('SOURCE_DATE_EPOCH: whole seconds within four-digit years, or an error', () => {
  it('dates the report by it, from 1970 to the last second of 9999; unset or empty means now', () => {
    expect(reportTime({ SOURCE_DATE_EPOCH: '0' }, NOW)).toBe('1970-01-01T00:00:00.000Z');
    expect(reportTime({ SOURCE_DATE_EPOCH: ' 1767225600\n' }, NOW)).toBe('2026-01-01T00:00:00.000Z');
    expect(reportTime({ SOURCE_DATE_EPOCH: '253402300799' }, NOW)).toBe('9999-12-31T23:59:59.000Z');
    expect(reportTime({}, NOW)).toBe('2030-05-06T07:08:09.000Z');
    expect(reportTime({ SOURCE_DATE_EPOCH: '' }, NOW)).toBe('2030-05-06T07:08:09.000Z');
  });

  it.each(['253402300800', '99999999999999999999', '-1', '1e5', '1.5', '0x10', 'now', '\u001b[2J'])('refuses %j on one line that quotes it', (value) => {
    expect(() => reportTime({ SOURCE_DATE_EPOCH: value }, NOW)).toThrow(
      `SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC, from 0 to 253402300799 (the end of year 9999), got ${JSON.stringify(value)}; fix it, or unset it to date reports with the current time`,
    );
  });
});
