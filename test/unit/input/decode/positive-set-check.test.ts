import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../../../src/core/tally.js';
import { createRowDecoder } from '../../../../src/input/decode/decode-row.js';
import { createColumnFacts, mergeDecoderFacts, readBackFacts, createDecoderFacts } from '../../../../src/input/decode/decoder-facts.js';
import { caseInsensitiveMatches, checkPositiveSet, valuesByFrequency } from '../../../../src/input/decode/positive-set-check.js';
import { tallyInput } from '../../../../src/pipeline/audit.js';
import { testConfig } from '../../../helpers/rows.js';
import { seededUniform } from '../../../helpers/seeded-uniform.js';

const column = { role: 'prediction' as const, name: 'd', index: 1, decode: () => 0 as const, positives: ['y'], flag: '--prediction-positive' };

describe('the values a message lists', () => {
  it('most frequent first, first seen first among equals, counts where known, cut after the cap', () => {
    expect(valuesByFrequency(createColumnFacts(['a', 'b', 'c'], [1, 5, 1]))).toBe('"b" (5 rows), "a" (1 row), "c" (1 row)');
    expect(valuesByFrequency(createColumnFacts(['a', 'b']))).toBe('"a", "b"');
    expect(valuesByFrequency(createColumnFacts(['a', 'b', 'c'], [3, 2, 1]), 2)).toBe('"a" (3 rows), "b" (2 rows), … (1 more)');
  });

  it('suggests the values equal but for case, in the order the set lists them', () => {
    expect(caseInsensitiveMatches(['y', 'maybe'], ['N', 'Y', 'MAYBE'])).toEqual(['Y', 'MAYBE']);
    expect(caseInsensitiveMatches(['yes'], ['1', '0'])).toEqual([]);
  });
});

describe('a positive set that matches no value', () => {
  const header = ['g', 'd', 'y', 's'];
  const out: Observation = { decision: null, label: null, score: null };

  it('is an input error naming the column, the values found with their rows, and the case-insensitive match', () => {
    const decoder = createRowDecoder(header, testConfig({ predictionPositive: ['y'], columns: { prediction: 'd' } }), 'f.csv');
    for (const [i, d] of ['N', 'Y', 'N', ' N ', ''].entries()) decoder.decode(['A', d, '', ''], i + 2, out);
    expect(() => decoder.finish()).toThrow(
      'f.csv: prediction column "d" holds none of the positive values "y" (--prediction-positive or the config\'s predictionPositive), so every row would count as negative; values found, most frequent first: "N" (3 rows), "Y" (1 row); did you mean --prediction-positive Y? (values are matched exactly, case included)',
    );
  });

  it('is no error once one value matches (the others are notices), nor for a column with no value at all', () => {
    const decoder = createRowDecoder(header, testConfig({ predictionPositive: ['Y', 'Maybe'], columns: { prediction: 'd' } }), 'f.csv');
    for (const d of ['N', 'Y']) decoder.decode(['A', d, '', ''], 2, out);
    expect(decoder.finish()).toEqual([{ flag: '--prediction-positive', value: 'Maybe', column: 'd', valuesFound: ['N', 'Y'] }]);
    expect(() => checkPositiveSet(column, createColumnFacts(), 'f.csv')).not.toThrow();
  });

  it('read back from an aggregate or a SQL result: judged on the listed values, and a full list may hide the match', () => {
    expect(() => checkPositiveSet(column, readBackFacts(['N', 'Y'], [3, 1]), 'a.json')).toThrow(/did you mean --prediction-positive Y\?/);
    const full = Array.from({ length: 20 }, (_, i) => `v${i}`);
    expect(() => checkPositiveSet(column, readBackFacts(full), 'a.json')).not.toThrow();
  });

  it('parts merge: rows add up per value, and a match in either part is a match', () => {
    const a = createDecoderFacts();
    const b = createDecoderFacts();
    a.prediction = createColumnFacts(['N', 'Y'], [2, 1]);
    b.prediction = { ...createColumnFacts(['y', 'N'], [4, 1]), matched: true };
    const merged = mergeDecoderFacts(a, b).prediction;
    expect([merged.values, merged.counts, merged.matched]).toEqual([['N', 'Y', 'y'], [3, 1, 4], true]);
  });
});

describe('the rows of each value, counted by the file reader in one thread and in several', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-positive-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // a seeded file coded Y/N, with padded and empty cells: the expected counts are a recount of the rows written
  const next = seededUniform(20261207);
  const cells = Array.from({ length: 3000 }, () => ['Y', 'N', ' N', 'N ', ''][Math.floor(next() * 5)]!);
  const file = path.join(dir, 'yn.csv');
  writeFileSync(file, ['g,d', ...cells.map((d, i) => `${'AB'[i % 2]},${d}`)].join('\n') + '\n');
  const recount = (v: string) => cells.filter((d) => d.trim() === v).length;

  it.each([1, 2, 3])('with %i thread(s), the error lists the recount', async (threads) => {
    const config = testConfig({ predictionPositive: ['y'], columns: { prediction: 'd' } });
    const source = { name: 'yn.csv', path: file, open: () => { throw new Error('unused'); } };
    const message = await tallyInput(config, source, { threads }).then(() => 'no error', (e: Error) => e.message);
    const [n, y] = [recount('N'), recount('Y')];
    expect(n).toBeGreaterThan(y); // the seed gives N three spellings of five: it is listed first
    expect(message).toContain(`values found, most frequent first: "N" (${n} rows), "Y" (${y} rows); did you mean --prediction-positive Y?`);
  });
});
