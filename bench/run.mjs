#!/usr/bin/env node
/**
 * bench/run.mjs: fairgate's full audit beside DuckDB, pandas and a hand-written single pass, in one
 * run, alternating (run 1 of every command, then run 2 of every command, …), so that a busy spell
 * of a shared machine falls on all of them alike.
 *
 *   node bench/run.mjs [--suite audit,groups,parquet] [--rows 1000000,10000000] [--groups 1000,10000,100000]
 *                      [--parquet-rows 10000000] [--runs 3] [--threads N] [--only KEYS] [--data-dir DIR] [--cli PATH]
 *
 * Suite `audit`: the marketing file (8 columns, 6-decimal scores) at each --rows; the full audit (all
 * metrics with intervals, calibration, AUC with DeLong, four attributes and one intersection).
 * Suite `groups`: one attribute with 1,000 / 10,000 / 100,000 distinct values over 1M rows, and an
 * intersection of about 5,000 cells. Suite `parquet`: the marketing file of --parquet-rows written as
 * Parquet (snappy) by DuckDB, fairgate's full audit of it beside DuckDB's read_parquet + GROUP BY
 * (bench/parquet.mjs). Files are generated once into --data-dir (default bench/data/,
 * git-ignored). Tables: medians of wall time and CPU time (user + system), the median peak RSS (GNU
 * time's %M), and ratios to DuckDB with the same number of threads. Speed is measured and written
 * down here, never asserted in tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureParquet, parquetCommands } from './parquet.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `usage: node bench/run.mjs [options]

  --suite     audit, groups, parquet, comma-separated (default audit,groups,parquet)
  --rows      row counts of the audit suite, comma-separated (default 1000000,10000000)
  --groups    distinct values of the groups suite (default 1000,10000,100000; 1,000,000 rows each)
  --parquet-rows  row counts of the parquet suite (default 10000000)
  --runs      runs of each command, alternating (default 3)
  --threads   threads of DuckDB's first row (default: the cores; fairgate runs with --threads auto, which uses them for CSV files of 128 MB and more)
  --only      commands to run, comma-separated: fairgate, fairgate1, duckdb, duckdb1, pandas, hand, read, csvparse
  --data-dir  where the generated files are (default bench/data, git-ignored)
  --cli       the fairgate build to time (default dist/cli/main.js; e.g. another worktree's, for a before/after)
`;
const { values } = parseArgs({
  options: {
    suite: { type: 'string', default: 'audit,groups,parquet' },
    'parquet-rows': { type: 'string', default: '10000000' },
    rows: { type: 'string', default: '1000000,10000000' },
    groups: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '3' },
    threads: { type: 'string', default: String(availableParallelism()) },
    only: { type: 'string' },
    'data-dir': { type: 'string', default: 'bench/data' },
    cli: { type: 'string', default: 'dist/cli/main.js' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const DATA_DIR = path.resolve(values['data-dir']);
const runs = Number(values.runs);
const threads = values.threads;
const only = values.only?.split(',');
const suites = values.suite.split(',');
const node = process.execPath;
const cli = values.cli;

/** An argv as one would type it in a shell (from the repository's root). */
const shown = (argv) => argv.map((a) => (a === node ? 'node' : /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", "'\\''")}'`)).join(' ');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, digits = 2) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Debian's python3-pandas is importable by /usr/bin/python3 (a pyenv python3 on PATH may not see it). */
const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0);
const isDuckDb = existsSync(path.join(ROOT, 'node_modules/@duckdb/node-api'));

function generate(file, argv) {
  if (existsSync(file)) return file;
  mkdirSync(path.dirname(file), { recursive: true });
  process.stderr.write(`generating ${file} …\n`);
  const gen = spawnSync(node, [...argv, '--out', file], { cwd: ROOT, stdio: 'inherit' });
  if (gen.status !== 0) throw new Error(`${shown(argv)} failed`);
  return file;
}

/**
 * One command: key, label, argv, the DuckDB key it is compared with (same threads), and the exit
 * statuses that mean success (fairgate exits 1 when a rule fails, which the audit's data does).
 */
const command = (key, label, argv, versus, ok = [0]) => ({ key, label, argv, versus, ok });

function auditCommands(file) {
  const audit = ['--group', 'gender,ethnicity,age_band,region,gender+ethnicity', '--prediction', 'targeted', '--label', 'converted', '--score', 'score', '--format', 'json'];
  const sets = 'gender;ethnicity;age_band;region;gender,ethnicity';
  return [
    command('fairgate', '**fairgate audit**, full, `--threads auto` (the default)', [node, cli, 'audit', file, ...audit, '--threads', 'auto'], 'duckdb', [0, 1]),
    command('duckdb', `DuckDB read_csv + GROUP BY, ${threads} threads`, [node, 'bench/duckdb-groupby.mjs', file, '--threads', threads, '--groups', sets]),
    command('fairgate1', 'fairgate audit, full, `--threads 1`', [node, cli, 'audit', file, ...audit, '--threads', '1'], 'duckdb1', [0, 1]),
    command('duckdb1', 'DuckDB read_csv + GROUP BY, 1 thread', [node, 'bench/duckdb-groupby.mjs', file, '--threads', '1', '--groups', sets]),
    command('pandas', 'pandas typed read_csv + groupby (1 thread)', [python, 'bench/pandas-groupby.py', file, sets], 'duckdb1'),
    command('hand', 'hand-written single pass: counts and 10 score bins (1 thread)', [node, 'bench/hand-written.mjs', file], 'duckdb1'),
    command('read', 'Node reading the file, counting newlines', [node, 'bench/read-floor.mjs', file], 'duckdb1'),
    command('csvparse', 'csv-parse streaming, records only (the reader before the byte scanner)', [node, 'bench/csv-parse-floor.mjs', file], 'duckdb1'),
  ];
}

function groupCommands(file, group, sets) {
  // --allow-no-verdict: 100,000 groups of 10 rows are each too small to judge (exit 3 otherwise); the audit is computed and written all the same
  const audit = ['--group', group, '--prediction', 'targeted', '--label', 'converted', '--score', 'score', '--format', 'json', '--allow-no-verdict'];
  return [
    command('fairgate', `fairgate audit --group ${group}, \`--threads auto\` (the default)`, [node, cli, 'audit', file, ...audit, '--threads', 'auto'], 'duckdb', [0, 1]),
    command('duckdb', `DuckDB GROUP BY, ${threads} threads`, [node, 'bench/duckdb-groupby.mjs', file, '--threads', threads, '--groups', sets]),
    command('fairgate1', 'fairgate, `--threads 1`', [node, cli, 'audit', file, ...audit, '--threads', '1'], 'duckdb1', [0, 1]),
    command('duckdb1', 'DuckDB, 1 thread', [node, 'bench/duckdb-groupby.mjs', file, '--threads', '1', '--groups', sets]),
    command('pandas', 'pandas (1 thread)', [python, 'bench/pandas-groupby.py', file, sets], 'duckdb1'),
  ];
}

