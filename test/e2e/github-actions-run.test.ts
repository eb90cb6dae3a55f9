import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// The built CLI under GITHUB_ACTIONS=true: what a step's log and job summary get when the run
// stops on an error (exit 2), and when it judges more rules than GitHub shows annotations for.

/** 40 rows of group A, all targeted; 40 of B, 12 targeted: B's disparate impact is 12/40 = 0.3. */
const CSV = ['g,d', ...Array.from({ length: 40 }, () => 'A,1'), ...Array.from({ length: 40 }, (_, i) => `B,${i < 12 ? 1 : 0}`)].join('\n') + '\n';
/** Twelve rules B fails (0.3 < each bound): one annotation each, each of one check. */
const RULES = Array.from({ length: 12 }, (_, i) => ['--rule', `disparate_impact>=${(0.4 + i / 100).toFixed(2)}`]).flat();

let dir: string;
let summary: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'fairgate-actions-run-'));
  summary = path.join(dir, 'step-summary.md');
  writeFileSync(path.join(dir, 'data.csv'), CSV);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const underActions = (args: string[]) => runCli(args, { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
const annotations = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('::'));

describe('a run under GitHub Actions', () => {
  it('that stops on a config syntax error: the message, an ::error at its line and column, a summary saying what to do', () => {
    writeFileSync(path.join(dir, 'fairgate.config.yaml'), 'columns: { prediction: d }\ngroups: [g\n');
    const run = underActions(['audit', 'data.csv']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    const printed = run.stderr.split('\n')[0]!;
    expect(printed).toMatch(/^fairgate: invalid configuration in fairgate\.config\.yaml: line \d+, column \d+: not valid YAML: .*; fix the syntax there/);
    const [, line, col] = printed.match(/line (\d+), column (\d+)/)!;
    expect(annotations(run.stderr)).toEqual([`::error file=fairgate.config.yaml,line=${line},col=${col},title=fairgate%3A config error::${printed.replace(/^fairgate: /, '')}`]);
    const text = readFileSync(summary, 'utf8');
    expect(text).toMatch(/^## ✗ fairgate stopped: config error \(exit 2\)\n\nNothing was judged and no report file was written\.\n/);
    expect(text).toContain('**What to do:** Fix the key or flag the message names');
    expect(text).toContain('```text\nfairgate audit data.csv\n```');
  });

  it('that stops on bad data: the ::error points at the file, line and column', () => {
    writeFileSync(path.join(dir, 'data.csv'), 'g,d\nA,1\nB,maybe\n');
    const run = underActions(['audit', 'data.csv', '-g', 'g', '--prediction', 'd']);
    expect(run.exitCode).toBe(2);
    const printed = run.stderr.split('\n')[0]!;
    expect(printed).toMatch(/^fairgate: data\.csv, line 3, column 2 \(d\): prediction column "d" has values that are neither positive .* in 1 row; /);
    expect(annotations(run.stderr)).toEqual([`::error file=data.csv,line=3,col=2,title=fairgate%3A input error::${printed.replace(/^fairgate: /, '')}`]);
    expect(readFileSync(summary, 'utf8')).toContain(`## ✗ fairgate stopped: input error (exit 2)`);
  });

  it('that stops on a mistyped flag: a usage error annotation with the suggestion', () => {
    const run = underActions(['audit', 'data.csv', '--grup', 'g']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe("fairgate: unknown option '--grup' (Did you mean --group?); run with --help for usage");
    expect(annotations(run.stderr)).toEqual(["::error title=fairgate%3A usage error::unknown option '--grup' (Did you mean --group?)"]);
    expect(readFileSync(summary, 'utf8')).toContain('fairgate stopped: usage error (exit 2)');
  });

  it('that judges twelve failing rules: ten ::error lines, the last counting the other three and naming the summary and the JUnit file', () => {
    const run = underActions(['audit', 'data.csv', '-g', 'g', '--prediction', 'd', '--min-group-size', '30', ...RULES, '-o', 'junit.xml', '--quiet']);
    expect(run.exitCode).toBe(1);
    const lines = annotations(run.stderr);
    expect(lines).toHaveLength(10);
    expect(lines.slice(0, 9).every((l) => /^::error title=fairgate%3A .* failed for 1 group of g::/.test(l))).toBe(true);
    expect(lines[9]).toBe(
      '::error title=fairgate%3A 3 more annotations of failed rules (3 failed checks) not shown::GitHub shows 10 error annotations per step: the other 3 (one per rule and attribute, 3 failed checks in all) are left out here. Every check is listed in the job summary and the JUnit report junit.xml.',
    );
    // what the last annotation promises: every one of the twelve failed checks is in the summary and the JUnit file
    const junit = readFileSync(path.join(dir, 'junit.xml'), 'utf8');
    expect(junit.match(/<failure /g)).toHaveLength(12);
    const text = readFileSync(summary, 'utf8');
    for (const bound of [40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51]) expect(text).toContain(`the rule requires at least ${bound} %.`);
  });

  it('outside GitHub Actions: no workflow command and no summary', () => {
    const run = runCli(['audit', 'data.csv', '--grup', 'g'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.exitCode).toBe(2);
    expect(annotations(run.stderr)).toEqual([]);
    expect(existsSync(summary)).toBe(false);
  });
});
