import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCommandData, escapeCommandProperty, publishToGithubActions, workflowCommands } from '../../../src/cli/github-actions.js';
import { BASIC, makeResult, resultWithGroupNames } from '../../helpers/make-result.js';

describe('GitHub workflow commands', () => {
  it('escape data and properties as @actions/core does', () => {
    expect(escapeCommandData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeCommandProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('emit one ::error per failed rule × attribute and ::warning for warn rules', () => {
    const failing = workflowCommands(makeResult(BASIC));
    // BASIC: Female's impact ratio fails; the builder's scores are poorly calibrated and the test of perfect
    // calibration shows it for Female and Male (200 rows each), not for Non-binary (40 rows, a warning), and
    // Female's equal opportunity gap is not significant (a warning): 2 errors, then 2 warnings
    expect(failing).toHaveLength(4);
    expect(failing.slice(0, 2).every((l) => l.startsWith('::error title=fairgate%3A ') && l.endsWith('\n'))).toBe(true);
    expect(failing.slice(2).every((l) => l.startsWith('::warning title=fairgate%3A ') && l.endsWith('\n'))).toBe(true);
    expect(failing.find((l) => l.startsWith('::error') && l.includes('ece<=0.05'))).toContain('failed for 2 groups of gender::');
    expect(failing.find((l) => l.startsWith('::warning') && l.includes('ece<=0.05'))).toContain('warned for 1 group of gender::The expected calibration error of Non-binary');
    const warned = workflowCommands(makeResult({ ...BASIC, config: { rules: [{ metric: 'disparate_impact', min: 0.8, severity: 'warn' }] } }));
    expect(warned).toEqual([expect.stringMatching(/^::warning title=fairgate%3A disparate_impact>=0.8 warned for 1 group of gender::Female \(gender\)/)]);
  });

  it('cannot be broken out of by a group name', () => {
    const lines = workflowCommands(resultWithGroupNames(['x\n::error::forged', 'ok']));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.trimEnd()).not.toContain('\n');
    expect(lines.join('')).toContain('x\\u000a::error::forged');
  });

  it('stay one command per line, with inert data and properties, whatever the names (fast-check)', () => {
    const name = fc.string({ unit: fc.constantFrom('x', ':', ',', '%', '\n', '\r', '::', '\u001b', '\u202e', '\u200d', '%0A', 'é'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 2, maxLength: 3 }), (names) => {
        for (const line of workflowCommands(resultWithGroupNames(names))) {
          expect(line).toMatch(/^::(error|warning) title=[^\n\r:,]*::[^\n\r]*\n$/);
          expect(line).not.toMatch(/[\u001b\u202e\u200d]/);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a job summary that cannot be appended to is a one-line warning naming it and the cause; the annotations still go out', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-summary-'));
    try {
      const err: string[] = [];
      const io = { argv: [], cwd: dir, stdin: new PassThrough(), isStdoutTty: false, writeStdout: () => undefined, writeStderr: (t: string) => void err.push(t) };
      publishToGithubActions(makeResult(BASIC), { ...io, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: dir } });
      expect(err[0]).toBe(`fairgate: could not append the job summary to GITHUB_STEP_SUMMARY (${dir}): is a directory, not a file (EISDIR)\n`);
      expect(err.slice(1).every((l) => l.startsWith('::error ') || l.startsWith('::warning '))).toBe(true);
      err.length = 0;
      publishToGithubActions(makeResult(BASIC), { ...io, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: `${dir}/missing/\u001b[2Jx.md` } });
      expect(err[0]).toBe(`fairgate: could not append the job summary to GITHUB_STEP_SUMMARY (${dir}/missing/\\u001b[2Jx.md): a folder in the path does not exist or was removed (ENOENT)\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
