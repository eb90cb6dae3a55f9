import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, constants, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { snapshot } from '../helpers/dir-snapshot.js';
import { CLI, FIXED_EPOCH } from '../helpers/run-cli.js';
import { startCli } from '../helpers/spawn-cli.js';
import { HEADER, ROWS } from './case.js';
import type { OutputCase } from './output-cases.js';

const isRoot = process.getuid?.() === 0;

/** Whether this process may mount (root with CAP_SYS_ADMIN, as in CI): tried once on a scratch folder. */
function mountsWork(): boolean {
  if (!isRoot) return false;
  const probe = mkdtempSync(path.join(tmpdir(), 'fairgate-mount-probe-'));
  const isMounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4k', 'tmpfs', probe]).status === 0;
  if (isMounted) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return isMounted;
}
export const canMount = mountsWork();

/** Enough rows with scores that feeding them fills more than a pipe holds. */
const LONG_INPUT = Buffer.from(`${HEADER}\n${Array.from({ length: 12_000 }, (_, i) => ROWS[i % ROWS.length]).join('\n')}\n`);

/** The file descriptor standard output goes to, and how to close it after the run. */
function stdoutFor(c: OutputCase, dir: string): number | 'pipe' {
  if (c.stdout === undefined) return 'pipe';
  if (c.stdout === 'dev-full') return openSync('/dev/full', 'w');
  if (c.stdout !== 'closed-pipe') return openSync(path.join(dir, c.stdout.append), 'a');
  const fifo = path.join(mkdtempSync(path.join(tmpdir(), 'fairgate-fifo-')), 'pipe');
  execFileSync('mkfifo', [fifo]);
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(fifo, constants.O_WRONLY);
  closeSync(reader); // gone before fairgate writes
  rmSync(path.dirname(fifo), { recursive: true });
  return writer;
}

function mount(c: OutputCase, dir: string): string | undefined {
  if (!c.needsMount) return undefined;
  const at = path.join(dir, 'mnt');
  mkdirSync(at);
  if (c.needsMount === 'tmpfs-64k') execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', at]);
  else execFileSync('mount', ['--bind', '-o', 'ro', at, at]);
  return at;
}

/**
 * Runs one output row through the built CLI in a scratch folder (0755, so an
 * unprivileged run can read it) with a private TMPDIR, and checks standard
 * error exactly, the exit code, and that the folder — inodes included — and
 * TMPDIR are exactly as before.
 */
export async function checkOutputCase(c: OutputCase): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'fairgate-outcat-'));
  const dir = path.join(root, 'work');
  const tmp = path.join(root, 'tmp');
  mkdirSync(dir);
  mkdirSync(tmp);
  chmodSync(root, 0o755);
  let mounted: string | undefined;
  try {
    writeFileSync(path.join(dir, 'data.csv'), [HEADER, ...ROWS, ''].join('\n'));
    if (c.isUnprivileged) chmodSync(dir, 0o777); // only the folder the row makes read-only stops the unprivileged user
    c.setup?.(dir);
    mounted = mount(c, dir);
    const before = snapshot(dir);
    const env = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: FIXED_EPOCH, TMPDIR: tmp, GITHUB_ACTIONS: '', ...c.env };
    let run: { code: number | null; stderr: string };
    if (c.signal) {
      const running = startCli(c.args, { cwd: dir, env: { TMPDIR: tmp, ...c.env } });
      await running.feed(LONG_INPUT); // taken (but for what a pipe holds): the CLI is reading standard input
      running.child.kill(c.signal);
      run = { code: (await running.exited).code, stderr: running.stderr() };
    } else {
      const stdin = c.stdin ? openSync(path.join(dir, c.stdin), 'r') : 'ignore';
      const stdout = stdoutFor(c, dir);
      const uid = c.isUnprivileged && isRoot ? { uid: 65534, gid: 65534 } : {};
      const r = spawnSync(process.execPath, [CLI, ...c.args], { cwd: dir, env, stdio: [stdin, stdout, 'pipe'], encoding: 'utf8', ...uid });
      for (const fd of [stdin, stdout]) if (typeof fd === 'number') closeSync(fd);
      run = { code: r.status, stderr: r.stderr };
    }
    expect(run.stderr).toBe(c.stderr);
    expect(run.code).toBe(c.exit);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(tmp)).toEqual([]);
  } finally {
    if (mounted) spawnSync('umount', [mounted]);
    rmSync(root, { recursive: true, force: true });
  }
}
