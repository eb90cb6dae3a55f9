import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-inpath-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, 'data.csv'), 'g,d\nA,1\nB,0\n');
symlinkSync('loop2', path.join(dir, 'loop1'));
symlinkSync('loop1', path.join(dir, 'loop2'));

/** Paths the system refuses to open, found by test/fuzz/cli-args.test.ts as "internal error" with a stack. */
describe('an input path the system refuses is one line naming it, on every path into the reader', () => {
  const long = 'a'.repeat(300);
  it.each([
    [['audit', 'data.csv/x'], 'data.csv/x: a part of the path is a file, not a folder; check the path'],
    [['audit', 'loop1'], 'loop1: the path has a loop of symbolic links; check the path'],
    [['audit', long, '--threads', '2'], `${long}: a name in the path is too long; check the path`],
    [['aggregate', 'loop1'], 'loop1: the path has a loop of symbolic links; check the path'],
    [['audit', 'data.csv', '--baseline', '.'], '.: --baseline: is a directory; give a baseline report'],
  ])('%j', (args, message) => {
    const run = runCli([...args, '-g', 'g', '--prediction', 'd'], { cwd: dir });
    expect(run.stderr).toBe(`fairgate: ${message}\n`);
    expect(run.exitCode).toBe(2);
  });
});
