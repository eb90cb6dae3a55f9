#!/usr/bin/env node
/**
 * bench/run.mjs: times fairgate's full audit against reading the file alone.
 *
 *   node bench/run.mjs [--rows 1000000,10000000] [--runs 3] [--only fairgate,read,...] [--data-dir DIR]
 *
 * Files (8 columns, 6-decimal scores) are generated once into --data-dir (default bench/data/,
 * git-ignored) by scripts/generate-marketing.mjs --decimals 6. Each command runs --runs times; the table shows
 * the median wall time, rows/s and MB/s from it, the largest peak RSS (GNU time's %M) and the
 * median CPU time (user + system: on a shared machine it moves less than the wall time, and
 * CPU ≈ wall for the threaded audit means the second core was busy elsewhere).
 * Speed is measured here and written down, never asserted in tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `usage: node bench/run.mjs [--rows 1000000,10000000] [--runs 3] [--only KEYS] [--data-dir DIR]

  --rows      row counts, comma-separated; DIR/marketing-<rows>.csv is generated when missing
  --runs      runs of each command; the table shows the median wall time and the largest peak RSS
  --only      keys of the commands to run, comma-separated: cat, read, hand, fairgate, fairgate1,
              csvparse, duckdb, pandas (the last two only where installed)
  --data-dir  where the generated files are (default bench/data, git-ignored)
  --cli       the fairgate build to time (default dist/cli/main.js; e.g. another worktree's, for a before/after)
`;
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000,10000000' },
    runs: { type: 'string', default: '3' },
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
const only = values.only?.split(',');
const TIME = '/usr/bin/time';
const node = process.execPath;
/** An argv as one would type it in a shell (from the repository's root). */
const shown = (argv) => argv.map((a) => (a === node ? 'node' : /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", "'\\''")}'`)).join(' ');
const AUDIT = ['--group', 'gender,ethnicity,age_band,region,gender+ethnicity', '--prediction', 'targeted', '--label', 'converted', '--score', 'score', '--format', 'json'];

function has(module) {
  return existsSync(path.join(ROOT, 'node_modules', module));
}
const isPandas = spawnSync('python3', ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0;

/** [key, label, argv] for one file; commands whose tools are missing are left out and said so. */
function commands(file) {
  const list = [
    ['cat', '`cat` of the file (page cache)', ['sh', '-c', `cat "${file}" > /dev/null`]],
    ['read', 'Node reading the file, counting newlines', [node, 'bench/read-floor.mjs', file]],
    ['hand', 'minimal hand-written single pass (bytes → per-group counts, score bins)', [node, 'bench/hand-written.mjs', file]],
    ['fairgate', '**fairgate audit**, full (threads auto)', [node, values.cli, 'audit', file, ...AUDIT]],
    ['fairgate1', 'fairgate audit, full, `--threads 1`', [node, values.cli, 'audit', file, ...AUDIT, '--threads', '1']],
  ];
  if (has('csv-parse')) list.push(['csvparse', 'csv-parse streaming (records only; the old reader)', [node, 'bench/csv-parse-floor.mjs', file]]);
  if (has('@duckdb/node-api')) list.push(['duckdb', 'DuckDB (2 threads) read_csv + GROUP BY', [node, 'bench/duckdb-groupby.mjs', file]]);
  if (isPandas) {
    const py = `import pandas as pd,sys\nd=pd.read_csv(sys.argv[1],dtype={'gender':'category','ethnicity':'category','age_band':'category','region':'category','score':'float64','targeted':'int8','converted':'int8'})\nfor g in ['gender','ethnicity','age_band','region',['gender','ethnicity']]: d.groupby(g,observed=True).agg(n=('score','size'),s=('score','sum'),t=('targeted','sum'),c=('converted','sum'))`;
    list.push(['pandas', 'pandas read_csv (typed) + groupby', ['python3', '-c', py, file]]);
  }
  return only ? list.filter(([key]) => only.includes(key)) : list;
}

function timeOnce(argv) {
  const run = spawnSync(TIME, ['-f', '%e %M %U %S', ...argv], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const last = run.stderr.trim().split('\n').pop() ?? '';
  const [wall, kb, user, sys] = last.split(' ').map(Number);
  if (!Number.isFinite(wall)) throw new Error(`${argv.join(' ')} failed:\n${run.stderr}`);
  return { wall, rss: kb / 1024, cpu: user + sys };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, digits = 2) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function ensureData(rows) {
  const file = path.join(DATA_DIR, `marketing-${rows}.csv`);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    process.stderr.write(`generating ${file} …\n`);
    const gen = spawnSync(node, ['scripts/generate-marketing.mjs', '--rows', String(rows), '--decimals', '6', '--out', file], { cwd: ROOT, stdio: 'inherit' });
    if (gen.status !== 0) throw new Error('generator failed');
  }
  return file;
}

const cpu = cpus();
console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${fmt(totalmem() / 2 ** 30, 0)} GiB; node ${process.version}; load average before: ${loadavg().map((l) => fmt(l)).join(' ')}`);
const cliDir = path.dirname(path.resolve(ROOT, values.cli));
const commit = spawnSync('git', ['describe', '--always', '--dirty'], { cwd: cliDir, encoding: 'utf8' }).stdout?.trim();
console.log(`fairgate: ${values.cli}${commit ? `, in a checkout at ${commit}` : ''} (as built by npm run build)`);
console.log(`pandas: ${isPandas ? 'installed' : 'not importable here (PyPI is unreachable from this machine), left out'}`);
for (const rows of values.rows.split(',').map(Number)) {
  const file = ensureData(rows);
  const mb = statSync(file).size / 1e6;
  console.log(`\n### ${rows.toLocaleString('en-US')} rows, ${fmt(mb, 0)} MB (\`${file}\`), median of ${runs} runs\n`);
  console.log('| what | wall (median) | rows/s | MB/s | peak RSS | CPU (median) |\n| --- | ---: | ---: | ---: | ---: | ---: |');
  const list = commands(file);
  for (const [, label, argv] of list) {
    const times = Array.from({ length: runs }, () => timeOnce(argv));
    const wall = median(times.map((t) => t.wall));
    const rss = Math.max(...times.map((t) => t.rss));
    const cpu = median(times.map((t) => t.cpu));
    // GNU time reports hundredths of a second: a faster run has no meaningful rate.
    const rate = (x) => (wall >= 0.01 ? x : '—');
    console.log(`| ${label} | ${wall >= 0.01 ? `${fmt(wall)} s` : '< 0.01 s'} | ${rate(`${fmt(rows / wall / 1e6)} M`)} | ${rate(fmt(mb / wall, 0))} | ${fmt(rss, 0)} MB | ${fmt(cpu)} s |`);
  }
  console.log('\nexact commands (each run under `/usr/bin/time -f "%e %M %U %S"`, from the repository root):\n');
  for (const [key, , argv] of list) console.log(`- ${key}: \`${shown(argv)}\``);
}
console.log(`\nload average after: ${loadavg().map((l) => fmt(l)).join(' ')}`);
console.log(`command: node bench/run.mjs --rows ${values.rows} --runs ${runs}${values.only ? ` --only ${values.only}` : ''}${values['data-dir'] !== 'bench/data' ? ` --data-dir ${values['data-dir']}` : ''}${values.cli !== 'dist/cli/main.js' ? ` --cli ${values.cli}` : ''}`);
