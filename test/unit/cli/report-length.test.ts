import { describe, expect, it } from 'vitest';
import { reportOfGroups, withinStringLength } from '../../../src/cli/report-outputs.js';
import { OutputError } from '../../../src/cli/output-error.js';
import type { AuditResult } from '../../../src/model/audit-result.js';

const result = { attributes: [{ groups: new Array(60_000) }, { groups: new Array(40_000) }] } as unknown as AuditResult;

describe('a report longer than a string can be', () => {
  it('is refused in one line naming the output, the groups and what to do (exit 2), not a crash', () => {
    const tooLong = () => {
      throw new RangeError('Invalid string length');
    };
    let error: unknown;
    try {
      withinStringLength('-o report.html', reportOfGroups(result), tooLong);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).exitCode).toBe(2);
    expect((error as Error).message).toBe(
      '-o report.html: the report of 100,000 groups is longer than the longest text Node can hold (about 512 MB); nothing was written: write it as JSON (-o report.json or --format json, written in pieces), or audit fewer groups',
    );
  });

  it('passes other errors and results through', () => {
    expect(withinStringLength('standard output', reportOfGroups(result), () => 'text')).toBe('text');
    expect(() =>
      withinStringLength('standard output', reportOfGroups(result), () => {
        throw new RangeError('Maximum call stack size exceeded');
      }),
    ).toThrow(RangeError);
  });

  it('is what V8 throws for a string past its longest', () => {
    expect(() => 'x'.repeat(2 ** 30)).toThrow(/Invalid string length/);
  });
});
