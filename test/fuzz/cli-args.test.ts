import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { leftovers } from '../helpers/dir-snapshot.js';
import { runCli } from '../helpers/run-cli.js';

const roots: string[] = [];
afterAll(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const DATA = 'g,d,y,s\nA,1,1,0.3\nB,0,0,0.6\nA,0,1,0.2\nB,1,0,0.9\n';

/**
 * A fresh working folder six levels down a scratch folder (a generated path
 * climbs at most five, so nothing is ever written outside it): the data, a
 * folder, a plain file, links (one dangling), a private TMPDIR.
 */
function world(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'fairgate-fuzz-args-'));
  roots.push(root);
  const dir = path.join(root, '1/2/3/4/5/6');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'data.csv'), DATA);
  mkdirSync(path.join(dir, 'folder'));
  mkdirSync(path.join(dir, 'tmp'));
  writeFileSync(path.join(dir, 'file'), 'a plain file');
  symlinkSync('data.csv', path.join(dir, 'link.csv'));
  symlinkSync('nowhere/r.json', path.join(dir, 'dangling.json'));
  return dir;
}

/** Path segments that meet the file system's corners: links, files as folders, dots, long and odd names. */
const SEGMENTS = ['.', '..', 'folder', 'file', 'data.csv', 'link.csv', 'dangling.json', 'new', 'tmp', 'a'.repeat(300), ' ', '-', '~', 'ü', 'a\u202eb', '*', '$HOME', 'r.json', 'r.html', 'r.xml', 'r.csv', 'r.md', 'r.txt', 'R.JSON', 'r', 'r.', '.json'];
/** A path; `ABS/` stands for the working folder's absolute path (see `inWorld`). */
const pathArb = fc
  .tuple(fc.constantFrom('', 'ABS/', './', '../'), fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 4 }))
  .map(([start, parts]) => `${start}${parts.join('/')}`);
