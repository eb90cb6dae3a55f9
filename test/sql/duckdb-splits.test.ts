import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidResult } from '../helpers/report-schema.js';
import { expectSameReport } from '../helpers/same-report.js';
import { datedCsv } from '../helpers/dated-rows.js';
import { useDuckDb } from './duckdb-warehouse.js';
import { MARKETING, streamingAudit, testConfig } from './warehouse-audits.js';

/** Strata and time windows are GROUP BY extensions of the statistics query: run on DuckDB, its result gives the streaming report. */
const { dir, warehouseAudit } = useDuckDb('fairgate-duckdb-splits-');

const MARKETING_CONFIG = { columns: { prediction: 'targeted', label: 'converted', score: 'score' }, groups: ['gender', 'age_band', 'gender+ethnicity'] };

describe('the DuckDB query with strata and time windows gives the streaming audit’s report', () => {
  it.each([
    ['strata by region, monthly windows, typed columns (a DATE column)', { strata: ['region'], period: 'date', every: 'month', drift: ['disparate_impact<=0.1 from=first'] }, false],
    ['weekly windows, text columns, --missing drop', { period: 'date', every: 'week', missing: 'drop', rules: ['disparate_impact>=0.8', 'cdd<=0.05'], strata: ['region'] }, true],
  ])('marketing fixture: %s', async (_name, overrides, isText) => {
    const config = testConfig({ ...MARKETING_CONFIG, ...overrides });
    const expected = await streamingAudit(MARKETING, config);
    expect(expected.windows!.windows.length).toBeGreaterThan(3);
    const actual = await warehouseAudit(MARKETING, config, { isText });
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
    expectSameReport(await warehouseAudit(csv, config, { isText: true }), expected);
  });

  it('a date that is not one is refused, as by the CSV reader (a used row only)', async () => {
    const csv = path.join(dir, 'bad-date.csv');
    writeFileSync(csv, 'g,when,d\nA,2024-01-05,1\nB,,0\nA,2024-02-30,0\nB,2024-13-01,\nA,2024-01-06,1\n');
    const config = testConfig({ columns: { prediction: 'd' }, groups: ['g'], period: 'when', every: 'week' });
    await expect(streamingAudit(csv, config)).rejects.toThrow(/line 4, column 2 \(when\): "2024-02-30" is not a date; the period column holds an ISO 8601 date or timestamp/);
    await expect(warehouseAudit(csv, config, { isText: true })).rejects.toThrow(/1 row has a value in the period column "when" that is not a date, e\.g\. "2024-02-30"/);
  });
});