/** The commands that can run here and were asked for; the others are named with the reason. */
function available(list) {
  return list.filter((c) => {
    if (only && !only.includes(c.key)) return false;
    if (!only && c.key === 'csvparse') return false; // 30 s at 10M rows: on request only
    if (c.key.startsWith('duckdb') && !isDuckDb) return false;
    if (c.key === 'pandas' && !python) return false;
    return true;
  });
}

function timeOnce(c) {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', ...c.argv], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const last = run.stderr.trim().split('\n').pop() ?? '';
  const [wall, kb, user, sys] = last.split(' ').map(Number);
  const status = /exited with non-zero status (\d+)/.exec(run.stderr)?.[1];
  // Anything on standard error besides GNU time's lines is a failure (an uncaught error also exits 1, as a failed rule does).
  const noise = run.stderr.trim().split('\n').slice(0, -1).filter((l) => !/^Command exited with non-zero status/.test(l));
  if (!Number.isFinite(wall) || !c.ok.includes(Number(status ?? 0)) || noise.length > 0) throw new Error(`${shown(c.argv)} failed:\n${run.stderr}`);
  return { wall, rss: kb / 1024, cpu: user + sys };
}

/** Runs every command `runs` times, alternating, and returns the medians by key. */
function measure(list) {
  const times = new Map(list.map((c) => [c.key, []]));
  for (let r = 0; r < runs; r++) for (const c of list) times.get(c.key).push(timeOnce(c));
  return new Map([...times].map(([key, ts]) => [key, { wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)), rss: median(ts.map((t) => t.rss)) }]));
}

const ratio = (x, y) => (y > 0 ? `${fmt(x / y)}×` : '—');

function printTable(list, results, rows) {
  console.log('| what | wall | CPU (user + sys) | peak RSS | rows/s | wall ÷ DuckDB | CPU ÷ DuckDB |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const c of list) {
    const m = results.get(c.key);
    const d = c.versus && results.get(c.versus);
    const rate = m.wall >= 0.01 ? `${fmt(rows / m.wall / 1e6)} M` : '—';
    console.log(`| ${c.label} | ${fmt(m.wall)} s | ${fmt(m.cpu)} s | ${fmt(m.rss, 0)} MB | ${rate} | ${d ? ratio(m.wall, d.wall) : ''} | ${d ? ratio(m.cpu, d.cpu) : ''} |`);
  }
}

function printCommands(list) {
  console.log('\ncommands (each under `/usr/bin/time -f "%e %M %U %S"`, from the repository root):\n');
  for (const c of list) console.log(`- ${c.key}: \`${shown(c.argv)}\``);
}

