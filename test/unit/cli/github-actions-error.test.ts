import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { CommanderError } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishErrorToGithubActions, type StoppingError } from '../../../src/cli/github-actions-error.js';
import { ConfigError, InputError, UsageError } from '../../../src/model/errors.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'fairgate-gha-error-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Publishes `error` as a run of `argv` in `dir` would, and returns what went to standard error and the summary. */
function publish(error: StoppingError, argv: string[], env: Record<string, string> = {}): { stderr: string[]; summary: string | undefined } {
  const stderr: string[] = [];
  const summary = path.join(dir, 'summary.md');
  const io = { argv, cwd: dir, stdin: new PassThrough(), isStdoutTty: false, writeStdout: () => undefined, writeStderr: (t: string) => void stderr.push(t) };
  publishErrorToGithubActions(error, { ...io, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, ...env } });
  return { stderr, summary: existsSync(summary) ? readFileSync(summary, 'utf8') : undefined };
}

describe('an error under GitHub Actions', () => {
  it('is an ::error annotation at the file, line and column it names, and a job summary that says what to do', () => {
    const error = new InputError('data.csv', 6, 'score "high" is not a number; expected a probability between 0 and 1 (e.g. 0.37)', { column: { number: 4, name: 'score' } });
    const { stderr, summary } = publish(error, ['audit', 'data.csv', '-g', 'gender']);
    expect(stderr).toEqual([
      '::error file=data.csv,line=6,col=4,title=fairgate%3A input error::data.csv, line 6, column 4 (score): score "high" is not a number; expected a probability between 0 and 1 (e.g. 0.37)\n',
    ]);
    expect(summary).toContain('## ✗ fairgate stopped: input error (exit 2)\n\nNothing was judged and no report file was written.');
    expect(summary).toContain('```text\nfairgate: data.csv, line 6, column 4 (score): score "high" is not a number;');
    expect(summary).toContain('```text\nfairgate audit data.csv -g gender\n```');
  });

  it('keeps each issue of a config error on its own line (%0A), and names the config file', () => {
    const error = new ConfigError('fairgate.config.yaml', [
      { path: 'minGroupSize', message: 'expected a number >= 1, got -3' },
      { path: 'missing', message: 'expected one of "group", "drop"' },
    ]);
    const { stderr } = publish(error, ['audit', 'data.csv']);
    expect(stderr).toEqual([
      '::error file=fairgate.config.yaml,title=fairgate%3A config error::invalid configuration in fairgate.config.yaml: minGroupSize: expected a number >= 1, got -3%0Ainvalid configuration in fairgate.config.yaml: missing: expected one of "group", "drop"\n',
    ]);
  });

  it('puts a config syntax error at its line and column, and a key error at the file only', () => {
    const syntax = new ConfigError('fairgate.config.yaml', [{ path: 'line 2, column 10', message: 'not valid YAML: Implicit keys of flow sequence pairs need to be on a single line; fix the syntax there (indentation, brackets, quotes)' }]);
    expect(publish(syntax, ['audit', 'data.csv']).stderr[0]).toMatch(/^::error file=fairgate\.config\.yaml,line=2,col=10,title=fairgate%3A config error::invalid configuration in fairgate\.config\.yaml: line 2, column 10: not valid YAML: /);
    const key = new ConfigError('audit.yaml', [{ path: 'rules.0.min', message: 'expected a number, got "high"' }]);
    expect(publish(key, ['audit', 'data.csv', '-c', 'audit.yaml']).stderr[0]).toMatch(/^::error file=audit\.yaml,title=fairgate%3A config error::/);
  });

  it('names no file for standard input, whether it is - or labelled with --input-name', () => {
    const detail = 'score "high" is not a number; expected a probability between 0 and 1 (e.g. 0.37)';
    const column = { column: { number: 4, name: 'score' } };
    for (const argv of [['audit', '-', '--input-name', 's3://m/holdout.csv'], ['audit', '-', '--input-name=s3://m/holdout.csv']]) {
      const { stderr } = publish(new InputError('s3://m/holdout.csv', 6, detail, column), argv);
      expect(stderr).toEqual([`::error title=fairgate%3A input error::s3://m/holdout.csv, line 6, column 4 (score): ${detail}\n`]);
    }
    expect(publish(new InputError('-', 6, detail, column), ['audit', '-']).stderr[0]).toMatch(/^::error title=fairgate%3A input error::-, line 6, column 4 \(score\): /);
  });

  it('tells a commander usage error as a usage error on one line, as it is printed: no "error: " prefix and no file', () => {
    const error = new CommanderError(1, 'commander.unknownOption', "error: unknown option '--grup'\n(Did you mean --group?)");
    const { stderr, summary } = publish(error, ['audit', 'data.csv', '--grup', 'gender']);
    expect(stderr).toEqual(["::error title=fairgate%3A usage error::unknown option '--grup' (Did you mean --group?)\n"]);
    expect(summary).toContain('fairgate stopped: usage error');
  });

  it('cannot be broken out of by a value from the data: line breaks, %, and terminal controls are escaped', () => {
    const error = new InputError('data.csv', 2, 'column "x\n::error::forged 100%\u001b[2J" not found');
    const { stderr, summary } = publish(error, ['audit', 'data.csv']);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]!.trimEnd()).not.toContain('\n');
    expect(stderr[0]).toContain('x%0A::error::forged 100%25\\u001b[2J');
    expect(summary).toContain('forged 100%\\u001b[2J');
    expect(summary).not.toContain('\u001b');
  });

  it('appends no summary to a file the run reads (GITHUB_STEP_SUMMARY pointed at the data), and none when it is unset', () => {
    writeFileSync(path.join(dir, 'data.csv'), 'g,d\nA,1\n');
    const error = new UsageError('--threads: expected auto or a whole number from 1 to 64, got "many"');
    const stderr: string[] = [];
    const io = { argv: ['audit', 'data.csv', '--threads', 'many'], cwd: dir, stdin: new PassThrough(), isStdoutTty: false, writeStdout: () => undefined, writeStderr: (t: string) => void stderr.push(t) };
    publishErrorToGithubActions(error, { ...io, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: path.join(dir, 'data.csv') } });
    expect(readFileSync(path.join(dir, 'data.csv'), 'utf8')).toBe('g,d\nA,1\n');
    expect(stderr).toEqual(['::error title=fairgate%3A usage error::--threads: expected auto or a whole number from 1 to 64, got "many"\n']);
    expect(publish(error, ['audit', 'data.csv'], { GITHUB_STEP_SUMMARY: '' }).summary).toBeUndefined();
  });

  it('does nothing outside GitHub Actions', () => {
    const { stderr, summary } = publish(new UsageError('x'), ['audit'], { GITHUB_ACTIONS: 'false' });
    expect(stderr).toEqual([]);
    expect(summary).toBeUndefined();
  });
});
