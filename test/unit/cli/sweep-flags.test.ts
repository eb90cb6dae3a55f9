import { describe, expect, it } from 'vitest';
import { parseGrid, parseSelect } from '../../../src/cli/sweep-flags.js';

describe('sweep flags', () => {
  it('--select: a percentage of the rows or a count of rows', () => {
    expect(parseSelect('20%')).toEqual({ kind: 'rate', percent: 20 });
    expect(parseSelect(' 12.5 % ')).toEqual({ kind: 'rate', percent: 12.5 });
    expect(parseSelect('5000')).toEqual({ kind: 'count', rows: 5000 });
    expect(parseSelect(undefined)).toBeUndefined();
    for (const bad of ['0%', '101%', '%', '-5', '2.5', 'abc', '']) expect(() => parseSelect(bad), bad).toThrow(/^--select: expected/);
  });

  it('--grid and --grid-step: thresholds in [0, 1], at most 10,000, not both', () => {
    expect(parseGrid('0.3, 0.5,0.7', undefined)).toEqual({ values: [0.3, 0.5, 0.7] });
    expect(parseGrid(undefined, '0.01')).toEqual({ step: 0.01 });
    expect(parseGrid(undefined, undefined)).toBeUndefined();
    expect(() => parseGrid('0.3', '0.1')).toThrow('sweep: give --grid or --grid-step, not both');
    expect(() => parseGrid('0.3,,0.5', undefined)).toThrow(/^--grid: expected thresholds from 0 to 1/);
    expect(() => parseGrid(undefined, '0.00001')).toThrow('--grid-step: 0.00001 gives more than 10,000 thresholds; use a step of 0.0001 or more');
    expect(() => parseGrid(undefined, '2')).toThrow(/^--grid-step: expected a number above 0 and at most 1/);
  });
});
