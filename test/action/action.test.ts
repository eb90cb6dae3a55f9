import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXED_EPOCH, ROOT } from '../helpers/run-cli.js';
import { runAction } from './run-action.js';

// action.yml at the root, run step by step as GitHub runs a composite action (inputs as the
// INPUT_* variables its steps declare), on a workspace holding the marketing fixture.
let workspace: string;
const env = { SOURCE_DATE_EPOCH: FIXED_EPOCH, NO_COLOR: '1' };

beforeEach(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'fairgate-workspace-'));
  copyFileSync(path.join(ROOT, 'fixtures/marketing/data.csv'), path.join(workspace, 'data.csv'));
  copyFileSync(path.join(ROOT, 'fixtures/marketing/fairgate.config.yaml'), path.join(workspace, 'audit.yaml'));
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

describe('the GitHub Action', () => {
  it('fails the step on the fixture\'s injected bias, with annotations, a step summary and the reports asked for', () => {
    const run = runAction(ROOT, workspace, { file: 'data.csv', config: 'audit.yaml', reports: 'out/report.html\nout/junit.xml' }, env);
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toEqual({ status: 'fail', 'exit-code': '1' });
    // annotations go to standard error, which the runner reads for workflow commands too
    expect(run.stderr).toMatch(/^::error title=fairgate%3A disparate_impact[^\n]*of gender::[^\n]*Female \(gender\) was targeted/m);
    expect(run.summary).toContain('FAIL');
    expect(readFileSync(path.join(workspace, 'out/report.html'), 'utf8')).toContain('<!DOCTYPE html>');
    expect(readFileSync(path.join(workspace, 'out/junit.xml'), 'utf8')).toContain('<testsuites');
  });

  it('passes when every rule holds, and passes extra arguments one per line', () => {
    const args = ['--group', 'gender', '--prediction', 'targeted', '--rule', 'disparate_impact>=0.5'].join('\n');
    const run = runAction(ROOT, workspace, { file: 'data.csv', args }, env);
    expect(run.outputs).toEqual({ status: 'pass', 'exit-code': '0' });
    expect(run.exitCode).toBe(0);
  });

  it('fails a run that judged nothing (exit 3, status inconclusive) unless allow-no-verdict is true', () => {
    const args = ['--group', 'gender', '--prediction', 'targeted', '--rule', 'disparate_impact>=0.8', '--min-group-size', '100000'].join('\n');
    const run = runAction(ROOT, workspace, { file: 'data.csv', args }, env);
    expect([run.exitCode, run.outputs]).toEqual([3, { status: 'inconclusive', 'exit-code': '3' }]);
    expect(run.stderr).toMatch(/^::error title=fairgate%3A no check could be judged::no check could be judged: all \d+ checks are inconclusive/m);
    const allowed = runAction(ROOT, workspace, { file: 'data.csv', args, 'allow-no-verdict': 'true' }, env);
    expect([allowed.exitCode, allowed.outputs]).toEqual([0, { status: 'pass', 'exit-code': '0' }]);
  });

  it('reports bad input as status error, exit 2, one fairgate: line, its ::error annotation and a job summary that explains it', () => {
    const run = runAction(ROOT, workspace, { file: 'no-such.csv', config: 'audit.yaml' }, env);
    expect(run.exitCode).toBe(2);
    expect(run.outputs.status).toBe('error');
    const message = 'no-such.csv: file not found; check the path (use - to read standard input)';
    expect(run.stderr.trim().split('\n')).toEqual([`fairgate: ${message}`, `::error file=no-such.csv,title=fairgate%3A input error::${message}`]);
    expect(run.summary).toContain(`## ✗ fairgate stopped: input error (exit 2)`);
    expect(run.summary).toContain(`\`\`\`text\nfairgate: ${message}\n\`\`\``);
  });

  it('never runs an input as shell code', () => {
    const file = 'data.csv"; touch pwned; echo "$(touch pwned2)';
    const run = runAction(ROOT, workspace, { file, config: 'audit.yaml', reports: '$(touch pwned3).html' }, env);
    expect(run.outputs.status).toBe('error');
    for (const f of ['pwned', 'pwned2']) expect(existsSync(path.join(workspace, f))).toBe(false);
    expect(existsSync(path.join(workspace, 'pwned3'))).toBe(false);
  });
});
