import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { validateFileConfig } from '../../src/config/validate-config.js';
import { fingerprintLayer } from '../../src/input/aggregate/fingerprint.js';
import { mergeStatisticsFiles } from '../../src/input/aggregate/from-aggregates.js';
import { ConfigError } from '../../src/model/errors.js';
import { auditStatistics } from '../../src/pipeline/audit-statistics.js';
import { REPORTERS } from '../../src/render/reporters/index.js';
import { buildStatisticsQuery } from '../../src/sql/build-query.js';
import { testConfig } from '../helpers/rows.js';
import { byteDamage, damage, expectReadOrRefused, fileWith, hostileValue, scratch } from './side-file-helpers.js';

/**
 * Warehouse results (`fairgate sql`, saved as CSV or JSON) with cells, rows
 * and bytes damaged: read, checked and judged, or refused with a known
 * error; never a crash. The valid result comes from DuckDB running the query.
 */
const META = { tool: { name: 'fairgate', version: 'fuzz' }, generatedAt: '2026-01-01T00:00:00.000Z' };
const ROWS = ['a,x,1,1,0.9', 'b,x,0,1,0.4', 'a,y,1,0,0.7', ',y,0,0,0.1', 'b,y,1,1,0.55', 'a,x,0,0,0.2', 'b,,1,0,0.35'];
let csvText = '';
let jsonRows: Record<string, unknown>[] = [];

beforeAll(async () => {
  const data = fileWith(['g,h,d,y,s', ...ROWS].join('\n') + '\n', 'data.csv');
  const config = testConfig({ columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g', 'h', 'g+h'] });
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  await connection.run(`CREATE TABLE t AS SELECT * FROM read_csv('${data}', all_varchar = true)`);
  const query = buildStatisticsQuery(config, 't', 'duckdb', META.tool).replace(/;\s*$/, '');
  const out = path.join(scratch, 'valid.csv');
  await connection.run(`COPY (${query}) TO '${out}' (HEADER)`);
  connection.closeSync();
  csvText = readFileSync(out, 'utf8');
  const [header, ...records] = parse(csvText) as string[][];
  jsonRows = records.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] === '' ? null : cells[i]])));
}, 120_000);

function judge(file: string): void {
  const stats = mergeStatisticsFiles([{ name: 'stats', path: file }]);
  const layer = validateFileConfig(fingerprintLayer(stats.fingerprint));
  if (!layer.ok) throw new ConfigError("the aggregates' fingerprint", layer.issues);
  const result = auditStatistics(resolveConfig([{ source: 'aggregates', config: layer.config }]), stats, META);
  for (const render of Object.values(REPORTERS)) render(result, { isColor: false });
}

const cellToken = fc.oneof(fc.constantFrom('', '-1', '0', '1.5', '1e400', 'NaN', 'x', '"', '(missing)', '__proto__', 'meta', 'bin', 'auc', '99', '0x10', ' 3 '), fc.string({ maxLength: 4 }));
const edit = fc.tuple(fc.nat(), fc.nat(), cellToken, fc.constantFrom('cell', 'drop', 'duplicate'));

describe('fuzz: warehouse results', () => {
  it('the valid result is read and judged', () => {
    expect(expectReadOrRefused(() => judge(fileWith(csvText, 'r.csv')))).toBe('read');
    expect(expectReadOrRefused(() => judge(fileWith(JSON.stringify(jsonRows), 'r.json')))).toBe('read');
    expect(expectReadOrRefused(() => judge(fileWith(JSON.stringify(jsonRows), 'r.json')))).toBe('read');
  });

  it('CSV results with cells replaced, rows dropped or repeated, bytes damaged (fast-check)', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), byteDamage, fc.boolean(), (edits, cut, isDamaged) => {
        const lines = csvText.trimEnd().split('\n');
        for (const [row, column, token, kind] of edits) {
          const r = 1 + (row % (lines.length - 1));
          if (kind === 'drop') lines.splice(r, 1);
          else if (kind === 'duplicate') lines.splice(r, 0, lines[r]!);
          else if (!lines[r]!.startsWith('meta')) {
            const cells = lines[r]!.split(',');
            cells[column % cells.length] = token;
            lines[r] = cells.join(',');
          }
          if (lines.length < 2) break;
        }
        const text = `${lines.join('\n')}\n`;
        expectReadOrRefused(() => judge(fileWith(isDamaged ? damage(text, cut) : text, 'r.csv')));
      }),
      { numRuns: 300 },
    );
  });

  it('JSON results with values replaced (fast-check)', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom('kind', 'attribute', 'v1', 'v2', 'bin', 'score', 'label', 'grid', 'n', 'selected', 'positives', 'tp', 'sum_score', 'sum_score_squared', 'detail'), hostileValue, (row, key, value) => {
        const rows = jsonRows.map((r) => ({ ...r }));
        rows[row % rows.length]![key] = value;
        expectReadOrRefused(() => judge(fileWith(JSON.stringify(rows), 'r.json')));
      }),
      { numRuns: 300 },
    );
  });
});
