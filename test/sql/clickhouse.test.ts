import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditConfig } from '../../src/model/config.js';
import { buildStatisticsQuery } from '../../src/sql/build-query.js';
import { numberAliases } from '../../src/sql/clickhouse-number.js';
import { assertValidResult } from '../helpers/report-schema.js';
import { ROOT } from '../helpers/run-cli.js';
import { expectSameReport } from '../helpers/same-report.js';
import { NUMBER_PATTERN } from '../../src/sql/query-shape.js';
import { datedCsv } from '../helpers/dated-rows.js';
import { MARKETING, meta, resultAudit, streamingAudit, testConfig } from './warehouse-audits.js';

/**
 * The ClickHouse query on a real sharded engine: Debian's ClickHouse 18.16,
 * two server processes on loopback ports (scripts/clickhouse-cluster.mjs), a
 * Distributed table over two shards, the data inserted through it (split by a
 * hash of the id), the query run through it. .ci/run installs the packages;
 * where they are missing this suite says why and does not run.
 */
const missing = ['clickhouse-server', 'clickhouse-client'].filter((bin) => spawnSync('sh', ['-c', `command -v ${bin}`]).status !== 0);
if (missing.length > 0) console.warn(`test/sql/clickhouse.test.ts skipped: ${missing.join(' and ')} not installed (Debian: apt-get install clickhouse-server clickhouse-client, as .ci/run does)`);

let dir = '';
const CLUSTER_SCRIPT = path.join(ROOT, 'scripts/clickhouse-cluster.mjs');
let ports: number[] = [];

