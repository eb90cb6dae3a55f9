import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStatisticsQuery } from '../../src/sql/build-query.js';
import { expectSameReport } from '../helpers/same-report.js';
import { datedCsv } from '../helpers/dated-rows.js';
import { MARKETING, meta, resultAudit, streamingAudit, testConfig } from './warehouse-audits.js';

/**
 * A throw-away PostgreSQL 15 server on a Unix socket in a temporary directory
 * (no TCP), started as the `postgres` user: Debian's server package is on this
 * machine kind. Where it is not (no server binaries, no postgres user, not
 * root), this suite does not run; DuckDB's always does.
 */
const BIN = '/usr/lib/postgresql/15/bin';
const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
const canRunPostgres = existsSync(path.join(BIN, 'postgres')) && uid.status === 0 && userInfo().uid === 0;
const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-pg-'));
const port = String(54000 + (process.pid % 900));
const asPostgres = (args: string[]) => spawnSync('runuser', ['-u', 'postgres', '--', ...args], { encoding: 'utf8' });
const psql = (args: string[]) => spawnSync('psql', ['-h', dir, '-p', port, '-U', 'postgres', '-v', 'ON_ERROR_STOP=1', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

describe.runIf(canRunPostgres)('the PostgreSQL query, run on PostgreSQL 15, gives the streaming audit’s report', () => {
  beforeAll(() => {
    // initdb and the server start take a few seconds on a busy machine
    chownSync(dir, Number(uid.stdout.trim()), -1);
    expect(asPostgres([path.join(BIN, 'initdb'), '-D', path.join(dir, 'data'), '-A', 'trust', '-U', 'postgres']).status).toBe(0);
    // -l: the server's output goes to a file, so no pipe stays open after pg_ctl returns.
    const start = asPostgres([path.join(BIN, 'pg_ctl'), '-D', path.join(dir, 'data'), '-l', path.join(dir, 'server.log'), '-o', `-k ${dir} -c listen_addresses='' -p ${port}`, '-w', 'start']);
    expect(start.status, start.stderr).toBe(0);
  }, 60_000);
  afterAll(() => {
    if (canRunPostgres) asPostgres([path.join(BIN, 'pg_ctl'), '-D', path.join(dir, 'data'), '-w', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('marketing fixture in typed columns, with --outcome offer_value', async () => {
    const csv = MARKETING;
    const create = 'CREATE TABLE marketing (customer_id text, age_band text, gender text, region text, ethnicity text, score double precision, targeted integer, converted integer, date text, offer_tier text, offer_value double precision, model_b integer, consent text)';
    expect(psql(['-c', create]).status).toBe(0);
    expect(psql(['-c', `\\copy marketing FROM '${csv}' WITH (FORMAT csv, HEADER true)`]).status).toBe(0);
    // with --outcome offer_value: each group's value → count map (a double precision column, read back as text by the query)
    const config = testConfig({ columns: { prediction: 'targeted', label: 'converted', score: 'score', outcome: 'offer_value' }, groups: ['gender', 'ethnicity', 'age_band', 'region', 'gender+ethnicity'] });
    const queryFile = path.join(dir, 'q.sql');
    writeFileSync(queryFile, buildStatisticsQuery(config, 'marketing', 'postgres', meta.tool));
    const result = psql(['--csv', '-f', queryFile]);
    expect(result.stderr).toBe('');
    const out = path.join(dir, 'stats.csv');
    writeFileSync(out, result.stdout);
    const actual = resultAudit(config, out);
    const expected = await streamingAudit(csv, config);
    expectSameReport(actual, expected);
  });

  /** A table of text columns loaded from a CSV, the query run, its result audited; and the streaming audit of the CSV. */
  async function bothAudits(csv: string, columns: string[], overrides: Record<string, unknown>) {
    const table = `t${Math.random().toString(36).slice(2, 8)}`;
    expect(psql(['-c', `CREATE TABLE ${table} (${columns.map((c) => `${c} text`).join(', ')})`]).status).toBe(0);
    expect(psql(['-c', `\\copy ${table} FROM '${csv}' WITH (FORMAT csv, HEADER true)`]).status).toBe(0);
    const config = testConfig(overrides);
    const queryFile = path.join(dir, `${table}.sql`);
    writeFileSync(queryFile, buildStatisticsQuery(config, table, 'postgres', meta.tool));
    const result = psql(['--csv', '-f', queryFile]);
    expect(result.stderr).toBe('');
    const out = path.join(dir, `${table}.csv`);
    writeFileSync(out, result.stdout);
    const actual = resultAudit(config, out);
    const expected = await streamingAudit(csv, config);
    return { actual, expected };
  }

  it('--consent, --candidate and --decision: the marketing fixture\'s consent, model_b and offer_tier, the candidate also as a score cut at the threshold', async () => {
    const marketing = MARKETING;
    const columns = ['customer_id', 'age_band', 'gender', 'region', 'ethnicity', 'score', 'targeted', 'converted', 'date', 'offer_tier', 'offer_value', 'model_b', 'consent'];
    const all = await bothAudits(marketing, columns, { columns: { prediction: 'targeted', label: 'converted', score: 'score', consent: 'consent', candidate: 'model_b', decision: 'offer_tier' }, groups: ['region', 'gender', 'age_band', 'gender+region'] });
    expect(all.actual.attributes[0]!.groups[0]!.classes!.shares.length).toBe(3);
    // counted with awk over the fixture: targeted=1 and consent=no in West only, 27 rows
    expect(all.actual.findings.filter((f) => f.attribute === 'region' && f.rule === 'unconsented_selected==0' && f.status === 'fail').map((f) => [f.group, f.value])).toEqual([['West', 27]]);
    expectSameReport(all.actual, all.expected);
    const cut = await bothAudits(marketing, columns, { columns: { label: 'converted', score: 'score', consent: 'consent', candidate: 'model_b' }, threshold: 0.5, missing: 'drop', groups: ['region', 'ethnicity'] });
    expectSameReport(cut.actual, cut.expected);
  });

  it('a consent that is neither yes nor no is refused, as by the CSV reader', async () => {
    const csv = path.join(dir, 'consent.csv');
    writeFileSync(csv, 'g,d,consent,cand\nA,1,yes,1\nA,0,maybe,0\nB,0,no,1\nB,,maybe,\n');
    await expect(bothAudits(csv, ['g', 'd', 'consent', 'cand'], { columns: { prediction: 'd', consent: 'consent', candidate: 'cand' }, groups: ['g'] })).rejects.toThrow(/\.csv: 1 row has a consent in column "consent" that is neither opted in \("yes", .*\) nor opted out \("no", .*\), e\.g\. "maybe"/);
  });

  it('strata and time windows: the marketing fixture by region and ISO week, and dates of every accepted form in Europe/Paris', async () => {
    const marketing = MARKETING;
    const columns = ['customer_id', 'age_band', 'gender', 'region', 'ethnicity', 'score', 'targeted', 'converted', 'date', 'offer_tier', 'offer_value', 'model_b', 'consent'];
    const byWeek = await bothAudits(marketing, columns, { columns: { prediction: 'targeted', label: 'converted', score: 'score' }, groups: ['gender', 'age_band'], strata: ['region'], period: 'date', every: 'week' });
    expect(byWeek.expected.windows!.windows.length).toBeGreaterThan(15);
    expectSameReport(byWeek.actual, byWeek.expected);
    const dated = path.join(dir, 'dated.csv');
    writeFileSync(dated, datedCsv(600, 11));
    const inParis = await bothAudits(dated, ['g', 'r', '"when"', 'd', 'y', 's'], { columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g'], strata: ['r'], period: 'when', every: 'day', tz: 'Europe/Paris', minGroupSize: 5 });
    expectSameReport(inParis.actual, inParis.expected);
  });
});
