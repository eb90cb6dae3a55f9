import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStatisticsQuery } from '../../src/sql/build-query.js';
import { assertValidResult } from '../helpers/report-schema.js';
import { ROOT } from '../helpers/run-cli.js';
import { expectSameReport } from '../helpers/same-report.js';
import { quote, useDuckDb } from './duckdb-warehouse.js';
import { MARKETING, meta, resultAudit, streamingAudit, testConfig } from './warehouse-audits.js';

const { dir, run, warehouseAudit } = useDuckDb('fairgate-duckdb-');

const MARKETING_CONFIG = { columns: { prediction: 'targeted', label: 'converted', score: 'score' }, groups: ['gender', 'ethnicity', 'age_band', 'region', 'gender+ethnicity'] };

describe('the DuckDB query, run on DuckDB, gives the streaming audit’s report', () => {
  it.each([
    ['typed columns', MARKETING_CONFIG, false],
    ['text columns, --missing drop, decision from a threshold', { ...MARKETING_CONFIG, columns: { label: 'converted', score: 'score' }, threshold: 0.2, missing: 'drop' }, true],
    ['positive lists, 20 bins', { ...MARKETING_CONFIG, predictionPositive: ['1'], labelPositive: ['1'], bins: 20, groups: ['age_band+region'] }, true],
    ['calibration rules: each group\'s calibration test in the Holm family', { ...MARKETING_CONFIG, rules: ['ece<=0.05', 'brier<=0.2'] }, false],
    ['--outcome offer_value: each group\'s value → count map, its quantiles, Welch and KS tests', { ...MARKETING_CONFIG, columns: { ...MARKETING_CONFIG.columns, outcome: 'offer_value' }, rules: ['mean_outcome_ratio>=0.9', 'ks<=0.1'] }, false],
    ['--outcome offer_value on text columns, --missing drop', { ...MARKETING_CONFIG, columns: { ...MARKETING_CONFIG.columns, outcome: 'offer_value' }, missing: 'drop', groups: ['ethnicity', 'gender+region'] }, true],
    ['inequality of benefit at α = 1 (Theil) and its rules, from the groups\' confusion counts', { ...MARKETING_CONFIG, entropyAlpha: 1, rules: ['generalized_entropy<=0.1', 'between_group_entropy<=0.0005'] }, false],
  ])('marketing fixture: %s', async (_name, overrides, isText) => {
    const config = testConfig(overrides);
    const expected = await streamingAudit(MARKETING, config);
    const actual = await warehouseAudit(MARKETING, config, { isText });
    assertValidResult(actual);
    // the calibration test (from the bins' Σs² the query sums) is part of the comparison
    const groups = expected.attributes.flatMap((a) => a.groups).filter((g) => g.positives !== 0);
    expect(groups.every((g) => g.calibrationTest !== undefined)).toBe(true);
    if (config.rules.some((r) => r.metric === 'ece')) expect(groups.every((g) => g.calibrationTest!.pValueAdjusted !== undefined)).toBe(true);
    expectSameReport(actual, expected);
  });

  it('--outcome: the result carries the outcome (every group\'s mean and quantiles), and the planted offer gap fails as in the audit of the rows', async () => {
    const config = testConfig({ columns: { prediction: 'targeted', outcome: 'offer_value' }, groups: ['ethnicity'], rules: ['mean_outcome_ratio>=0.9'] });
    const actual = await warehouseAudit(MARKETING, config);
    const black = actual.attributes[0]!.groups.find((g) => g.key === 'Black')!;
    expect(black.metrics.mean_outcome).toBeCloseTo(8.408736349453978, 12);
    expect(black.metrics.median_outcome).not.toBeUndefined();
    expect(actual.findings.filter((f) => f.status === 'fail').map((f) => f.group)).toEqual(['Black']);
  });

  it('a positive list that trims to nothing matches no value: both the streaming audit and the warehouse result refuse it, naming the values found', async () => {
    const config = testConfig({ ...MARKETING_CONFIG, labelPositive: [' '], groups: ['gender'] });
    await expect(streamingAudit(MARKETING, config)).rejects.toThrow(/label column "converted" holds none of the positive values .*values found, most frequent first: "0" \(17688 rows\), "1" \(2312 rows\)/);
    await expect(warehouseAudit(MARKETING, config, { isText: true })).rejects.toThrow(/holds none of the positive values/);
  });

  it('--outcome on messy cells: an empty outcome drops the row (after a missing prediction), negatives, exponents and spaces read as the CSV reader reads them; a currency sign is refused on both paths', async () => {
    const csv = path.join(dir, 'messy-outcome.csv');
    const rows = ['g,d,offer', 'A,1, 12.5 ', 'A,0,', 'A,,', 'A,1,-3', 'B,0,1e1', 'B,1,0', 'B,1,.5', 'B,0,7'];
    writeFileSync(csv, `${rows.join('\n')}\n`);
    const config = testConfig({ columns: { prediction: 'd', outcome: 'offer' }, groups: ['g'], minGroupSize: 1 });
    const expected = await streamingAudit(csv, config);
    expect(expected.input.rowsDropped).toEqual({ missing_outcome: 1, missing_prediction: 1 });
    expectSameReport(await warehouseAudit(csv, config, { isText: true }), expected);
    const bad = path.join(dir, 'bad-outcome.csv');
    writeFileSync(bad, 'g,d,offer\nA,1,12\nA,0,€3\n');
    await expect(streamingAudit(bad, config)).rejects.toThrow(/outcome "€3" is not a number/);
    await expect(warehouseAudit(bad, config, { isText: true })).rejects.toThrow(/1 row has an outcome in column "offer" that is not a number, e.g. "€3"/);
  });

  it('messy cells: spaces, true/yes/1.0, empty cells, a cell reading (missing), exponents, values with | — and JSON output', async () => {
    const csv = path.join(dir, 'messy.csv');
    writeFileSync(
      csv,
      [
        'id,g,h,d,y,s',
        '1, A ,x, yes ,1,0.5',
        '2,A,x|y,TRUE,0,5e-1',
        '3,,x,1.0,1,0.25',
        '4,B, ,no,,0.75',
        '5,B,y,0,false,',
        '6,"A",y,,1,0.125',
        '7,B,y,1,1,1',
        '8,(missing),x,0,0,0',
        '9,A,x,1,0,-0.0',
        '10,A,x,0,0,0',
        '11,x|y,z,1,1,0.5',
        '12,x,y|z,0,1,0.5',
        ...Array.from({ length: 60 }, (_, i) => `${13 + i},${'ABC'[i % 3]},${'xy'[i % 2]},${i % 4 ? 1 : 0},${i % 3 ? 0 : 1},0.${String((i * 37) % 100).padStart(2, '0')}`),
      ].join('\n') + '\n',
    );
    const config = testConfig({ columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g', 'h', 'g+h'] });
    const expected = await streamingAudit(csv, config);
    expect(expected.input.rowsDropped).toEqual({ missing_label: 1, missing_prediction: 1, missing_score: 1 });
    // no two groups merged: a cell reading (missing) is not the empty cell; a | inside a value is not the separator
    const keys = (name: string) => expected.attributes.find((a) => a.name === name)!.groups.map((g) => g.key);
    expect(keys('g')).toEqual(expect.arrayContaining(['(missing)', '\\(missing)']));
    expect(keys('g+h')).toEqual(expect.arrayContaining(['x\\|y|z', 'x|y\\|z', '(missing)|x', '\\(missing)|x']));
    expectSameReport(await warehouseAudit(csv, config, { isText: true }), expected);
    expectSameReport(await warehouseAudit(csv, config, { isText: true, format: 'json' }), expected);
  });

  it('the result as Spark writes it (JSON lines, NULL fields left out), as bq prints it (a JSON array of strings), and with a score counted in two rows', async () => {
    const config = testConfig(MARKETING_CONFIG);
    const expected = await streamingAudit(MARKETING, config);
    const table = `t${Math.random().toString(36).slice(2, 8)}`;
    await run(`CREATE TABLE ${table} AS SELECT * FROM read_csv(${quote(MARKETING)})`);
    const query = buildStatisticsQuery(config, table, 'duckdb', meta.tool).replace(/;\s*$/, '');
    const json = path.join(dir, `${table}.json`);
    await run(`COPY (${query}) TO ${quote(json)} (FORMAT json, ARRAY true)`);
    const rows = JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>[];
    const spark = path.join(dir, 'part-00000.json');
    writeFileSync(spark, rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)))).join('\n') + '\n');
    const bq = path.join(dir, 'stats.json');
    writeFileSync(bq, JSON.stringify(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? null : String(v)])))));
    // an engine that groups equal scores apart (Spark before 3.0 kept -0 and 0 apart): the reader adds their counts
    const split = path.join(dir, 'split.json');
    const isSplit = (r: Record<string, unknown>) => r.kind === 'auc' && Number(r.grid) === 0 && Number(r.n) >= 2;
    writeFileSync(split, JSON.stringify(rows.flatMap((r) => (isSplit(r) ? [{ ...r, n: 1 }, { ...r, n: Number(r.n) - 1 }] : [r]))));
    expect(rows.filter(isSplit).length).toBeGreaterThan(1000);
    for (const file of [spark, bq, split]) expectSameReport(resultAudit(config, file), expected);
  });

  it('a group past the exact AUC limit is counted on the same 1e-4 grid', async () => {
    const csv = path.join(dir, 'big.csv');
    const generated = spawnSync(process.execPath, [path.join(ROOT, 'scripts/generate-marketing.mjs'), '--rows', '60000', '--decimals', '6', '--out', csv]);
    expect(generated.status).toBe(0);
    const config = testConfig({ ...MARKETING_CONFIG, groups: ['gender'] });
    const expected = await streamingAudit(csv, config);
    expect(expected.overall.aucMaxError).toBeGreaterThan(0);
    expectSameReport(await warehouseAudit(csv, config), expected);
  });

  it('values that are neither positive nor negative are refused, as by the CSV reader', async () => {
    const csv = path.join(dir, 'maybe.csv');
    writeFileSync(csv, 'g,d,y,s\nA,1,0,0.5\nA,maybe,1,0.5\nB,0,1,0.5\n');
    const config = testConfig({ columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g'] });
    await expect(streamingAudit(csv, config)).rejects.toThrow(/line 3, column 2 \(d\): prediction column "d" has values that are neither positive .* in 1 row; values found: "1", "maybe", "0"/);
    await expect(warehouseAudit(csv, config, { isText: true })).rejects.toThrow(/\.csv: prediction column "d" has values that are neither positive .* in 1 row; values found: "0", "1", "maybe"/);
  });
});
