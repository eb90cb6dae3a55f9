#!/usr/bin/env node
// Regenerates the example reports in reports/examples/ from the bundled fixture, with the
// report time fixed, so they are byte-for-byte reproducible. Run `npm run examples` (it
// builds first); test/examples.test.ts regenerates them elsewhere and compares the bytes.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** 2026-01-01T00:00:00Z: the examples' generatedAt */
export const EXAMPLE_EPOCH = '1767225600';
export const EXAMPLE_FORMATS = ['html', 'md', 'json', 'xml', 'csv'];
export const EXAMPLE_DIR = 'reports/examples';

/** The command, with paths relative to the working directory (they are recorded in the reports). */
export function exampleArgs() {
  return [
    'audit', 'fixtures/marketing/data.csv',
    '-c', 'fixtures/marketing/fairgate.config.yaml',
    ...EXAMPLE_FORMATS.flatMap((ext) => ['-o', `${EXAMPLE_DIR}/marketing.${ext}`]),
    '--quiet',
  ];
}

/** Writes the examples under `cwd` (which must hold `fixtures/marketing/`); returns the CLI's exit code. */
export function generateExamples(cwd = ROOT) {
  const env = { ...process.env, SOURCE_DATE_EPOCH: EXAMPLE_EPOCH, NO_COLOR: '1', GITHUB_ACTIONS: '' };
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/main.js'), ...exampleArgs()], { cwd, env, encoding: 'utf8' });
  if (run.error) throw run.error;
  // the fixture fails its rules on purpose (exit 1); anything else is a real error
  if (run.status !== 1) throw new Error(`fairgate exited ${run.status}: ${run.stderr}`);
  return run.status;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  generateExamples();
  process.stdout.write(`wrote ${EXAMPLE_FORMATS.map((ext) => `${EXAMPLE_DIR}/marketing.${ext}`).join(', ')}\n`);
}