const inWorld = (value: string, dir: string) => (value.startsWith('ABS/') ? `${dir}/${value.slice(4)}` : value);
/** Any text an argument or variable can hold (no NUL, which neither can); never an absolute path, which could reach outside the scratch folder. */
const textArb = fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.replace(/\0/g, '').replace(/^\//, './'));
const numberArb = fc.constantFrom('0', '-1', '1', '2', '3', '0.5', '1e309', 'NaN', '-0', '1e-320', '99999999999999999999', '64', '65', 'auto', '');
const valueArb = fc.oneof(pathArb, textArb, numberArb, fc.constantFrom('g', 'd', 'y', 's', 'g+g', 'g,s', 'disparate_impact>=0.8', 'A', '-', 'json', 'postgres'));

const FLAGS = [
  '-c', '-g', '--prediction', '--score', '--threshold', '--top-k', '--top-percent', '--label', '--rank', '--list', '--k', '--prediction-positive', '--label-positive',
  '--reference', '--rule', '--preset', '--baseline', '--min-group-size', '--bins', '--confidence', '--alpha', '--min-denominator', '--bootstrap', '--bootstrap-seed',
  '--suppress-below', '--strict', '--missing', '--format', '-o', '--fail-on', '--threads', '--from-aggregates', '--quiet', '--no-color', '--no-progress', '--dialect',
  '--table', '--force', '--grup', '--', '-',
];
/** Commands that run as given, so that added flags reach the checks behind the parser. */
const VALID: readonly (readonly string[])[] = [
  ['audit', 'data.csv', '-g', 'g', '--prediction', 'd', '--label', 'y'],
  ['audit', '-', '-g', 'g', '--score', 's', '--top-k', '1'],
  ['aggregate', 'data.csv', '-g', 'g', '--prediction', 'd'],
  ['sql', '--dialect', 'postgres', '--table', 't', '-g', 'g', '--prediction', 'd'],
  ['init', 'data.csv', '-o', 'new.yaml'],
];
const argvArb = fc.oneof(
  fc
    .tuple(fc.constantFrom('audit', 'aggregate', 'sql', 'init', 'explain', 'help', 'audti', ''), fc.array(fc.oneof(fc.constantFrom(...FLAGS), valueArb), { maxLength: 10 }))
    .map(([command, rest]) => [command, ...rest]),
  fc
    .tuple(fc.constantFrom(...VALID), fc.array(fc.tuple(fc.constantFrom(...FLAGS), valueArb), { minLength: 1, maxLength: 3 }))
    .map(([base, extra]) => [...base, ...extra.flat()]),
);

/** Each case is a process: far longer than the default limit on a busy machine (the runs are few, not slow). */
const PROCESSES = 300_000;

/** What every run must give, whatever it was asked: a known exit code, no stack trace, and no temporary left behind. */
function expectSane(run: { exitCode: number; stderr: string }, dir: string): void {
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  expect([0, 1, 2, 3]).toContain(run.exitCode);
  // an error starts with "fairgate: "; a bare command or help for an unknown one prints its usage instead
  if (run.exitCode === 2) expect(run.stderr).toMatch(/^(fairgate: |Usage: fairgate )/);
  expect(leftovers(path.resolve(dir, '../../../../../..'))).toEqual([]);
}

describe('fuzz: argument lists, output paths and environment variables never reach "internal error"', () => {
  it('arbitrary argument lists (commands, flags, values, paths)', () => {
    fc.assert(
      fc.property(argvArb, (argv) => {
        const dir = world();
        expectSane(runCli(argv.map((a) => inWorld(a, dir)), { cwd: dir, input: DATA, env: { TMPDIR: path.join(dir, 'tmp') } }), dir);
      }),
      { numRuns: 25 },
    );
  }, PROCESSES);

  it('arbitrary output paths: a report where asked, or one line and exit 2 with nothing written; the data is never touched', () => {
    fc.assert(
      fc.property(fc.array(pathArb, { minLength: 1, maxLength: 3 }), (outputs) => {
        const dir = world();
        const paths = outputs.map((o) => inWorld(o, dir));
        const run = runCli(['audit', 'data.csv', '-g', 'g', '--prediction', 'd', '--quiet', ...paths.flatMap((o) => ['-o', o])], { cwd: dir });
        expectSane(run, dir);
        expect(readFileSync(path.join(dir, 'data.csv'), 'utf8')).toBe(DATA);
        if (run.exitCode === 2) expect(run.stderr.split('\n')).toHaveLength(2);
        else for (const o of paths) expect(readFileSync(path.resolve(dir, o), 'utf8').length).toBeGreaterThan(0);
      }),
      { numRuns: 20 },
    );
  }, PROCESSES);

  it('arbitrary input paths, for the data and every side file: a report, or one line and exit 2', () => {
    const useArb = fc.constantFrom<(p: string) => string[]>(
      (p) => ['audit', p, '-g', 'g', '--prediction', 'd'],
      (p) => ['audit', p, '-g', 'g', '--score', 's', '--top-k', '1', '--threads', '2'],
      (p) => ['aggregate', p, '-g', 'g', '--prediction', 'd'],
      (p) => ['init', p, '-o', 'new.yaml'],
      (p) => ['audit', 'data.csv', '-g', 'g', '--prediction', 'd', '-c', p],
      (p) => ['audit', 'data.csv', '-g', 'g', '--prediction', 'd', '--baseline', p],
      (p) => ['audit', '--from-aggregates', p],
    );
    fc.assert(
      fc.property(useArb, pathArb, (use, p) => {
        const dir = world();
        const run = runCli(use(inWorld(p, dir)), { cwd: dir });
        expectSane(run, dir);
        expect(readFileSync(path.join(dir, 'data.csv'), 'utf8')).toBe(DATA);
      }),
      { numRuns: 20 },
    );
  }, PROCESSES);

  it('arbitrary values of the variables fairgate reads (SOURCE_DATE_EPOCH, NO_COLOR, FORCE_COLOR, GITHUB_ACTIONS, GITHUB_STEP_SUMMARY, TMPDIR)', () => {
    const envArb = fc.record(
      {
        SOURCE_DATE_EPOCH: fc.oneof(numberArb, textArb, fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String)),
        NO_COLOR: textArb,
        FORCE_COLOR: fc.oneof(numberArb, textArb),
        GITHUB_ACTIONS: fc.oneof(fc.constant('true'), textArb),
        GITHUB_STEP_SUMMARY: fc.oneof(pathArb, textArb),
        TMPDIR: fc.oneof(pathArb, textArb),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(envArb, fc.boolean(), (env, isTopK) => {
        const dir = world();
        const decision = isTopK ? ['--score', 's', '--top-k', '1'] : ['--prediction', 'd'];
        const inside = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, inWorld(v, dir)]));
        const run = runCli(['audit', '-', '-g', 'g', ...decision, '-o', 'out/r.json'], { cwd: dir, input: DATA, env: { TMPDIR: path.join(dir, 'tmp'), ...inside } });
        expectSane(run, dir);
        // the input is standard input: a step summary the variable points at data.csv is appended to, as asked
        if (!isSameFile(path.resolve(dir, inside.GITHUB_STEP_SUMMARY ?? ''), path.join(dir, 'data.csv'))) expect(readFileSync(path.join(dir, 'data.csv'), 'utf8')).toBe(DATA);
      }),
      { numRuns: 20 },
    );
  }, PROCESSES);
});

/** Whether two paths name one file (through symbolic links); false when either does not exist. */
function isSameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
