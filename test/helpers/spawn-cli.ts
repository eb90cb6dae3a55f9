import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, FIXED_EPOCH, ROOT } from './run-cli.js';

export const HOLD_HOOK = path.join(ROOT, 'test/helpers/hold-cli.mjs');

export interface Running {
  child: ChildProcess;
  /** everything the CLI wrote to standard error so far */
  stderr(): string;
  /** the exit code and the signal that ended it, once it has exited */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * The built CLI as a child process whose standard input the test feeds (and
 * may leave open), and whose standard output it reads only when `isStdoutRead`:
 * a test that does not read leaves a large report blocked in the pipe.
 */
export function startCli(args: readonly string[], options: { cwd: string; env?: Record<string, string>; hold?: string; marker?: string; isStdoutRead?: boolean }): Running {
  const preload = options.hold ? ['--import', HOLD_HOOK] : [];
  const child = spawn(process.execPath, [...preload, CLI, ...args], {
    cwd: options.cwd,
    env: {
      ...process.env,
      NO_COLOR: '1',
      SOURCE_DATE_EPOCH: FIXED_EPOCH,
      ...(options.hold ? { FAIRGATE_TEST_HOLD: options.hold, FAIRGATE_TEST_MARKER: options.marker ?? '' } : {}),
      ...options.env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (err += s));
  if (options.isStdoutRead !== false) child.stdout!.resume();
  child.stdin!.on('error', () => undefined); // the CLI may exit before reading all of it
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, stderr: () => err, exited };
}

/** Waits until `condition` holds, checking every few milliseconds (for a file, marker or state the CLI produces). */
export async function waitUntil(condition: () => boolean, what: string, running?: Running): Promise<void> {
  let isDone = false;
  running?.exited.then(() => (isDone = true));
  while (!condition()) {
    if (isDone && !condition()) throw new Error(`the CLI exited before ${what}: ${running?.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Writes to the CLI's standard input and resolves once the CLI has taken it (more than a pipe holds, so it is reading). */
export function feed(running: Running, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => running.child.stdin!.write(bytes, (error) => (error ? reject(error) : resolve())));
}

export const markerSays = (marker: string, text: string) => () => existsSync(marker) && readFileSync(marker, 'utf8').includes(text);
