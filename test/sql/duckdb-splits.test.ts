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
import { datedCsv } from '../helpers/dated-rows.js';

/** The SQL result keeps the exact maps' floor (its fingerprint says exactMemoryMB 0): the audits it is compared with do too. */
const testConfig = (overrides: Record<string, unknown>) => rowsConfig({ exactMemoryMB: 0, ...overrides });

/** Strata and time windows are GROUP BY extensions of the statistics query: run on DuckDB, its result gives the streaming report. */
const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-duckdb-splits-'));
let connection: DuckDBConnection;
beforeAll(async () => {
  connection = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => {
  connection?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

const meta = { tool: { name: 'fairgate', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' };
const MARKETING = path.join(ROOT, 'fixtures/marketing/data.csv');
const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

async function warehouseAudit(csv: string, config: Readonly<AuditConfig>, isText: boolean) {
  const table = `t${Math.random().toString(36).slice(2, 8)}`;
  await connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_csv(${quote(csv)}${isText ? ', all_varchar = true' : ''})`);
  const query = buildStatisticsQuery(config, table, 'duckdb', meta.tool).replace(/;\s*$/, '');
  const out = path.join(dir, `${table}.csv`);
  await connection.run(`COPY (${query}) TO ${quote(out)} (HEADER)`);
  return auditStatistics(config, mergeStatisticsFiles([{ name: out, path: out }]), meta);
}

function streamingAudit(csv: string, config: Readonly<AuditConfig>) {
  return runAudit(config, { ...meta, input: { name: csv, path: csv, open: () => { throw new Error('file path is used'); } }, threads: 1 });
}

const MARKETING_CONFIG = { columns: { prediction: 'targeted', label: 'converted', score: 'score' }, groups: ['gender', 'age_band', 'gender+ethnicity'] };

describe('the DuckDB query with strata and time windows gives the streaming audit’s report', () => {
  it.each([
    ['strata by region, monthly windows, typed columns (a DATE column)', { strata: ['region'], period: 'date', every: 'month', drift: ['disparate_impact<=0.1 from=first'] }, false],
    ['weekly windows, text columns, --missing drop', { period: 'date', every: 'week', missing: 'drop', rules: ['disparate_impact>=0.8', 'cdd<=0.05'], strata: ['region'] }, true],
  ])('marketing fixture: %s', async (_name, overrides, isText) => {
    const config = testConfig({ ...MARKETING_CONFIG, ...overrides });
    const expected = await streamingAudit(MARKETING, config);
    expect(expected.windows!.windows.length).toBeGreaterThan(3);
    const actual = await warehouseAudit(MARKETING, config, isText);
    assertValidResult(actual);
    expectSameReport(actual, expected);
  });

  it.each([
    ['day', 'UTC'],
    ['week', 'Europe/Paris'],
    ['month', 'America/New_York'],
    ['week', 'Asia/Kolkata'],
  ])('dates and timestamps of every accepted form, empty date cells, windows of a %s in %s', async (every, tz) => {
    const csv = path.join(dir, `dated-${every}-${tz.replace('/', '-')}.csv`);
    writeFileSync(csv, datedCsv(600, 11));
    const config = testConfig({ columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g'], strata: ['r'], period: 'when', every, tz, minGroupSize: 5 });
    const expected = await streamingAudit(csv, config);
    expect(expected.windows!.windows.length).toBeGreaterThan(every === 'month' ? 5 : 8);
    expectSameReport(await warehouseAudit(csv, config, true), expected);
  });

  it('a date that is not one is refused, as by the CSV reader (a used row only)', async () => {
    const csv = path.join(dir, 'bad-date.csv');
    writeFileSync(csv, 'g,when,d\nA,2024-01-05,1\nB,,0\nA,2024-02-30,0\nB,2024-13-01,\nA,2024-01-06,1\n');
    const config = testConfig({ columns: { prediction: 'd' }, groups: ['g'], period: 'when', every: 'week' });
    await expect(streamingAudit(csv, config)).rejects.toThrow(/line 4, column 2 \(when\): "2024-02-30" is not a date; the period column holds an ISO 8601 date or timestamp/);
    await expect(warehouseAudit(csv, config, true)).rejects.toThrow(/1 row has a value in the period column "when" that is not a date, e\.g\. "2024-02-30"/);
  });
});