const cpu = cpus();
console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${fmt(totalmem() / 2 ** 30, 0)} GiB; node ${process.version}; load average before: ${loadavg().map((l) => fmt(l)).join(' ')}`);
const commit = spawnSync('git', ['describe', '--always', '--dirty'], { cwd: path.dirname(path.resolve(ROOT, cli)), encoding: 'utf8' }).stdout?.trim();
console.log(`fairgate: ${cli}${commit ? ` (checkout at ${commit})` : ''}; DuckDB: ${isDuckDb ? '@duckdb/node-api' : 'not installed (npm ci installs the dev dependency), left out'}; pandas: ${python ? `${python} (Debian's python3-pandas)` : 'not importable, left out (Debian: apt-get install python3-pandas)'}`);
console.log(`each command ${runs} times, alternating; medians of wall, CPU and peak RSS`);

if (suites.includes('audit')) {
  for (const rows of values.rows.split(',').map(Number)) {
    const file = generate(path.join(DATA_DIR, `marketing-${rows}.csv`), ['scripts/generate-marketing.mjs', '--rows', String(rows), '--decimals', '6', '--core']);
    console.log(`\n### Full audit, ${rows.toLocaleString('en-US')} rows, ${fmt(statSync(file).size / 1e6, 0)} MB\n`);
    const list = available(auditCommands(file));
    printTable(list, measure(list), rows);
    printCommands(list);
  }
}

if (suites.includes('groups')) {
  const rows = 1_000_000;
  console.log(`\n### Group scaling, ${rows.toLocaleString('en-US')} rows (full audit of one attribute)\n`);
  const cases = values.groups.split(',').map((k) => {
    const file = generate(path.join(DATA_DIR, `groups-${k}.csv`), ['bench/generate-groups.mjs', '--rows', String(rows), '--groups', k]);
    return { title: `${Number(k).toLocaleString('en-US')} groups (\`--group segment\`)`, groups: Number(k), list: available(groupCommands(file, 'segment', 'segment')) };
  });
  const cellsFile = path.join(DATA_DIR, `groups-${values.groups.split(',')[0]}.csv`);
  cases.push({ title: 'campaign × channel: about 5,000 cells (`--group campaign,channel,campaign+channel`)', groups: 5000 + 1000 + 5, list: available(groupCommands(cellsFile, 'campaign,channel,campaign+channel', 'campaign;channel;campaign,channel')) });
  const all = cases.flatMap((c) => c.list.map((x) => ({ ...x, key: `${c.title}/${x.key}`, versus: x.versus && `${c.title}/${x.versus}` })));
  const results = measure(all);
  console.log('| groups | fairgate wall (threads auto) | CPU | peak RSS | memory goal (150 MB + 2 KB/group) | step (× previous) | DuckDB wall | fairgate ÷ DuckDB | fairgate `--threads 1` | pandas |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  let previous;
  for (const c of cases) {
    const get = (key) => results.get(`${c.title}/${key}`);
    const f = get('fairgate');
    const d = get('duckdb');
    const isSegment = c.title.includes('(`--group segment`)');
    const step = isSegment && previous ? `${fmt(f.wall / previous.wall)}×` : '';
    if (isSegment) previous = { wall: f.wall };
    const cell = (m) => (m ? `${fmt(m.wall)} s` : '—');
    console.log(`| ${c.title} | ${fmt(f.wall)} s | ${fmt(f.cpu)} s | ${fmt(f.rss, 0)} MB | ${fmt(150 + (2 * c.groups) / 1024, 0)} MB | ${step} | ${cell(d)} | ${d ? ratio(f.wall, d.wall) : ''} | ${cell(get('fairgate1'))} | ${cell(get('pandas'))} |`);
  }
  printCommands(cases.flatMap((c) => c.list.filter((x) => x.key === 'fairgate')));
}

if (suites.includes('parquet')) {
  for (const rows of values['parquet-rows'].split(',').map(Number)) {
    if (!isDuckDb) {
      console.log('\n### Parquet: left out (DuckDB writes the file; npm ci installs the dev dependency)');
      break;
    }
    generate(path.join(DATA_DIR, `marketing-${rows}.csv`), ['scripts/generate-marketing.mjs', '--rows', String(rows), '--decimals', '6', '--core']);
    const file = await ensureParquet(rows, DATA_DIR);
    console.log(`\n### Full audit of a Parquet file (snappy, written by DuckDB), ${rows.toLocaleString('en-US')} rows, ${fmt(statSync(file).size / 1e6, 0)} MB\n`);
    const [[fKey, fLabel, fArgv], [dKey, dLabel, dArgv]] = parquetCommands(path.relative(ROOT, file), { threads, cli });
    const list = available([command(fKey, fLabel, fArgv, dKey, [0, 1]), command(dKey, dLabel, dArgv)]);
    printTable(list, measure(list), rows);
    printCommands(list);
  }
}

console.log(`\nload average after: ${loadavg().map((l) => fmt(l)).join(' ')}`);
console.log(`refresh: node bench/run.mjs${process.argv.slice(2).length ? ` ${shown(process.argv.slice(2))}` : ''}`);
