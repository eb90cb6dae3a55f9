import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkEnvironment } from '../../src/cli/environment.js';
import { reportTime } from '../../src/cli/tool-info.js';
import { isKnownError } from '../../src/model/errors.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * The environment variables fairgate reads, set to anything: a run either
 * works (exit 0 or 1; standard error holds only GitHub annotations then) or
 * stops with exit 2 and `fairgate:` lines; never a crash.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-fuzz-env-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(path.join(dir, 'a-directory'));
writeFileSync(path.join(dir, 'a-file'), '');
execFileSync('mkfifo', [path.join(dir, 'a-fifo')]);
const CSV = ['gender,targeted,converted,score', 'Female,1,1,0.82', 'Male,0,0,0.31', 'Female,0,1,0.47', 'Male,1,0,0.66', ''].join('\n');

/** Text a variable could hold (no NUL: an environment cannot). */
const text = fc.oneof(
  fc.constantFrom('', '0', '1', '-1', 'true', 'false', ' 12 ', '1e9', '99999999999999999999', '1767225600', '2026-01-01', 'a-directory', 'a-file', 'a-fifo', 'missing/dir/x', '/', '.', '\u001b[31m', '\u202e', 'é'),
  fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.replaceAll('\u0000', '')),
);
const VARIABLES = ['SOURCE_DATE_EPOCH', 'GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'TMPDIR', 'NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'TERM'] as const;
const environment = fc.record(Object.fromEntries(VARIABLES.map((v) => [v, text])) as Record<(typeof VARIABLES)[number], fc.Arbitrary<string>>, { requiredKeys: [] });

describe('fuzz: environment variables', () => {
  it('SOURCE_DATE_EPOCH and GITHUB_STEP_SUMMARY in the library: a time, or a known error (fast-check)', () => {
    fc.assert(
      fc.property(environment, (env) => {
        const withPaths = { ...env, ...(env.GITHUB_STEP_SUMMARY ? { GITHUB_STEP_SUMMARY: path.join(dir, env.GITHUB_STEP_SUMMARY) } : {}) };
        try {
          checkEnvironment(withPaths);
          expect(reportTime(withPaths)).toMatch(/^\d{4,6}-\d\d-\d\dT/);
        } catch (error) {
          if (!isKnownError(error)) throw error;
          expect(error.message).not.toContain('\n');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('through the CLI, reading standard input (twice with --top-k): a report or exit 2 with fairgate: lines (fast-check)', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(environment, fc.boolean(), (env, isTopK) => {
        const decision = isTopK ? ['--top-k', '1'] : ['--prediction', 'targeted'];
        const run = runCli(['audit', '-', '-g', 'gender', '--label', 'converted', '--score', 'score', ...decision, '--format', 'json'], { cwd: dir, input: CSV, env });
        expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
        const lines = run.stderr.split('\n').filter((l) => l !== '');
        if (run.exitCode === 2) {
          // the error in one `fairgate:` line; under GitHub Actions also as an ::error annotation
          expect(lines.filter((l) => l.startsWith('fairgate: '))).not.toEqual([]);
          for (const line of lines) expect(line).toMatch(env.GITHUB_ACTIONS === 'true' ? /^(fairgate: |::error )/ : /^fairgate: /);
          return;
        }
        expect([0, 1, 3]).toContain(run.exitCode);
        JSON.parse(run.stdout);
        // exit 3: no check could be judged, said in one line (and as an ::error under GitHub Actions)
        for (const line of lines) expect(line).toMatch(/^(::(error|warning) |fairgate: could not append to GITHUB_STEP_SUMMARY|fairgate: no check could be judged: )/);
      }),
      { numRuns: 25 },
    );
  });
});
