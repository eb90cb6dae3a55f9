import { spawnSync } from 'node:child_process';
import { closeSync, linkSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/dir-snapshot.js';
import { CLI, FIXED_EPOCH } from '../helpers/run-cli.js';

const roots: string[] = [];
afterAll(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Every input is broken in its own way (a row with too many fields, a config
 * that is not YAML, a baseline and an aggregate that are not JSON): had any
 * been read before the check, its own error would show instead.
 */
function world(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-collide-'));
  roots.push(dir);
  writeFileSync(path.join(dir, 'data.csv'), 'g,d\nA,1\nB,0,extra\n');
  writeFileSync(path.join(dir, 'cfg.yaml'), 'groups: [g\n');
  writeFileSync(path.join(dir, 'cfg.json'), '{"groups": ');
  writeFileSync(path.join(dir, 'old.json'), 'not json');
  writeFileSync(path.join(dir, 'agg.json'), 'not json');
  symlinkSync('data.csv', path.join(dir, 'link.csv'));
  linkSync(path.join(dir, 'data.csv'), path.join(dir, 'hard.csv'));
  return dir;
}

function run(args: readonly string[], cwd: string, options: { stdin?: string; stdout?: string; env?: Record<string, string> } = {}) {
  const stdin = options.stdin ? openSync(path.join(cwd, options.stdin), 'r') : 'pipe';
  const stdout = options.stdout ? openSync(path.join(cwd, options.stdout), 'a') : 'pipe';
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, stdio: [stdin, stdout, 'pipe'], env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: FIXED_EPOCH, ...options.env }, encoding: 'utf8' });
  for (const fd of [stdin, stdout]) if (typeof fd === 'number') closeSync(fd);
  return { exitCode: r.status, stderr: r.stderr };
}

const G = ['-g', 'g', '--prediction', 'd'];
const DESTROY = 'writing there would destroy an input, so nothing was read or written';

type Case = [what: string, args: string[], stderr: string, options?: Parameters<typeof run>[2]];
const CASES: Case[] = [
  // the audit's rows (data, links, baseline, aggregates, standard input and output, the job summary, two -o) are in the README's catalogue: test/catalogue/output-cases.ts
  ['audit -o a hard link to the data file, as a second -o', ['audit', 'data.csv', ...G, '-o', 'r.html', '-o', 'hard.csv'], `-o hard.csv is the input data file data.csv (the same file through a hard link): ${DESTROY}; give -o another path`],
  ['audit -o the file standard output goes to', ['audit', 'data.csv', ...G, '-o', 'r.json'], '-o r.json and standard output are the same file: one output would replace the other, so nothing was read or written; give each output its own path', { stdout: 'r.json' }],
  ['aggregate -o the data file', ['aggregate', 'data.csv', ...G, '-o', 'data.csv'], `-o data.csv is the input data file: ${DESTROY}; give -o another path`],
  ['aggregate -o the file on standard input', ['aggregate', '-', ...G, '-o', 'link.csv'], `-o link.csv is the file on standard input (the data being audited): ${DESTROY}; give -o another path`, { stdin: 'data.csv' }],
  ['sql -o the config file', ['sql', '--dialect', 'postgres', '--table', 't', '-c', 'cfg.yaml', '-o', 'cfg.yaml'], `-o cfg.yaml is the config file: ${DESTROY}; give -o another path`],
  ['sql with standard output appended to its config file', ['sql', '--dialect', 'postgres', '--table', 't', '-c', 'cfg.yaml'], `standard output is the config file cfg.yaml: ${DESTROY}; send standard output to another file (a shell's > empties the file before fairgate starts: check that it still holds what it should)`, { stdout: 'cfg.yaml' }],
  ['init -o the CSV it reads, with --force', ['init', 'data.csv', '-o', 'data.csv', '--force'], `-o data.csv is the input data file: ${DESTROY}; give -o another path`],
  ['init -o a symbolic link to the CSV it reads, without --force (not "use --force")', ['init', 'data.csv', '-o', 'link.csv'], `-o link.csv is the input data file data.csv (the same file through a symbolic link): ${DESTROY}; give -o another path`],
];

describe('no output may be a file the run reads, or another output: refused before anything is read, every file left as it was', () => {
  it.each(CASES)('%s', (_what, args, stderr, options) => {
    const dir = world();
    if (options?.stdout === 'r.json') writeFileSync(path.join(dir, 'r.json'), 'earlier\n');
    const before = snapshot(dir);
    const r = run(args, dir, options);
    expect(r.stderr).toBe(`fairgate: ${stderr}\n`);
    expect(r.exitCode).toBe(2);
    expect(snapshot(dir)).toEqual(before);
  });

  it('the data through ./ and ../, and the config by its own name, are caught the same way', () => {
    const dir = world();
    const before = snapshot(dir);
    const name = path.basename(dir);
    const dotted = run(['audit', 'data.csv', ...G, '-o', `./../${name}/./data.csv`], dir);
    expect(dotted.stderr).toBe(`fairgate: -o ./../${name}/./data.csv is the input data file data.csv: ${DESTROY}; give -o another path\n`);
    writeFileSync(path.join(dir, 'fairgate.config.json'), '{"groups": ');
    const located = snapshot(dir);
    const config = run(['audit', 'data.csv', ...G, '-o', 'fairgate.config.json'], dir);
    expect(config.stderr).toBe(`fairgate: -o fairgate.config.json is the config file: ${DESTROY}; give -o another path\n`);
    const explicit = run(['audit', 'data.csv', ...G, '-c', 'cfg.json', '-o', 'r.md', '-o', './cfg.json'], dir);
    expect(explicit.stderr).toBe(`fairgate: -o ./cfg.json is the config file cfg.json: ${DESTROY}; give -o another path\n`);
    expect([dotted.exitCode, config.exitCode, explicit.exitCode]).toEqual([2, 2, 2]);
    expect(snapshot(dir)).toEqual(located);
    located.delete('fairgate.config.json');
    expect(located).toEqual(before);
  });
});
