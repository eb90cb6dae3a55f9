import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, constants, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/dir-snapshot.js';
import { CLI, FIXED_EPOCH, runCli } from '../helpers/run-cli.js';

const isRoot = process.getuid?.() === 0;

/** Whether this process may mount (root with CAP_SYS_ADMIN, as in CI): tried once on a scratch folder. */
function mountsWork(): boolean {
  if (!isRoot) return false;
  const probe = mkdtempSync(path.join(tmpdir(), 'fairgate-mount-probe-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4k', 'tmpfs', probe]).status === 0;
  if (mounted) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return mounted;
}
const canMount = mountsWork();
const roots: string[] = [];
const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts.splice(0).reverse()) spawnSync('umount', [m]);
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** 400 groups: the JSON report is about 2.6 MB, more than a small disk or a pipe holds. */
const CSV = `g,d\n${Array.from({ length: 8000 }, (_, i) => `G${i % 400},${i % 3 === 0 ? 1 : 0}`).join('\n')}\n`;
const AUDIT = ['audit', 'data.csv', '-g', 'g', '--prediction', 'd', '--min-group-size', '1'];

function world(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-werr-'));
  roots.push(dir);
  chmodSync(dir, 0o755); // readable by the unprivileged user of the permission test
  writeFileSync(path.join(dir, 'data.csv'), CSV);
  writeFileSync(path.join(dir, 'old.json'), '{"an earlier report": true}\n');
  return dir;
}

/** The CLI with standard output on a given descriptor (a file, /dev/full, a pipe nobody reads), optionally as another user. */
function runWith(args: readonly string[], cwd: string, options: { stdout?: number; uid?: number } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: FIXED_EPOCH },
    encoding: 'utf8',
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  return { exitCode: r.status, stderr: r.stderr, stdout: r.stdout ?? '' };
}

/** The same run must fail on one line, exit 2, and leave the folder as it was (no report, no temporary, no folder made). */
function expectCleanFailure(run: { exitCode: number | null; stderr: string }, stderr: string | RegExp, dir: string, before: Map<string, string>) {
  if (typeof stderr === 'string') expect(run.stderr).toBe(stderr);
  else expect(run.stderr).toMatch(stderr);
  expect(run.stderr.split('\n')).toHaveLength(2);
  expect(run.exitCode).toBe(2);
  expect(snapshot(dir)).toEqual(before);
}

