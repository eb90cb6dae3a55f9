import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CasePath } from './case.js';

/**
 * Outputs, standard output, the environment and signals, as catalogue rows.
 * Each runs in a scratch folder holding `data.csv` (good rows; every other
 * input is made by `setup`), with a private TMPDIR; the runner
 * (run-output-case.ts) checks standard error exactly, the exit code, and that
 * the folder and TMPDIR are exactly as before the run: no report, temporary,
 * folder or copy of the input left behind, no input changed.
 */
export interface OutputCase {
  input: string;
  args: readonly string[];
  setup?: (dir: string) => void;
  /** standard input from a file of the folder; standard output appended to one, or /dev/full, or a pipe whose reader is gone */
  stdin?: string;
  stdout?: { append: string } | 'dev-full' | 'closed-pipe';
  env?: Readonly<Record<string, string>>;
  /** sent once the CLI has read more of standard input than a pipe holds (standard input is fed and kept open) */
  signal?: 'SIGINT' | 'SIGTERM' | 'SIGHUP';
  /** root with mounting allowed (a tmpfs or a read-only bind mount); elsewhere the row is skipped with a printed reason */
  needsMount?: 'tmpfs-64k' | 'read-only';
  /** run as an unprivileged user (as root: uid 65534), so that file permissions hold */
  isUnprivileged?: boolean;
  stderr: string;
  exit: number;
  paths: readonly CasePath[];
}

const G = ['-g', 'gender', '--prediction', 'targeted'] as const;
const audit = (...rest: string[]) => ['audit', 'data.csv', ...G, ...rest];
const DESTROY = 'writing there would destroy an input, so nothing was read or written';
const NONE = 'no report file was written';
const FILE = ['file'] as const;
const STDIN = ['stdin'] as const;
/** A report of about 1.6 MB (400 groups), far more than a 64 KiB disk or a pipe holds. */
export const MANY_GROUPS = `gender,targeted\n${Array.from({ length: 8000 }, (_, i) => `G${i % 400},${i % 3 === 0 ? 1 : 0}`).join('\n')}\n`;

