import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canMount } from '../catalogue/run-output-case.js';
import { snapshot } from '../helpers/dir-snapshot.js';
import { CLI, FIXED_EPOCH, runCli } from '../helpers/run-cli.js';

// Each kind of write error has its row in the README's catalogue (test/catalogue/output-cases.ts);
// these are what a row does not show: folders made and removed, earlier reports kept, every command.

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
  writeFileSync(path.join(dir, 'data.csv'), CSV);
  writeFileSync(path.join(dir, 'old.json'), '{"an earlier report": true}\n');
  return dir;
}

/** The CLI with standard output on /dev/full. */
function runOnFullDevice(args: readonly string[], cwd: string) {
  const full = openSync('/dev/full', 'w');
  try {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', full, 'pipe'], env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: FIXED_EPOCH }, encoding: 'utf8' });
    return { exitCode: r.status, stderr: r.stderr };
  } finally {
    closeSync(full);
  }
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
  it('missing folders are made for a report, and removed again when another output fails', () => {
    const dir = world();
    const ok = runCli([...AUDIT, '--quiet', '-o', 'new/deeper/r.json'], { cwd: dir });
    expect(ok.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'new/deeper/r.json'), 'utf8')).input.rowsRead).toBe(8000);
    rmSync(path.join(dir, 'new'), { recursive: true });
    const before = snapshot(dir);
    const run = runOnFullDevice([...AUDIT, '--format', 'json', '-o', 'made/for/it.json', '-o', 'old.json'], dir);
    expectCleanFailure(run, /^fairgate: standard output: no space left on the device \(ENOSPC\); no report file was written: /, dir, before);
  });

  it('standard output on /dev/full, for every command that writes to it', () => {
    const dir = world();
    const outcomes: [string[], string][] = [
      [['sql', '--dialect', 'postgres', '--table', 't', '-g', 'g', '--prediction', 'd'], 'no report file was written'],
      [['aggregate', 'data.csv', '-g', 'g', '--prediction', 'd'], 'no report file was written'],
      [['--help'], 'the output is incomplete'],
    ];
    for (const [command, outcome] of outcomes) {
      const other = runOnFullDevice(command, dir);
      expect(other.stderr, command[0]).toBe(`fairgate: standard output: no space left on the device (ENOSPC); ${outcome}: free some space, or write elsewhere\n`);
      expect(other.exitCode).toBe(2);
    }
  });

  it.runIf(canMount)('a disk that fills up (ENOSPC on a 64 KiB tmpfs): the earlier report at another -o stays as it was, by the same inode', () => {
    const dir = world();
    const disk = path.join(dir, 'small');
    mkdirSync(disk);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]);
    mounts.push(disk);
    const before = snapshot(dir);
    const run = runCli([...AUDIT, '--quiet', '-o', 'old.json', '-o', 'small/deeper/r.json'], { cwd: dir });
    expectCleanFailure(run, 'fairgate: -o small/deeper/r.json: no space left on the device (ENOSPC); no report file was written: free some space, or write elsewhere\n', dir, before);
  });
});

if (!canMount) console.log('write-errors.test.ts: skipped the ENOSPC test on a 64 KiB tmpfs: mounting needs root with CAP_SYS_ADMIN, as in CI');
