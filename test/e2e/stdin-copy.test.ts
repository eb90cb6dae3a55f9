import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-stdin-copy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Enough rows that two worker threads each get a range. */
const CSV = `g,s,y\n${Array.from({ length: 40_000 }, (_, i) => `${'ABC'[i % 3]},${((i * 7919) % 10007) / 10007},${(i * 31) % 7 < 3 ? 1 : 0}`).join('\n')}\n`;
const ARGS = ['-g', 'g', '--score', 's', '--label', 'y', '--top-k', '4000', '--format', 'json'];

/** The report without what names the bytes read and the command line. */
function content(stdout: string): unknown {
  const { input, command: _c, ...rest } = JSON.parse(stdout) as { input: Record<string, unknown>; command: unknown };
  const { file: _f, ...inputRest } = input;
  return { ...rest, input: inputRest };
}

describe('the nameless copy of standard input (two passes of a score cut-off)', () => {
  it('is read by worker threads too (through /proc/self/fd): the report of the same file, and TMPDIR stays empty', () => {
    writeFileSync(path.join(dir, 'data.csv'), CSV);
    const spool = mkdtempSync(path.join(tmpdir(), 'fairgate-stdin-tmp-'));
    try {
      const fromFile = runCli(['audit', 'data.csv', ...ARGS, '--threads', '1'], { cwd: dir });
      const fromStdin = runCli(['audit', '-', ...ARGS, '--threads', '2'], { cwd: dir, input: CSV, env: { TMPDIR: spool } });
      expect(fromStdin.stderr).toBe('');
      expect(fromStdin.exitCode).toBe(fromFile.exitCode);
      expect(content(fromStdin.stdout)).toEqual(content(fromFile.stdout));
      expect(JSON.parse(fromStdin.stdout).selection).toMatchObject({ method: 'top-k', k: 4000, rows: 40_000 });
      expect(readdirSync(spool)).toEqual([]);
    } finally {
      rmSync(spool, { recursive: true, force: true });
    }
  });
});
