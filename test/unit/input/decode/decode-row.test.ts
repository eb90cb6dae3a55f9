import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../../src/core/tally.js';
import { makeBinaryDecoder } from '../../../../src/input/decode/binary-values.js';
import { columnIndex } from '../../../../src/input/decode/columns.js';
import { createRowDecoder } from '../../../../src/input/decode/decode-row.js';
import { noticeSentence } from '../../../../src/render/prose/notice-sentence.js';
import { testConfig } from '../../../helpers/rows.js';

describe('binary values', () => {
  const decode = makeBinaryDecoder(null);
  it.each([
    ['1', 1], ['1.0', 1], [' 1 ', 1], ['TRUE', 1], ['yes', 1], ['Yes', 1],
    ['0', 0], ['0.00', 0], ['false', 0], ['No', 0], ['-0', 0],
    ['2', undefined], ['High', undefined], ['0.5', undefined], ['y', undefined],
  ])('%j -> %s', (value, expected) => {
    expect(decode(value)).toBe(expected);
  });

  it('with a positive set, listed values are 1 and every other value 0', () => {
    const d = makeBinaryDecoder(['Medium', 'High']);
    expect(['High', 'Medium', 'Low', 'medium'].map(d)).toEqual([1, 1, 0, 0]);
  });
});

describe('row decoding', () => {
  const header = ['id', 'g', 'd', 'y', 's'];
  const out: Observation = { decision: null, label: null, score: null };

  it('decodes a row and drops rows with empty cells, with the reason', () => {
    const decoder = createRowDecoder(header, testConfig(), 'f.csv');
    expect(decoder.decode(['1', 'A', '1', '0', '0.25'], 2, out)).toBe('ok');
    expect(out).toEqual({ decision: 1, label: 0, score: 0.25 });
    expect(decoder.decode(['1', 'A', '', '0', '0.25'], 3, out)).toBe('missing_prediction');
    expect(decoder.decode(['1', 'A', '1', ' ', '0.25'], 4, out)).toBe('missing_label');
    expect(decoder.decode(['1', 'A', '1', '1', ''], 5, out)).toBe('missing_score');
  });

  it('derives the decision from a score threshold (score >= t)', () => {
    const decoder = createRowDecoder(header, testConfig({ columns: { score: 's', label: 'y' }, threshold: 0.5 }), 'f.csv');
    decoder.decode(['1', 'A', '', '1', '0.5'], 2, out);
    expect(out.decision).toBe(1);
    decoder.decode(['1', 'A', '', '1', '0.4999'], 3, out);
    expect(out.decision).toBe(0);
  });

  it('a score that is not a number names the file and line', () => {
    const decoder = createRowDecoder(header, testConfig(), 'f.csv');
    expect(() => decoder.decode(['1', 'A', '1', '0', 'abc'], 7, out)).toThrow('f.csv, line 7, column 5 (s): score "abc" is not a number; expected a probability between 0 and 1 (e.g. 0.37)');
    expect(() => decoder.decode(['1', 'A', '1', '0', 'NaN'], 8, out)).toThrow(/line 8/);
    expect(() => decoder.decode(['1', 'A', '1', '0', '1.5'], 9, out)).toThrow(/outside \[0, 1\]/);
  });

  it('values that are neither positive nor negative: an error listing the values found and the flag', () => {
    const decoder = createRowDecoder(header, testConfig(), 'f.csv');
    decoder.decode(['1', 'A', 'High', '0', '0.1'], 2, out);
    decoder.decode(['1', 'A', 'Low', '0', '0.1'], 3, out);
    decoder.decode(['1', 'A', 'High', '0', '0.1'], 4, out);
    expect(() => decoder.finish()).toThrow(
      'f.csv, line 2, column 3 (d): prediction column "d" has values that are neither positive (1, true, yes) nor negative (0, false, no) in 3 rows; values found: "High", "Low"; say which values are positive with --prediction-positive <values>, e.g. --prediction-positive "High"',
    );
  });

  it('warns about a listed positive value that never occurs', () => {
    const decoder = createRowDecoder(header, testConfig({ predictionPositive: ['High', 'Hihg'] }), 'f.csv');
    decoder.decode(['1', 'A', 'High', '0', '0.1'], 2, out);
    const unused = decoder.finish();
    expect(unused).toEqual([{ flag: '--prediction-positive', value: 'Hihg', column: 'd', valuesFound: ['High'] }]);
    expect(noticeSentence({ code: 'unused-positive-value', args: unused[0]! })).toBe('--prediction-positive lists "Hihg", which never occurs in column "d" (values found: "High")');
  });
});

describe('columns', () => {
  it('suggests the nearest name for a misspelt column and lists the columns', () => {
    expect(() => columnIndex(['gender', 'age'], 'gendr', 'm.csv')).toThrow('m.csv, line 1: column "gendr" not found; did you mean "gender"? Columns: "gender", "age"');
    expect(() => columnIndex(['gender', 'age'], 'sex', 'm.csv')).toThrow(/^m\.csv, line 1: column "sex" not found\. Columns: "gender", "age"$/);
  });

  it('explains duplicate header names and accepts name#k', () => {
    const header = ['id', 'decile_score', 'x', 'decile_score'];
    expect(() => columnIndex(header, 'decile_score', 'c.csv')).toThrow(/2 columns named "decile_score" \("decile_score#1" is column 2, "decile_score#2" is column 4\)/);
    expect(columnIndex(header, 'decile_score#2', 'c.csv')).toBe(3);
    expect(() => columnIndex(header, 'decile_score#3', 'c.csv')).toThrow(/only 2 columns/);
  });
});
