import { describe, expect, it } from 'vitest';
import { checkInputChoice, inputNameOf } from '../../../src/cli/input-choice.js';
import { UsageError } from '../../../src/model/errors.js';

const message = (f: () => void) => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('no error');
};

describe('what an audit reads', () => {
  it('with nothing piped in (a terminal), says the three ways to give data', () => {
    expect(message(() => checkInputChoice(undefined, {}, { argv: ['audit', '-g', 'sex'], isStdinTty: true }))).toBe(
      'no data file given: name a CSV file (fairgate audit data.csv …), - to read standard input, or --from-aggregates <files…>; fairgate audit --help lists the options',
    );
  });

  it('with data piped in, gives the command to type, - put where the file goes and every word quoted for the shell', () => {
    const argv = ['audit', '-g', 'sex', '--rule', 'disparate_impact>=0.8 require=significant'];
    expect(message(() => checkInputChoice(undefined, {}, { argv, isStdinTty: false }))).toBe(
      "no data file given; standard input is read only when - stands in for the file name: fairgate audit - -g sex --rule 'disparate_impact>=0.8 require=significant' (or give a CSV file, or --from-aggregates <files…>)",
    );
    const long = message(() => checkInputChoice(undefined, {}, { argv: ['audit', ...Array.from({ length: 60 }, (_, i) => `--rule=r${i}`)], isStdinTty: false }));
    expect(long).toMatch(/: fairgate audit - --rule=r0 .{100,}… \(or give a CSV file/);
  });

  it('accepts exactly one source, and a label only for standard input', () => {
    expect(() => checkInputChoice('data.csv', {}, { argv: [], isStdinTty: false })).not.toThrow();
    expect(() => checkInputChoice(undefined, { fromAggregates: ['a.json'] }, { argv: [], isStdinTty: false })).not.toThrow();
    expect(message(() => checkInputChoice('data.csv', { fromAggregates: ['a.json'] }, { argv: [] }))).toContain('not both: the data file "data.csv" and 1 aggregate file were given');
    expect(inputNameOf('-', undefined)).toBe('-');
    expect(inputNameOf('-', 'holdout.csv')).toBe('holdout.csv');
    expect(inputNameOf('data.csv', undefined)).toBe('data.csv');
    expect(() => inputNameOf('data.csv', 'other.csv')).toThrow(UsageError);
    expect(() => inputNameOf('-', '')).toThrow('--input-name: expected a name for standard input');
  });
});
