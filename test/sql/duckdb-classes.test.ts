import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditStatistics } from '../../src/pipeline/audit-statistics.js';
import { mergeStatisticsFiles } from '../../src/input/aggregate/from-aggregates.js';
import { runAudit } from '../../src/pipeline/audit.js';
import type { AuditConfig } from '../../src/model/config.js';
import { buildStatisticsQuery } from '../../src/sql/build-query.js';
import { assertValidResult } from '../helpers/report-schema.js';
import { ROOT } from '../helpers/run-cli.js';
import { testConfig as rowsConfig } from '../helpers/rows.js';
import { expectSameReport } from '../helpers/same-report.js';

/**
 * A multi-class decision (`--decision`) in the warehouse: the query counts
 * each group's rows per class, and the audit of its result is the streaming
 * audit's report (class shares, ratios, tests, the class rules' verdicts).
 */
const testConfig = (overrides: Record<string, unknown>) => rowsConfig({ exactMemoryMB: 0, ...overrides });
const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-duckdb-classes-'));
let db: DuckDBInstance;
let connection: DuckDBConnection;
beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
  connection = await db.connect();
});
afterAll(() => {
  connection?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

const meta = { tool: { name: 'fairgate', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' };
const MARKETING = path.join(ROOT, 'fixtures/marketing/data.csv');
const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

async function warehouseAudit(csv: string, config: Readonly<AuditConfig>) {
  const table = `t${Math.random().toString(36).slice(2, 8)}`;
  await connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_csv(${quote(csv)}, all_varchar = true)`);
  const query = buildStatisticsQuery(config, table, 'duckdb', meta.tool).replace(/;\s*$/, '');
  const out = path.join(dir, `${table}.csv`);
  await connection.run(`COPY (${query}) TO ${quote(out)} (HEADER)`);
  return auditStatistics(config, mergeStatisticsFiles([{ name: out, path: out }]), meta);
}

describe('the DuckDB query of a multi-class decision gives the streaming audit’s report', () => {
  it.each([
    ['offer tiers alone, ordered, with class rules', { columns: { decision: 'offer_tier' }, favourable: 'premium>standard>none', groups: ['ethnicity', 'gender+region'], rules: ['class_impact>=0.8 class=premium', 'tvd<=0.1'] }],
    ['beside the binary decision and the label, unordered, --missing drop', { columns: { prediction: 'targeted', label: 'converted', decision: 'offer_tier' }, groups: ['gender', 'age_band'], missing: 'drop', rules: ['js<=0.01', 'disparate_impact>=0.8'] }],
  ])('marketing fixture: %s', async (_name, overrides) => {
    const config = testConfig(overrides);
    const expected = await runAudit(config, { ...meta, input: { name: MARKETING, path: MARKETING, open: () => { throw new Error('file path is used'); } }, threads: 1 });
    const actual = await warehouseAudit(MARKETING, config);
    assertValidResult(actual);
    expect(actual.attributes[0]!.groups[0]!.classes!.shares.length).toBe(3);
    expectSameReport(actual, expected);
  });

  it('beside --outcome: the CSV reader reads the outcome before the class, so a row without both drops as missing_outcome, and a bad outcome is refused on a row without a class', async () => {
    const write = (name: string, lines: string[]) => {
      const file = path.join(dir, name);
      writeFileSync(file, lines.join('\n') + '\n');
      return file;
    };
    const rows = ['g,d,tier,offer', 'a,1,premium,3', 'a,0,none,0', 'b,1,standard,2', 'b,0,,', 'a,1,,5', 'b,1,premium,'];
    const config = testConfig({ columns: { prediction: 'd', decision: 'tier', outcome: 'offer' }, groups: ['g'], minGroupSize: 1 });
    const good = write('class-outcome.csv', rows);
    const expected = await runAudit(config, { ...meta, input: { name: good, path: good, open: () => { throw new Error('file path is used'); } }, threads: 1 });
    expect(expected.input.rowsDropped).toEqual({ missing_class: 1, missing_outcome: 2 });
    expectSameReport(await warehouseAudit(good, config), expected);
    const bad = write('class-bad-outcome.csv', [...rows, 'a,1,,€3']);
    await expect(runAudit(config, { ...meta, input: { name: bad, path: bad, open: () => { throw new Error('file path is used'); } }, threads: 1 })).rejects.toThrow(/outcome "€3" is not a number/);
    await expect(warehouseAudit(bad, config)).rejects.toThrow(/1 row has an outcome in column "offer" that is not a number, e\.g\. "€3"/);
  });
});
