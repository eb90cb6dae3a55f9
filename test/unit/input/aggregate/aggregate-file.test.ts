import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateFromJson, aggregateOf, aggregateToJson } from '../../../../src/input/aggregate/aggregate-file.js';
import { mergeTallyTables } from '../../../../src/core/merge-tables.js';
import { emptyTally } from '../../../../src/core/tally.js';
import { TALLY_FIELD_NAMES } from '../../../../src/core/tally-fields.js';
import { createDecoderFacts } from '../../../../src/input/decode/decoder-facts.js';
import { tallyRows, testConfig, type TestRow } from '../../../helpers/rows.js';
import { tableNumbers } from '../../../helpers/tables.js';

const config = testConfig({ groups: ['g', 'h', 'g+h'], missing: 'drop' });
const tool = { name: 'fairgate', version: 'test' };

const rowArb: fc.Arbitrary<TestRow> = fc.record({
  cells: fc.record({ g: fc.constantFrom('A', 'B', '', 'x|y'), h: fc.constantFrom('p', 'q', '') }),
  decision: fc.constantFrom(0 as const, 1 as const),
  label: fc.constantFrom(0 as const, 1 as const),
  score: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.1, 0.3, 1)),
});

/** Through the file format and back, as `fairgate aggregate` then `--from-aggregates` do. */
function roundTrip(rows: readonly TestRow[], name: string) {
  const aggregate = aggregateOf(config, tool, { file: name, sha256: '0'.repeat(64), bytes: 0 }, { table: tallyRows(rows, config), facts: createDecoderFacts() });
  return aggregateFromJson(JSON.parse(JSON.stringify(aggregateToJson(aggregate))), `${name}.json`);
}

describe('aggregate files', () => {
  it('shards written, read back and merged give the statistics of one pass, bit for bit', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 120 }), fc.array(fc.nat(), { maxLength: 3 }), (rows, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (rows.length + 1)))].sort((a, b) => a - b);
        const bounds = [0, ...points, rows.length];
        const shards = bounds.slice(1).map((end, i) => roundTrip(rows.slice(bounds[i], end), `shard${i}`));
        const merged = shards.map((s) => s.table).reduce((a, b) => mergeTallyTables(a, b));
        expect(tableNumbers(merged)).toEqual(tableNumbers(tallyRows(rows, config)));
      }),
      { numRuns: 200 },
    );
  });

  it('serialise every tally field of the field table', () => {
    const json = aggregateToJson(aggregateOf(config, tool, { file: 'f', sha256: '0'.repeat(64), bytes: 0 }, { table: tallyRows([], config), facts: createDecoderFacts() })) as { overall: Record<string, unknown> };
    expect(Object.keys(json.overall).sort()).toEqual([...TALLY_FIELD_NAMES, 'bins', 'auc'].sort());
    expect(Object.keys(emptyTally(10)).filter((k) => !['bins', 'binSquares', 'auc', 'exact'].includes(k)).sort()).toEqual([...TALLY_FIELD_NAMES].sort());
  });

  it('refuse files that are not aggregates, or of another version, naming the file', () => {
    expect(() => aggregateFromJson({ hello: 1 }, 'x.json')).toThrow('x.json: not a fairgate aggregate');
    expect(() => aggregateFromJson({ format: 'fairgate-aggregate', version: 3, fingerprint: { bins: 10 } }, 'y.json')).toThrow(/y.json: aggregate format version 3 is not supported/);
    // version 1 lacks the bins' Σ score²: refused in one line that says why
    expect(() => aggregateFromJson({ format: 'fairgate-aggregate', version: 1, fingerprint: { bins: 10 } }, 'v1.json')).toThrow(
      'v1.json: aggregate format version 1 is not supported by this fairgate (it reads version 2, whose calibration bins also sum the squared scores); re-create it with fairgate aggregate of this version',
    );
    const good = JSON.parse(JSON.stringify(aggregateToJson(aggregateOf(config, tool, { file: 'f', sha256: '0'.repeat(64), bytes: 0 }, { table: tallyRows([], config), facts: createDecoderFacts() }))));
    good.overall.n = -1;
    expect(() => aggregateFromJson(good, 'z.json')).toThrow('z.json: not a valid fairgate aggregate: overall.n: expected a number >= 0, got -1; re-create it with fairgate aggregate');
  });
});

describe('past the exact-map budget the statistics do not grow with the rows', () => {
  // Same groups, 10x the rows: with no budget beyond the 10,000-pair floor, the aggregate keeps one fixed-size tally per group.
  const floorOnly = testConfig({ groups: ['g', 'h', 'g+h'], missing: 'drop', exactMemoryMB: 0 });
  const rowsOf = (n: number): TestRow[] =>
    Array.from({ length: n }, (_, i) => {
      const score = ((i * 7919) % 100_000) / 100_000;
      return { cells: { g: ['A', 'B', 'C'][i % 3]!, h: ['p', 'q'][(i >> 1) % 2]! }, decision: (i % 3 === 0 ? 1 : 0) as 0 | 1, label: ((i * 31) % 7 < 2 ? 1 : 0) as 0 | 1, score };
    });
  const sizeOf = (rows: TestRow[]) => {
    const json = aggregateToJson(aggregateOf(floorOnly, tool, { file: 'f', sha256: '0'.repeat(64), bytes: 0 }, { table: tallyRows(rows, floorOnly), facts: createDecoderFacts() }));
    const text = JSON.stringify(json);
    return { bytes: text.length, numbers: (text.match(/-?\d+(\.\d+)?(e[-+]?\d+)?/g) ?? []).length };
  };

  it('60,000 and 600,000 rows of the same groups give aggregates of the same shape and size', () => {
    const small = sizeOf(rowsOf(60_000));
    const large = sizeOf(rowsOf(600_000));
    // Every group is past the exact AUC limit in both: fixed grids; only the digits of the counts grow,
    // and an exact sum may need a partial more or less.
    expect(Math.abs(large.numbers - small.numbers) / small.numbers).toBeLessThan(0.001);
    expect(large.bytes / small.bytes).toBeLessThan(1.15);
  });
});
