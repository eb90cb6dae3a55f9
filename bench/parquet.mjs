#!/usr/bin/env node
/**
 * bench/parquet.mjs: fairgate's full audit of a Parquet file beside DuckDB reading the same file
 * (read_parquet + the GROUP BY of bench/duckdb-groupby.mjs), with the same number of threads,
 * run alternately (fairgate, DuckDB, fairgate, …) so that both see the same machine load.
 *
 *   node bench/parquet.mjs [--rows 10000000] [--runs 3] [--threads 2] [--codec snappy] [--data-dir DIR] [--cli dist/cli/main.js]
 *
 * The marketing file (its nine core columns, 6-decimal scores; scripts/generate-marketing.mjs) is generated
 * into DIR when missing and written as Parquet by DuckDB (DuckDB's default row groups). The table
 * has bench/run.mjs's columns: median wall time, rows/s, MB/s of the Parquet file, the largest
 * peak RSS (GNU time's %M), median CPU time (user + system).
 *
 * bench/run.mjs can add a Parquet section with:
 *   import { ensureParquet, parquetRows } from './parquet.mjs';
 *   for (const row of parquetRows(await ensureParquet(rows, dataDir), { rows, runs, threads: 2 })) console.log(row);
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const TIME = '/usr/bin/time';
const AUDIT = ['--group', 'gender,ethnicity,age_band,region,gender+ethnicity', '--prediction', 'targeted', '--label', 'converted', '--score', 'score', '--format', 'json'];
const quote = (s) => s.replaceAll("'", "''");

/** The child DuckDB runs: per-group counts and score sums, as bench/duckdb-groupby.mjs does for the CSV. */
async function duckdbGroupBy(file, threads) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const c = await db.connect();
  const r = await c.runAndReadAll(
    `SELECT gender, ethnicity, age_band, region, count(*) n, sum(targeted) sel, sum(converted) pos, sum(score) s, floor(score * 10) b
     FROM read_parquet('${quote(file)}') GROUP BY GROUPING SETS ((gender, b), (ethnicity, b), (age_band, b), (region, b), (gender, ethnicity, b))`,
  );
  console.log(r.currentRowCount);
}

/** DIR/marketing-<rows>.parquet, written by DuckDB from the generated CSV when missing. */
export async function ensureParquet(rows, dataDir, codec = 'snappy') {
  const csv = path.join(dataDir, `marketing-${rows}.csv`);
  const parquet = path.join(dataDir, `marketing-${rows}-${codec}.parquet`);
  if (existsSync(parquet)) return parquet;
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(csv)) {
    process.stderr.write(`generating ${csv} …\n`);
    const gen = spawnSync(node, ['scripts/generate-marketing.mjs', '--rows', String(rows), '--decimals', '6', '--core', '--out', csv], { cwd: ROOT, stdio: 'inherit' });
    if (gen.status !== 0) throw new Error('generator failed');
  }
  process.stderr.write(`writing ${parquet} …\n`);
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const c = await (await DuckDBInstance.create(':memory:')).connect();
  await c.run(`COPY (SELECT * FROM read_csv('${quote(csv)}')) TO '${quote(parquet)}' (FORMAT parquet, COMPRESSION ${codec})`);
  return parquet;
}

function timeOnce(argv) {
  const run = spawnSync(TIME, ['-f', '%e %M %U %S', ...argv], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const [wall, kb, user, sys] = (run.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  if (!Number.isFinite(wall)) throw new Error(`${argv.join(' ')} failed:\n${run.stderr}`);
  return { wall, rss: kb / 1024, cpu: user + sys };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, digits = 2) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** [key, label, argv] of the two commands. */
export function parquetCommands(file, { threads = 2, cli = 'dist/cli/main.js' } = {}) {
  return [
    ['fairgate-parquet', `**fairgate audit** of the Parquet file, full (\`--threads ${threads}\`)`, [node, cli, 'audit', file, ...AUDIT, '--threads', String(threads)]],
    ['duckdb-parquet', `DuckDB (${threads} threads) read_parquet + GROUP BY`, [node, 'bench/parquet.mjs', '--duckdb', file, '--threads', String(threads)]],
  ];
}

/** Markdown rows (bench/run.mjs's columns) from `runs` alternating runs of each command. */
export function parquetRows(file, { rows, runs = 3, threads = 2, cli = 'dist/cli/main.js' }) {
  const commands = parquetCommands(file, { threads, cli });
  const times = commands.map(() => []);
  for (let r = 0; r < runs; r++) commands.forEach(([, , argv], k) => times[k].push(timeOnce(argv)));
  const mb = statSync(file).size / 1e6;
  return commands.map(([, label], k) => {
    const wall = median(times[k].map((t) => t.wall));
    const rss = Math.max(...times[k].map((t) => t.rss));
    const cpu = median(times[k].map((t) => t.cpu));
    return `| ${label} | ${fmt(wall)} s | ${fmt(rows / wall / 1e6)} M | ${fmt(mb / wall, 0)} | ${fmt(rss, 0)} MB | ${fmt(cpu)} s |`;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '10000000' },
      runs: { type: 'string', default: '3' },
      threads: { type: 'string', default: '2' },
      codec: { type: 'string', default: 'snappy' },
      'data-dir': { type: 'string', default: 'bench/data' },
      cli: { type: 'string', default: 'dist/cli/main.js' },
      duckdb: { type: 'string' },
    },
  });
  if (values.duckdb) await duckdbGroupBy(values.duckdb, Number(values.threads));
  else {
    const rows = Number(values.rows);
    const file = await ensureParquet(rows, path.resolve(values['data-dir']), values.codec);
    console.log(`### ${rows.toLocaleString('en-US')} rows as Parquet (${values.codec}), ${fmt(statSync(file).size / 1e6, 0)} MB (\`${file}\`), median of ${values.runs} alternating runs\n`);
    console.log('| what | wall (median) | rows/s | MB/s | peak RSS | CPU (median) |\n| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const row of parquetRows(file, { rows, runs: Number(values.runs), threads: Number(values.threads), cli: values.cli })) console.log(row);
    console.log('\nexact commands (each under `/usr/bin/time -f "%e %M %U %S"`, from the repository root):\n');
    for (const [key, , argv] of parquetCommands(file, { threads: Number(values.threads), cli: values.cli })) console.log(`- ${key}: \`${argv.map((a) => (a === node ? 'node' : a)).join(' ')}\``);
  }
}