function clickhouse(server: number, args: string[], input?: string): string {
  const run = spawnSync('clickhouse-client', ['--host', '127.0.0.1', '--port', String(ports[server]), ...args], { encoding: 'utf8', input, maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`clickhouse-client ${args.join(' ').slice(0, 200)}: ${run.stderr}`);
  return run.stdout;
}

const MARKETING_COLUMNS = 'customer_id String, age_band String, gender String, region String, ethnicity String';
/** The marketing file's columns after the ones the audits read (its contact date, the offer's tier and value in EUR, a candidate model's decision, consent). */
const MARKETING_TAIL = ', date String, offer_tier String, offer_value String, model_b String, consent String';
let tables = 0;

/** A MergeTree table on each shard and a Distributed table over both on server 0; the CSV inserted through it. Returns its name. */
function distributedTable(columns: string, csv: string, id: string): string {
  const name = `t${++tables}`;
  for (const server of [0, 1]) clickhouse(server, ['-q', `CREATE TABLE ${name}_local (${columns}) ENGINE = MergeTree ORDER BY tuple()`]);
  clickhouse(0, ['-q', `CREATE TABLE ${name} AS ${name}_local ENGINE = Distributed(fairgate, default, ${name}_local, cityHash64(${id}))`]);
  clickhouse(0, ['--insert_distributed_sync=1', '-q', `INSERT INTO ${name} FORMAT CSVWithNames`], readFileSync(csv, 'utf8'));
  return name;
}

/** The printed query run through the Distributed table, its result saved as JSON lines, audited with --from-aggregates. */
function warehouseAudit(table: string, config: Readonly<AuditConfig>, format: 'JSONEachRow' | 'CSVWithNames' = 'JSONEachRow') {
  const out = path.join(dir, `${table}.${format === 'JSONEachRow' ? 'jsonl' : 'csv'}`);
  writeFileSync(out, clickhouse(0, ['--format', format, '--log_queries=1'], buildStatisticsQuery(config, table, 'clickhouse', meta.tool)));
  return resultAudit(config, out);
}

const MARKETING_CONFIG = { columns: { prediction: 'targeted', label: 'converted', score: 'score' }, groups: ['gender', 'ethnicity', 'age_band', 'region', 'gender+ethnicity'] };

// Each test loads a table into two servers and runs a query: minutes on a machine shared with other jobs.
describe.runIf(missing.length === 0)('the ClickHouse query, run through a Distributed table over two ClickHouse 18.16 servers, gives the streaming audit’s report', { timeout: 180_000 }, () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'fairgate-ch-'));
    const started = spawnSync(process.execPath, [CLUSTER_SCRIPT, 'start', path.join(dir, 'cluster')], { encoding: 'utf8' });
    expect(started.status, started.stderr).toBe(0);
    ports = (JSON.parse(started.stdout) as { ports: number[] }).ports;
  }, 120_000);
  afterAll(() => {
    spawnSync(process.execPath, [CLUSTER_SCRIPT, 'stop', path.join(dir, 'cluster')]);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('marketing fixture in typed columns: both shards hold rows and compute their partial aggregates', async () => {
    const table = distributedTable(`${MARKETING_COLUMNS}, score Float64, targeted UInt8, converted UInt8${MARKETING_TAIL}`, MARKETING, 'customer_id');
    const shardRows = [0, 1].map((s) => Number(clickhouse(s, ['-q', `SELECT count() FROM ${table}_local`])));
    expect(shardRows[0]! + shardRows[1]!).toBe(20_000);
    expect(Math.min(...shardRows)).toBeGreaterThan(9_000);
    const config = testConfig(MARKETING_CONFIG);
    const actual = warehouseAudit(table, config);
    assertValidResult(actual);
    expectSameReport(actual, await streamingAudit(MARKETING, config));
    // The second server ran the per-group GROUP BY on its own rows and sent back groups, not rows.
    clickhouse(1, ['-q', 'SYSTEM FLUSH LOGS']);
    const log = clickhouse(1, [
      '--format', 'JSONEachRow', '-q',
      `SELECT read_rows, result_rows FROM system.query_log WHERE type = 2 AND is_initial_query = 0 AND position(query, '${table}_local') > 0 AND position(query, 'GROUP BY fg_attribute, fg_v1, fg_v2, fg_b') > 0`,
    ]);
    const binQueries = log.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { read_rows: string; result_rows: string });
    expect(binQueries.length).toBeGreaterThan(0);
    for (const q of binQueries) {
      expect(Number(q.read_rows)).toBe(shardRows[1]);
      expect(Number(q.result_rows)).toBeLessThanOrEqual(400); // groups × bins: (1 + 4 + 5 + 6 + 4 + 20) groups × 10 bins
    }
  });

  it.each([
    ['text columns, --missing drop, decision from a threshold', { ...MARKETING_CONFIG, columns: { label: 'converted', score: 'score' }, threshold: 0.2, missing: 'drop' }, 'JSONEachRow'],
    ['positive lists, 20 bins', { ...MARKETING_CONFIG, predictionPositive: ['1'], labelPositive: ['1'], bins: 20, groups: ['age_band+region'] }, 'JSONEachRow'],
    ['--outcome offer_value (each group\'s value → count map) with the inequality of benefit at α = 1', { ...MARKETING_CONFIG, columns: { ...MARKETING_CONFIG.columns, outcome: 'offer_value' }, entropyAlpha: 1, rules: ['mean_outcome_ratio>=0.9', 'between_group_entropy<=0.001'] }, 'JSONEachRow'],
    ['no score (NULL bins), saved as CSV, where NULL is \\N', { ...MARKETING_CONFIG, columns: { prediction: 'targeted', label: 'converted' }, groups: ['gender', 'age_band+region'] }, 'CSVWithNames'],
  ] as const)('marketing fixture: %s', async (_name, overrides, format) => {
    const table = distributedTable(`${MARKETING_COLUMNS}, score Nullable(String), targeted Nullable(String), converted Nullable(String)${MARKETING_TAIL}`, MARKETING, 'customer_id');
    const config = testConfig(overrides);
    expectSameReport(warehouseAudit(table, config, format), await streamingAudit(MARKETING, config));
  });

  it('other column types: Enum8 and FixedString groups, a Decimal score, Int8 and Nullable(UInt8) decisions and outcomes', async () => {
    const gender = "Enum8('' = 0, 'Female' = 1, 'Male' = 2, 'Non-binary' = 3)";
    const columns = `customer_id FixedString(9), age_band String, gender ${gender}, region FixedString(5), ethnicity String, score Decimal(9, 4), targeted Int8, converted Nullable(UInt8)${MARKETING_TAIL}`;
    const table = distributedTable(columns, MARKETING, 'customer_id');
    const config = testConfig({ ...MARKETING_CONFIG, groups: ['gender', 'region', 'gender+region'] });
    expectSameReport(warehouseAudit(table, config), await streamingAudit(MARKETING, config));
  });

  it("column names with a quote, a backtick and a backslash; values with quotes and backslashes", async () => {
    const csv = path.join(dir, 'names.csv');
    const values = ["it's", 'a\\b', 'x`y', 'plain'];
    // with a label: without one, the streaming audit keeps per-group score maps that a warehouse result does not carry (exactMaps.limit differs)
    writeFileSync(csv, ['id,it\'s,a`b,c\\d,s,y', ...Array.from({ length: 80 }, (_, i) => `${i},${values[i % 4]},${values[(i * 3) % 4]},${i % 2},0.${(i * 7) % 100},${i % 3 === 0 ? 1 : 0}`)].join('\n') + '\n');
    const table = distributedTable("id String, `it\\'s` String, `a\\`b` String, `c\\\\d` String, s String, y String", csv, 'id');
    const config = testConfig({ columns: { prediction: 'c\\d', score: 's', label: 'y' }, groups: ["it's", "a`b+it's"] });
    const expected = await streamingAudit(csv, config);
    expect(expected.attributes[0]!.groups.map((g) => g.key)).toEqual(['a\\b', "it's", 'plain', 'x`y']);
    expectSameReport(warehouseAudit(table, config), expected);
  });

  it('messy cells: spaces, true/yes/1.0, empty cells, exponents, values with |', async () => {
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
        '8,(missing),x,0,0,+0.0000000001E+9',
        '9,A,x,1,0,-0.0',
        '10,A,x,0,0,0',
        ...Array.from({ length: 60 }, (_, i) => `${11 + i},${'ABC'[i % 3]},${'xy'[i % 2]},${i % 4 ? 1 : 0},${i % 3 ? 0 : 1},0.${String((i * 37) % 100).padStart(2, '0')}`),
      ].join('\n') + '\n',
    );
    const table = distributedTable('id String, g Nullable(String), h Nullable(String), d Nullable(String), y Nullable(String), s Nullable(String)', csv, 'id');
    const config = testConfig({ columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g', 'h', 'g+h'] });
    const expected = await streamingAudit(csv, config);
    expect(expected.input.rowsDropped).toEqual({ missing_label: 1, missing_prediction: 1, missing_score: 1 });
    expectSameReport(warehouseAudit(table, config), expected);
  });

  it('a group past the exact AUC limit is counted on the same 1e-4 grid (scores with 6 decimals, read as text)', async () => {
    const csv = path.join(dir, 'big.csv');
    const generated = spawnSync(process.execPath, [path.join(ROOT, 'scripts/generate-marketing.mjs'), '--rows', '60000', '--decimals', '6', '--out', csv]);
    expect(generated.status).toBe(0);
    const table = distributedTable(`${MARKETING_COLUMNS}, score String, targeted UInt8, converted UInt8${MARKETING_TAIL}`, csv, 'customer_id');
    const config = testConfig({ ...MARKETING_CONFIG, groups: ['gender'] });
    const expected = await streamingAudit(csv, config);
    expect(expected.overall.aucMaxError).toBeGreaterThan(0);
    expectSameReport(warehouseAudit(table, config), expected);
  });

  it('strata and time windows: the marketing fixture by region and month in typed columns, and dates of every accepted form in Europe/Paris by ISO week', async () => {
    const marketing = distributedTable(`${MARKETING_COLUMNS}, score Float64, targeted UInt8, converted UInt8, date Date, offer_tier String, offer_value String, model_b String, consent String`, MARKETING, 'customer_id');
    const byMonth = testConfig({ ...MARKETING_CONFIG, groups: ['gender', 'age_band'], strata: ['region'], period: 'date', every: 'month', drift: ['disparate_impact<=0.1 from=first'] });
    expectSameReport(warehouseAudit(marketing, byMonth), await streamingAudit(MARKETING, byMonth));
    const csv = path.join(dir, 'dated.csv');
    writeFileSync(csv, datedCsv(600, 11));
    const dated = distributedTable('g String, r String, when Nullable(String), d String, y String, s String', csv, 's');
    const inParis = testConfig({ columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g'], strata: ['r'], period: 'when', every: 'week', tz: 'Europe/Paris', minGroupSize: 5 });
    expectSameReport(warehouseAudit(dated, inParis), await streamingAudit(csv, inParis));
  });

  it('a date that is not one is refused, as by the CSV reader (a used row only)', () => {
    const csv = path.join(dir, 'bad-date.csv');
    writeFileSync(csv, 'g,when,d\nA,2024-01-05,1\nB,,0\nA,2024-02-30,0\nB,2024-13-01,\nA,2024-01-06,1\n');
    const table = distributedTable('g String, when Nullable(String), d Nullable(String)', csv, 'g');
    const config = testConfig({ columns: { prediction: 'd' }, groups: ['g'], period: 'when', every: 'week' });
    expect(() => warehouseAudit(table, config)).toThrow(/1 row has a value in the period column "when" that is not a date, e\.g\. "2024-02-30"/);
  });

  it('values that are neither positive nor negative are refused, as by the CSV reader', async () => {
    const csv = path.join(dir, 'maybe.csv');
    writeFileSync(csv, 'g,d,y,s\nA,1,0,0.5\nA,maybe,1,0.5\nB,0,1,0.5\n');
    const table = distributedTable('g String, d String, y String, s String', csv, 'g');
    const config = testConfig({ columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g'] });
    await expect(streamingAudit(csv, config)).rejects.toThrow(/line 3, column 2 \(d\): prediction column "d" has values that are neither positive .* in 1 row; values found: "1", "maybe", "0"/);
    expect(() => warehouseAudit(table, config)).toThrow(/\.jsonl: prediction column "d" has values that are neither positive .* in 1 row; values found: "0", "1", "maybe"/);
  });

  it('--consent, --candidate and --decision: the marketing fixture\'s consent, model_b and offer_tier (text columns), the candidate also as a score cut at the threshold', async () => {
    const table = distributedTable(`${MARKETING_COLUMNS}, score Nullable(String), targeted Nullable(String), converted Nullable(String)${MARKETING_TAIL}`, MARKETING, 'customer_id');
    const all = testConfig({ columns: { prediction: 'targeted', label: 'converted', score: 'score', consent: 'consent', candidate: 'model_b', decision: 'offer_tier' }, groups: ['region', 'gender', 'age_band', 'gender+region'], missing: 'drop' });
    const actual = warehouseAudit(table, all);
    assertValidResult(actual);
    expect(actual.attributes[0]!.groups[0]!.classes!.shares.length).toBe(3);
    // counted with awk over the fixture: targeted=1 and consent=no in West only, 27 rows
    expect(actual.findings.filter((f) => f.attribute === 'region' && f.rule === 'unconsented_selected==0' && f.status === 'fail').map((f) => [f.group, f.value])).toEqual([['West', 27]]);
    expectSameReport(actual, await streamingAudit(MARKETING, all));
    const cut = testConfig({ columns: { label: 'converted', score: 'score', consent: 'consent', candidate: 'model_b' }, threshold: 0.5, groups: ['region', 'ethnicity'] });
    expectSameReport(warehouseAudit(table, cut, 'CSVWithNames'), await streamingAudit(MARKETING, cut));
  });

  it('a consent that is neither yes nor no, a candidate that is empty: refused as by the CSV reader', async () => {
    const csv = path.join(dir, 'consent.csv');
    writeFileSync(csv, 'g,d,consent,cand\nA,1,yes,1\nA,0,maybe,0\nB,0,no,1\nB,,maybe,\n');
    const table = distributedTable('g String, d String, consent String, cand String', csv, 'g');
    const config = testConfig({ columns: { prediction: 'd', consent: 'consent', candidate: 'cand' }, groups: ['g'] });
    await expect(streamingAudit(csv, config)).rejects.toThrow(/line 3, column 3 \(consent\): consent "maybe" is neither opted in/);
    expect(() => warehouseAudit(table, config)).toThrow(/\.jsonl: 1 row has a consent in column "consent" that is neither opted in \("yes", .*\) nor opted out \("no", .*\), e\.g\. "maybe"/);
    const empty = path.join(dir, 'empty-candidate.csv');
    writeFileSync(empty, 'g,d,consent,cand\nA,1,yes,1\nA,0,,\nB,0,no,1\n');
    const emptyTable = distributedTable('g String, d String, consent String, cand String', empty, 'g');
    await expect(streamingAudit(empty, config)).rejects.toThrow(/line 3, column 4 \(cand\): the candidate cell is empty/);
    expect(() => warehouseAudit(emptyTable, config)).toThrow(/1 row has an empty candidate cell in column "cand"/);
  });

  it('decimal texts become the double Number() gives, where ClickHouse 18.16’s own parser is one ulp off', () => {
    const digits = (max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: max });
    const text = fc
      .tuple(fc.constantFrom('', '+', '-'), digits(12), fc.boolean(), digits(18), fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.integer({ min: 0, max: 8 }))))
      .map(([sign, int, hasDot, fraction, exponent]) => `${sign}${int}${hasDot ? '.' : ''}${hasDot ? fraction : ''}${exponent ? exponent.join('') : ''}`)
      .filter((t) => new RegExp(`^(?:${NUMBER_PATTERN})$`).test(t));
    let builtInWrong = 0;
    fc.assert(
      fc.property(fc.array(text, { minLength: 300, maxLength: 300 }), (texts) => {
        const aliases = numberAliases('fg_text', 'fg_number', NUMBER_PATTERN);
        const query = `WITH ${aliases.map(([e, a]) => `${e} AS ${a}`).join(', ')} SELECT fg_text, fg_number, toFloat64OrNull(fg_number_u) AS fg_builtin FROM (SELECT arrayJoin([${texts.map((t) => `'${t}'`).join(', ')}]) AS fg_text)`;
        const rows = clickhouse(0, ['--format', 'JSONEachRow', '-q', query]).trim().split('\n').map((l) => JSON.parse(l) as { fg_text: string; fg_number: number; fg_builtin: number });
        expect(rows.map((r) => r.fg_text)).toEqual(texts);
        for (const r of rows) {
          // exact (correctly rounded) for up to 15 significant digits and 10^±22; else within an ulp
          const [mantissa, exponent] = r.fg_text.replace(/^[+-]/, '').split(/[eE]/);
          const fraction = mantissa!.split('.')[1] ?? '';
          const q = Number(exponent ?? 0) - fraction.length;
          const isExact = mantissa!.replace('.', '').replace(/^0+/, '').length <= 15 && Math.abs(q) <= 22;
          const expected = Number(r.fg_text) + 0; // -0 is 0
          if (isExact) expect(Object.is(r.fg_number, expected), r.fg_text).toBe(true);
          else expect(Math.abs(r.fg_number - expected), r.fg_text).toBeLessThanOrEqual(Math.abs(expected) * 2 ** -52);
          if (Math.abs(r.fg_builtin) !== Math.abs(Number(r.fg_text))) builtInWrong++;
        }
      }),
      { numRuns: 20, seed: 17, endOnFailure: true }, // each run is a query: no shrinking
    );
    expect(builtInWrong).toBeGreaterThan(0);
  });
});
