import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * An outcome audit (offer values, scores, labels) on every path of the CLI:
 * one thread, two worker threads, and two shards aggregated and merged
 * (`fairgate aggregate` + `--from-aggregates`) give the same groups, values,
 * intervals and tests; and a budget small enough to send the outcome maps to
 * their grids says so in the report (exactMaps.limit, maxErrors).
 */
const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-outcome-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FLAGS = ['-g', 'g', '--outcome', 'offer', '--score', 's', '--label', 'y', '--format', 'json'];

function lines(n: number, distinct: number): string[] {
  let x = 17;
  const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
  return Array.from({ length: n }, () => {
    const g = 'ABC'[Math.floor(next() * 3)]!;
    const s = Math.round(next() * 1e6) / 1e6;
    const offer = Math.round(next() * distinct) / 4 + (g === 'C' ? -10 : 5);
    return `${g},${offer},${s},${next() < s ? 1 : 0}`;
  });
}

function write(name: string, rows: readonly string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, ['g,offer,s,y', ...rows].join('\n') + '\n');
  return file;
}

/** The parts of a JSON report this test reads. */
interface Report {
  attributes: { groups: { key: string; maxErrors?: Record<string, number>; disparities: Record<string, { test?: string }> }[] }[];
  statistics: { exactMaps: unknown };
}

function audit(args: readonly string[]): Report {
  const out = path.join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  const run = runCli(['audit', ...args, '-o', out]);
  expect(run.exitCode).toBe(0);
  const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
  assertValidReport(report);
  return report;
}

describe('an outcome audit on every path', () => {
  const rows = lines(60_000, 400);
  const file = write('offers.csv', rows);

  it('one thread = two threads = two shards aggregated and merged', () => {
    const one = audit([file, ...FLAGS, '--threads', '1']);
    expect(one.attributes[0]!.groups.find((g) => g.key === 'C')!.disparities.mean_outcome_difference!.test).toBe('welch');
    expect(audit([file, ...FLAGS, '--threads', '2']).attributes).toEqual(one.attributes);
    const shards = [write('s1.csv', rows.slice(0, 25_000)), write('s2.csv', rows.slice(25_000))].map((f) => {
      const out = `${f}.agg.json`;
      const run = runCli(['aggregate', f, ...FLAGS.slice(0, -2), '-o', out]);
      expect(run.stderr).toBe('');
      return out;
    });
    expect(audit(['--from-aggregates', ...shards, '--format', 'json']).attributes).toEqual(one.attributes);
  });

  it('a budget of 0 MB keeps only 10,000 entries per map exact: the report names the limit and each grid bound', () => {
    const wide = write('wide.csv', lines(40_000, 4_000_000));
    const report = audit([wide, ...FLAGS, '--exact-memory', '0']);
    expect(report.statistics.exactMaps).toEqual({ memoryMB: 0, limit: 10_000 });
    for (const g of report.attributes[0]!.groups) expect(g.maxErrors!.mean_outcome).toBeGreaterThan(0);
  });

  it('an aggregate of rows with empty outcomes (dropped as missing_outcome) is read back by --from-aggregates', () => {
    const file = write('empty-offers.csv', [...lines(60, 40), 'A,,0.5,1', 'B,,0.25,0']);
    const out = `${file}.json`;
    expect(runCli(['aggregate', file, ...FLAGS.slice(0, -2), '-o', out]).exitCode).toBe(0);
    const run = runCli(['audit', '--from-aggregates', out, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).input.rowsDropped).toEqual({ missing_outcome: 2 });
  });

  it('fairgate sql --outcome: every dialect\'s query decodes the outcome and groups each group\'s values (kind outcome)', () => {
    const query = runCli(['sql', '--dialect', 'duckdb', '--table', 't', '-g', 'g', '--outcome', 'offer']);
    expect(query.exitCode).toBe(0);
    expect(query.stdout).toContain(`'outcome' AS kind`);
    expect(query.stdout).toContain(`WHEN o_raw IS NULL THEN 'missing_outcome'`);
    const out = path.join(dir, 'q.sql');
    const run = runCli(['sql', '--dialect', 'clickhouse', '--table', 't', '-g', 'g', '--outcome', 'offer', '-o', out]);
    expect(run.exitCode).toBe(0);
    // ClickHouse casts every value of the UNION ALL
    expect(readFileSync(out, 'utf8')).toContain(`CAST('outcome' AS Nullable(String)) AS kind`);
  });
});