/** Every row: exit 2 with one line, or the exit code of a signal. */
export const OUTPUT_CASES: readonly OutputCase[] = [
  { input: '-o the input data file', args: audit('-o', 'data.csv'), stderr: `fairgate: -o data.csv is the input data file: ${DESTROY}; give -o another path\n`, exit: 2, paths: FILE },
  {
    input: '-o a symbolic link to the data file',
    args: audit('-o', 'latest.csv'),
    setup: (dir) => symlinkSync('data.csv', path.join(dir, 'latest.csv')),
    stderr: `fairgate: -o latest.csv is the input data file data.csv (the same file through a symbolic link): ${DESTROY}; give -o another path\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: '-o a hard link to the data file (as the second -o)',
    args: audit('-o', 'r.html', '-o', 'copy.csv'),
    setup: (dir) => linkSync(path.join(dir, 'data.csv'), path.join(dir, 'copy.csv')),
    stderr: `fairgate: -o copy.csv is the input data file data.csv (the same file through a hard link): ${DESTROY}; give -o another path\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: '-o the config file',
    args: audit('-c', 'fairgate.json', '-o', 'fairgate.json'),
    setup: (dir) => writeFileSync(path.join(dir, 'fairgate.json'), '{"minGroupSize": 1}\n'),
    stderr: `fairgate: -o fairgate.json is the config file: ${DESTROY}; give -o another path\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: '-o the baseline report (to update it, write elsewhere and move the file once accepted)',
    args: audit('--baseline', 'last.json', '-o', 'last.json'),
    setup: (dir) => writeFileSync(path.join(dir, 'last.json'), '{}\n'),
    stderr: `fairgate: -o last.json is the baseline report (--baseline): ${DESTROY}; give -o another path\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: '-o an aggregate file being judged',
    args: ['audit', '--from-aggregates', 'shard1.json', 'shard2.json', '-o', 'shard2.json'],
    setup: (dir) => ['shard1.json', 'shard2.json'].forEach((f) => writeFileSync(path.join(dir, f), '{}\n')),
    stderr: `fairgate: -o shard2.json is an aggregate file (--from-aggregates): ${DESTROY}; give -o another path\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: '-o the file given on standard input (< data.csv)',
    args: ['audit', '-', ...G, '-o', 'data.csv'],
    stdin: 'data.csv',
    stderr: `fairgate: -o data.csv is the file on standard input (the data being audited): ${DESTROY}; give -o another path\n`,
    exit: 2,
    paths: STDIN,
  },
  {
    input: 'standard output appended to the data file (>> data.csv)',
    args: audit(),
    stdout: { append: 'data.csv' },
    stderr: `fairgate: standard output is the input data file data.csv: ${DESTROY}; send standard output to another file (a shell's > empties the file before fairgate starts: check that it still holds what it should)\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: 'GITHUB_STEP_SUMMARY naming the data file (under GitHub Actions; the error is annotated, and not appended to the data)',
    args: audit(),
    env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: 'data.csv' },
    stderr:
      `fairgate: GITHUB_STEP_SUMMARY (data.csv) is the input data file: ${DESTROY}; point GITHUB_STEP_SUMMARY at another file\n` +
      `::error title=fairgate%3A output error::GITHUB_STEP_SUMMARY (data.csv) is the input data file: ${DESTROY}; point GITHUB_STEP_SUMMARY at another file\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: 'two -o naming one file',
    args: audit('-o', 'out/r.json', '-o', 'out/../out/r.json'),
    stderr: 'fairgate: -o out/r.json and -o out/../out/r.json are the same file: one output would replace the other, so nothing was read or written; give each output its own path\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: '-o a directory',
    args: audit('-o', 'r.html', '-o', 'reports.json'),
    setup: (dir) => mkdirSync(path.join(dir, 'reports.json')),
    stderr: `fairgate: -o reports.json: is a directory, not a file (EISDIR); ${NONE}: give the path of a file, not of a folder\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: '-o under a file (a folder that is a file)',
    args: audit('-o', 'data.csv/report.json'),
    stderr: `fairgate: -o data.csv/report.json: data.csv is a file, not a folder; ${NONE}: give a path inside a folder\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: '-o in a folder without write permission',
    args: audit('-o', 'r.html', '-o', 'locked/r.json'),
    setup: (dir) => mkdirSync(path.join(dir, 'locked'), { mode: 0o555 }),
    isUnprivileged: true,
    stderr: `fairgate: -o locked/r.json: permission denied (EACCES); ${NONE}: choose a folder you can write to\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: '-o on a read-only file system',
    args: audit('-o', 'r.html', '-o', 'mnt/r.json'),
    needsMount: 'read-only',
    stderr: `fairgate: -o mnt/r.json: the file system is read-only (EROFS); ${NONE}: choose a folder on a writable disk\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: '-o on a disk that fills up while the report is written (a 64 KiB tmpfs; the other report is not left either)',
    args: audit('--min-group-size', '1', '--quiet', '-o', 'r.html', '-o', 'mnt/r.json'),
    setup: (dir) => writeFileSync(path.join(dir, 'data.csv'), MANY_GROUPS),
    needsMount: 'tmpfs-64k',
    stderr: `fairgate: -o mnt/r.json: no space left on the device (ENOSPC); ${NONE}: free some space, or write elsewhere\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: 'standard output on a full device (> /dev/full; -o reports are not put in place either)',
    args: audit('-o', 'r.html'),
    stdout: 'dev-full',
    stderr: `fairgate: standard output: no space left on the device (ENOSPC); ${NONE}: free some space, or write elsewhere\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: 'standard output a pipe whose reader has exited (EPIPE, e.g. | head -c1)',
    args: audit('--format', 'json', '-o', 'r.html'),
    stdout: 'closed-pipe',
    stderr: `fairgate: standard output: the program reading from the pipe closed it before everything was written (EPIPE); ${NONE}: let the reader consume the whole output (e.g. instead of head, save the output to a file)\n`,
    exit: 2,
    paths: FILE,
  },
  ...(['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal, i) => ({
    input: `${signal} while reading standard input${i === 0 ? ' (any phase: see test/e2e/signals.test.ts)' : ''}`,
    args: ['audit', '-', '-g', 'gender', '--score', 'score', '--top-k', '10', '-o', 'out/r.json'],
    signal,
    stderr: `fairgate: stopped by ${signal}\n`,
    exit: { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }[signal],
    paths: STDIN,
  })),
];