describe('every write error: one line naming the output and the cause, exit 2, and nothing left behind', () => {
  it('an output that is a directory, and one under a file: refused before the data is read', () => {
    const dir = world();
    mkdirSync(path.join(dir, 'reports.json'));
    const before = snapshot(dir);
    const asDir = runCli([...AUDIT, '-o', 'ok.html', '-o', 'reports.json'], { cwd: dir });
    expectCleanFailure(asDir, 'fairgate: -o reports.json: is a directory, not a file (EISDIR); no report file was written: give the path of a file, e.g. reports/report.json\n', dir, before);
    const underFile = runCli([...AUDIT, '-o', 'ok.html', '-o', 'data.csv/sub/r.json'], { cwd: dir });
    expectCleanFailure(underFile, 'fairgate: -o data.csv/sub/r.json: data.csv is a file, not a folder; no report file was written: give a path inside a folder\n', dir, before);
  });

  it('missing folders are made for a report, and removed again when another output fails', () => {
    const dir = world();
    const ok = runCli([...AUDIT, '--quiet', '-o', 'new/deeper/r.json'], { cwd: dir });
    expect(ok.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'new/deeper/r.json'), 'utf8')).input.rowsRead).toBe(8000);
    rmSync(path.join(dir, 'new'), { recursive: true });
    const before = snapshot(dir);
    const full = openSync('/dev/full', 'w');
    const run = runWith([...AUDIT, '--format', 'json', '-o', 'made/for/it.json', '-o', 'old.json'], dir, { stdout: full });
    closeSync(full);
    expectCleanFailure(run, /^fairgate: standard output: no space left on the device \(ENOSPC\); no report file was written: /, dir, before);
  });

  it('standard output on /dev/full: exit 2, and the -o reports are not put in place either', () => {
    const dir = world();
    const before = snapshot(dir);
    const full = openSync('/dev/full', 'w');
    const run = runWith([...AUDIT, '-o', 'r.html', '-o', 'old.json'], dir, { stdout: full });
    closeSync(full);
    expectCleanFailure(run, 'fairgate: standard output: no space left on the device (ENOSPC); no report file was written: free some space, or write elsewhere\n', dir, before);
    const outcomes: [string[], string][] = [
      [['sql', '--dialect', 'postgres', '--table', 't', '-g', 'g', '--prediction', 'd'], 'no report file was written'],
      [['aggregate', 'data.csv', '-g', 'g', '--prediction', 'd'], 'no report file was written'],
      [['--help'], 'the output is incomplete'],
    ];
    for (const [command, outcome] of outcomes) {
      const fd = openSync('/dev/full', 'w');
      const other = runWith(command, dir, { stdout: fd });
      closeSync(fd);
      expect(other.stderr, command[0]).toBe(`fairgate: standard output: no space left on the device (ENOSPC); ${outcome}: free some space, or write elsewhere\n`);
      expect(other.exitCode).toBe(2);
    }
  });

  it('standard output a pipe whose reader has gone (EPIPE): exit 2, one line, no report file', () => {
    const dir = world();
    const fifo = path.join(mkdtempSync(path.join(tmpdir(), 'fairgate-fifo-')), 'pipe');
    roots.push(path.dirname(fifo));
    execFileSync('mkfifo', [fifo]);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY);
    closeSync(reader); // the reader exits before fairgate writes: like `fairgate … | head -c1` when head is done first
    const before = snapshot(dir);
    const run = runWith([...AUDIT, '--format', 'json', '-o', 'r.md'], dir, { stdout: writer });
    closeSync(writer);
    expectCleanFailure(
      run,
      'fairgate: standard output: the program reading from the pipe closed it before everything was written (EPIPE); no report file was written: let the reader consume the whole output (e.g. instead of head, save the output to a file)\n',
      dir,
      before,
    );
  });

  it.runIf(canMount)('a disk that fills up while writing (ENOSPC on a 64 KiB tmpfs): no partial file on it, no other report beside the data', () => {
    const dir = world();
    const disk = path.join(dir, 'small');
    mkdirSync(disk);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]);
    mounts.push(disk);
    const before = snapshot(dir);
    const run = runCli([...AUDIT, '--quiet', '-o', 'r.html', '-o', 'small/r.json'], { cwd: dir });
    expectCleanFailure(run, 'fairgate: -o small/r.json: no space left on the device (ENOSPC); no report file was written: free some space, or write elsewhere\n', dir, before);
  });

  it.runIf(canMount)('a read-only file system (EROFS, a read-only bind mount): refused before the data is read', () => {
    const dir = world();
    const ro = path.join(dir, 'ro');
    mkdirSync(ro);
    execFileSync('mount', ['--bind', '-o', 'ro', ro, ro]);
    mounts.push(ro);
    const before = snapshot(dir);
    const run = runCli([...AUDIT, '-o', 'r.html', '-o', 'ro/r.json'], { cwd: dir });
    expectCleanFailure(run, 'fairgate: -o ro/r.json: the file system is read-only (EROFS); no report file was written: choose a folder on a writable disk\n', dir, before);
  });

  it('permission denied (EACCES): a folder the user may not write to (as root, the run is made as user nobody)', () => {
    const dir = world();
    mkdirSync(path.join(dir, 'locked'), { mode: 0o555 });
    chmodSync(path.join(dir, 'locked'), 0o555);
    const before = snapshot(dir);
    const run = runWith([...AUDIT, '-o', 'locked/r.json'], dir, isRoot ? { uid: 65534 } : {});
    expectCleanFailure(run, 'fairgate: -o locked/r.json: permission denied (EACCES); no report file was written: choose a folder you can write to\n', dir, before);
  });
});

if (!canMount) {
  console.log('write-errors.test.ts: skipped the ENOSPC (64 KiB tmpfs) and EROFS (read-only bind mount) tests: mounting needs root with CAP_SYS_ADMIN, as in CI');
}
