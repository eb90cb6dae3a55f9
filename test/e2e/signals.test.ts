import { mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { leftovers, snapshot } from '../helpers/dir-snapshot.js';
import { markerSays, startCli, waitUntil, type Running } from '../helpers/spawn-cli.js';

const EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
type Signal = keyof typeof EXIT_CODES;

const roots: string[] = [];
afterEach(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A run's world: its working folder (data and reports), a private TMPDIR, and a marker file outside both. */
function world() {
  const root = mkdtempSync(path.join(tmpdir(), 'fairgate-signal-'));
  roots.push(root);
  const dirs = { work: path.join(root, 'work'), tmp: path.join(root, 'tmp'), marker: path.join(root, 'marker') };
  mkdirSync(dirs.work);
  mkdirSync(dirs.tmp);
  return dirs;
}

/** 400 groups, so the JSON report (about 2.6 MB) is far larger than a pipe holds. */
function rows(n: number): string {
  const lines = ['g,s,y,d'];
  for (let i = 0; i < n; i++) lines.push(`G${i % 400},${((i * 7919) % 10000) / 10000},${i % 2},${(i % 3) % 2}`);
  return `${lines.join('\n')}\n`;
}
const CSV = rows(20000);
const SCORED = ['-g', 'g', '--label', 'y', '--score', 's', '--min-group-size', '1', '--threads', '1'];
const OUTPUTS = ['-o', 'out/report.json', '-o', 'out/deep/report.html', '-o', 'report.csv'];

/** After the signal: its exit code, one line on standard error, and nothing left in TMPDIR or beside the outputs but the inputs. */
async function expectCleanStop(run: Running, signal: Signal, w: ReturnType<typeof world>, inputs: Map<string, string>): Promise<void> {
  run.child.kill(signal);
  const { code, signal: killedBy } = await run.exited;
  expect({ code, killedBy }).toEqual({ code: EXIT_CODES[signal], killedBy: null });
  expect(run.stderr()).toBe(`fairgate: stopped by ${signal}\n`);
  expect(readdirSync(w.tmp)).toEqual([]);
  expect(snapshot(w.work)).toEqual(inputs);
}

describe('a signal at any moment leaves nothing behind: no temporary, no copy of the input, no half-written report', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s while reading standard input', async (signal) => {
    const w = world();
    const run = startCli(['audit', '-', ...SCORED, '--prediction', 'd', ...OUTPUTS], { cwd: w.work, env: { TMPDIR: w.tmp } });
    await run.feed(Buffer.from(CSV.slice(0, 300_000))); // more than a pipe holds: the CLI is reading it
    await expectCleanStop(run, signal, w, new Map());
  });

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s while standard input is copied for the two passes of --top-k: the copy never had a name anyone could find', async (signal) => {
    const w = world();
    const run = startCli(['audit', '-', ...SCORED, '--top-k', '100', ...OUTPUTS], { cwd: w.work, env: { TMPDIR: w.tmp } });
    await run.feed(Buffer.from(CSV.slice(0, 300_000)));
    // while it copies: nothing in TMPDIR, and the copy is a file without a name (no link left), readable by its owner only
    expect(readdirSync(w.tmp)).toEqual([]);
    const fds = path.join('/proc', String(run.child.pid), 'fd');
    const target = (fd: string) => {
      try {
        return readlinkSync(fd);
      } catch {
        return ''; // closed meanwhile
      }
    };
    const copy = readdirSync(fds).map((fd) => path.join(fds, fd)).filter((fd) => /fairgate-stdin-[^/]+\/input\.csv \(deleted\)$/.test(target(fd)));
    expect(copy).toHaveLength(1);
    const s = statSync(copy[0]!);
    expect({ mode: s.mode & 0o777, links: s.nlink, startsPath: readlinkSync(copy[0]!).startsWith(w.tmp) }).toEqual({ mode: 0o600, links: 0, startsPath: true });
    await expectCleanStop(run, signal, w, new Map());
  });

  it('SIGTERM in pass 2 of --top-k on standard input (reading the copy again)', async () => {
    const w = world();
    const run = startCli(['audit', '-', ...SCORED, '--top-k', '100', ...OUTPUTS], { cwd: w.work, env: { TMPDIR: w.tmp }, hold: 'open:/proc/self/fd/:4', marker: w.marker });
    await run.feed(Buffer.from(CSV));
    run.endInput();
    await waitUntil(markerSays(w.marker, 'held at open #4'), 'pass 2 opened the copy', run);
    await expectCleanStop(run, 'SIGTERM', w, new Map());
  });

  it('SIGINT while reading a data file, and in pass 2 of --top-k on it: the data file is untouched', async () => {
    for (const [hold, extra] of [['open:data.csv:2', ['--prediction', 'd']], ['open:data.csv:4', ['--top-k', '100']]] as const) {
      const w = world();
      writeFileSync(path.join(w.work, 'data.csv'), CSV);
      const inputs = snapshot(w.work);
      const run = startCli(['audit', 'data.csv', ...SCORED, ...extra, ...OUTPUTS], { cwd: w.work, env: { TMPDIR: w.tmp }, hold, marker: w.marker });
      await waitUntil(markerSays(w.marker, 'held at open'), `it opened data.csv (${hold})`, run);
      await expectCleanStop(run, 'SIGINT', w, inputs);
    }
  });

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s while the reports are written: every temporary beside the outputs and every folder made for them is removed', async (signal) => {
    const w = world();
    writeFileSync(path.join(w.work, 'data.csv'), CSV);
    writeFileSync(path.join(w.work, 'report.csv'), 'the report of an earlier run\n');
    const inputs = snapshot(w.work);
    // the JSON on standard output is far larger than a pipe holds and nobody reads it: the CLI waits there with every report staged
    const run = startCli(['audit', 'data.csv', ...SCORED, '--prediction', 'd', '--format', 'json', ...OUTPUTS], { cwd: w.work, env: { TMPDIR: w.tmp }, isStdoutRead: false });
    await waitUntil(() => leftovers(w.work).filter((p) => p.endsWith('.fairgate-tmp')).length === 3, 'the three reports were staged', run);
    await expectCleanStop(run, signal, w, inputs);
    expect(readFileSync(path.join(w.work, 'report.csv'), 'utf8')).toBe('the report of an earlier run\n');
  });

  it('SIGTERM raised before the first rename is handled only after the last one: every report complete, no temporary or backup left', async () => {
    const w = world();
    writeFileSync(path.join(w.work, 'data.csv'), CSV);
    writeFileSync(path.join(w.work, 'report.csv'), 'the report of an earlier run\n');
    const run = startCli(['audit', 'data.csv', ...SCORED, '--prediction', 'd', '--quiet', ...OUTPUTS], { cwd: w.work, env: { TMPDIR: w.tmp }, hold: 'rename:SIGTERM', marker: w.marker });
    const { code } = await run.exited;
    expect(readFileSync(w.marker, 'utf8')).toMatch(/^sent SIGTERM before renaming to /);
    // the renames are one synchronous stretch; the signal is handled after it, or not at all when the run has nothing left to wait for
    expect([0, 143]).toContain(code);
    expect(run.stderr()).toBe(code === 143 ? 'fairgate: stopped by SIGTERM\n' : '');
    expect(readdirSync(w.tmp)).toEqual([]);
    expect(leftovers(w.work)).toEqual([]);
    expect(JSON.parse(readFileSync(path.join(w.work, 'out/report.json'), 'utf8')).input.rowsRead).toBe(20000);
    expect(readFileSync(path.join(w.work, 'out/deep/report.html'), 'utf8')).toMatch(/<\/html>\s*$/);
    expect(readFileSync(path.join(w.work, 'report.csv'), 'utf8')).toMatch(/^attribute,group,/);
  });
});
