import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateFromJson, aggregateOf, aggregateToJson } from '../../../../src/input/aggregate/aggregate-file.js';
import { checkStatisticsTable } from '../../../../src/input/aggregate/check-table.js';
import { createDecoderFacts } from '../../../../src/input/decode/decoder-facts.js';
import { InputError } from '../../../../src/model/errors.js';
import { tallyRows, testConfig, type TestRow } from '../../../helpers/rows.js';

/**
 * An aggregate is checked for internal consistency before it is judged: a
 * row count changed by one anywhere — a group's n, selected, positives, tp or
 * atK, a calibration bin's rows or positives, an AUC count, the population's
 * counts, rows read, used or dropped, an attribute's excluded rows — is
 * refused with the file named, whatever the data (fast-check).
 */
const config = testConfig({ columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g', 'h', 'g+h'], bins: 4 });
const tool = { name: 'fairgate', version: 'test' };
type Json = Record<string, unknown> | unknown[];

const rowArbitrary: fc.Arbitrary<TestRow> = fc.record({
  cells: fc.record({ g: fc.constantFrom('a', 'b', ''), h: fc.constantFrom('x', 'y') }),
  decision: fc.constantFrom(0 as const, 1 as const),
  label: fc.constantFrom(0 as const, 1 as const),
  score: fc.integer({ min: 0, max: 20 }).map((i) => i / 20),
});

function aggregateJson(rows: readonly TestRow[]): Json {
  const table = { ...tallyRows(rows, config), rowsRead: rows.length + 2, rowsDropped: { missing_label: 2 } };
  return JSON.parse(JSON.stringify(aggregateToJson(aggregateOf(config, tool, { file: 'd.csv', sha256: 'f'.repeat(64), bytes: 1 }, { table, facts: createDecoderFacts() })))) as Json;
}

const COUNT_KEYS = new Set(['n', 'selected', 'positives', 'tp', 'atK', 'read', 'used', 'rowsExcluded', 'missing_label']);

/** Every row count in the file, as a path: named counts, bin rows and positives, AUC counts (the second of each pair, or grid cells). */
function countPaths(json: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(json)) {
    const parent = path.at(-1);
    const isCounts = parent === 'rows' || parent === 'labels' || ((parent === 'pos' || parent === 'neg') && typeof json[0] === 'number');
    if (isCounts) return json.map((_, i) => [...path, i]);
    if ((parent === 'pos' || parent === 'neg') && Array.isArray(json[0])) return json.map((_, i) => [...path, i, 1]);
    return json.flatMap((v, i) => countPaths(v, [...path, i]));
  }
  if (typeof json !== 'object' || json === null) return [];
  return Object.entries(json).flatMap(([k, v]) => (typeof v === 'number' && COUNT_KEYS.has(k) && path[0] !== 'input' && path[0] !== 'identifiers' ? [[...path, k]] : countPaths(v, [...path, k])));
}

function read(json: Json): void {
  const aggregate = aggregateFromJson(json, 'a.json');
  checkStatisticsTable(aggregate.table, aggregate.fingerprint, 'a.json', 're-create it');
}

describe('aggregate consistency', () => {
  it('accepts the aggregate as written', () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary, { minLength: 1, maxLength: 25 }), (rows) => {
        expect(() => read(aggregateJson(rows))).not.toThrow();
      }),
    );
  });

  it('refuses any one row count changed by one, naming the file (fast-check)', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary, { minLength: 1, maxLength: 25 }), fc.nat(), fc.constantFrom(1, -1), (rows, pick, delta) => {
        const json = aggregateJson(rows);
        const paths = countPaths(json);
        const path = paths[pick % paths.length]!;
        const holder = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], json) as Record<string | number, number>;
        holder[path.at(-1)!]! += delta;
        let error: unknown;
        try {
          read(json);
        } catch (e) {
          error = e;
        }
        expect(error, path.join('.')).toBeInstanceOf(InputError);
        expect((error as Error).message.startsWith('a.json: ')).toBe(true);
        expect((error as Error).message).not.toContain('\n');
      }),
      { numRuns: 400 },
    );
  });

  it('finds every kind of count the format has', () => {
    const paths = countPaths(aggregateJson([{ cells: { g: 'a', h: 'x' }, decision: 1, label: 1, score: 0.5 }])).map((p) => p.filter((k) => typeof k === 'string').join('.'));
    for (const kind of ['rows.read', 'rows.used', 'rows.dropped.missing_label', 'overall.n', 'overall.bins.rows', 'overall.auc.pos', 'attributes.rowsExcluded', 'attributes.groups.tally.tp', 'attributes.groups.tally.atK', 'attributes.groups.tally.bins.labels']) {
      expect(paths).toContain(kind);
    }
  });
});
