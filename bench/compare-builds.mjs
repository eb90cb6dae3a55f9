#!/usr/bin/env node
/**
 * bench/compare-builds.mjs: the same audit with two builds of fairgate, interleaved, to tell a
 * slowdown from the noise of a shared machine (a before/after table of bench/run.mjs moves by ±10 %).
 *
 *   node bench/compare-builds.mjs <before/dist/cli/main.js> <after/dist/cli/main.js> [--rows 1000000] [--runs 10] [-- extra audit flags]
 *
 * Uses bench/data/marketing-<rows>.csv (made by bench/run.mjs). Prints the median, min and max wall time of each build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '10' } } });
const [before, after, ...extra] = positionals;
if (!before || !after) throw new Error('usage: node bench/compare-builds.mjs <before main.js> <after main.js> [--rows N] [--runs N] [-- flags]');
const file = path.join(ROOT, 'bench/data', `marketing-${values.rows}.csv`);
if (!existsSync(file)) throw new Error(`${file} is missing: run node bench/run.mjs --rows ${values.rows} first`);
const AUDIT = ['--group', 'gender,ethnicity,age_band,region,gender+ethnicity', '--prediction', 'targeted', '--label', 'converted', '--score', 'score', '--format', 'json'];
const builds = { before, after };
const times = { before: [], after: [] };
for (let i = 0; i < Number(values.runs); i++) {
  for (const [name, cli] of Object.entries(builds)) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [cli, 'audit', file, ...AUDIT, ...extra], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status === null || run.status > 1) throw new Error(`${cli} failed (exit ${run.status})`);
    times[name].push(Number(process.hrtime.bigint() - start) / 1e9);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`${values.runs} interleaved runs each on ${path.relative(ROOT, file)} ${extra.join(' ')}`);
for (const [name, xs] of Object.entries(times)) console.log(`${name}: median ${median(xs).toFixed(3)} s, min ${Math.min(...xs).toFixed(3)} s, max ${Math.max(...xs).toFixed(3)} s`);
