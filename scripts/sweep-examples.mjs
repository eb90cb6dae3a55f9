#!/usr/bin/env node
// Regenerates the threshold-sweep examples in reports/examples/ from the bundled fixture, with the
// report time fixed: the terminal table (marketing-sweep.txt), the Markdown and HTML reports, and the
// HTML report's disparate-impact trade-off chart as a standalone SVG (marketing-sweep.svg) for the README.
// `npm run examples` runs it; test/sweep-examples.test.ts regenerates them elsewhere and compares the bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE_EPOCH = '1767225600';
export const SWEEP_DIR = 'reports/examples';
export const SWEEP_FILES = ['marketing-sweep.txt', 'marketing-sweep.md', 'marketing-sweep.html', 'marketing-sweep.svg'];

/** The command as the README shows it (paths relative to the working directory). */
export const SWEEP_ARGS = [
  'sweep', 'fixtures/marketing/data.csv', '-g', 'gender', '-g', 'age_band', '--score', 'score', '--label', 'converted',
  '--rule', 'disparate_impact>=0.8', '--rule', 'abs(equal_opportunity_difference)<=0.1', '--threshold', '0.3', '--select', '30%',
];

/** Writes the examples under `cwd` (which must hold `fixtures/marketing/`). */
export function generateSweepExamples(cwd = ROOT) {
  const env = { ...process.env, SOURCE_DATE_EPOCH: EXAMPLE_EPOCH, NO_COLOR: '1', GITHUB_ACTIONS: '' };
  const out = (name) => path.join(SWEEP_DIR, name);
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/main.js'), ...SWEEP_ARGS, '-o', out('marketing-sweep.md'), '-o', out('marketing-sweep.html')], { cwd, env, encoding: 'utf8' });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`fairgate sweep exited ${run.status}: ${run.stderr}`);
  writeFileSync(path.join(cwd, out('marketing-sweep.txt')), run.stdout);
  const html = readFileSync(path.join(cwd, out('marketing-sweep.html')), 'utf8');
  const svg = html.match(/<svg class="sweep-chart"[^>]*aria-describedby="sweep-1-1-desc"[\s\S]*?<\/svg>/)?.[0];
  if (!svg) throw new Error('no disparate-impact chart in the sweep report');
  writeFileSync(path.join(cwd, out('marketing-sweep.svg')), `${svg.replace('<svg ', '<svg style="background:#fff" ')}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  generateSweepExamples();
  process.stdout.write(`wrote ${SWEEP_FILES.map((f) => `${SWEEP_DIR}/${f}`).join(', ')}\n`);
}
