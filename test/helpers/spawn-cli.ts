import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, constants, existsSync, mkdtempSync, openSync, readFileSync, rmSync, write } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, FIXED_EPOCH, ROOT } from './run-cli.js';

export const HOLD_HOOK = path.join(ROOT, 'test/helpers/hold-cli.mjs');

export interface Running {
  child: ChildProcess;
  /** writes to the CLI's standard input; resolves once the CLI has taken all but what a pipe holds (64 KiB), so it is reading */
  feed(bytes: Buffer): Promise<void>;
  /** closes the CLI's standard input */
  endInput(): void;
  /** everything the CLI wrote to standard error so far */
  stderr(): string;
  /** the exit code and the signal that ended it, once it has exited and closed its output */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * A real pipe (a FIFO, whose name is removed at once) for standard input: a
 * pipe holds 64 KiB, so a write of more returns only once the reader took the
 * rest. (Node gives a child a socket pair instead, which holds hundreds of KiB
 * on its own: a write there says nothing about the child.)
 */
function inputPipe(): { reader: number; writer: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-stdin-pipe-'));
  const fifo = path.join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(fifo, constants.O_WRONLY);
  rmSync(dir, { recursive: true });
  return { reader, writer };
}

/**
 * The built CLI as a child process whose standard input the test feeds (and
 * may leave open), and whose standard output it reads only when `isStdoutRead`:
 * a test that does not read leaves a large report blocked in the pipe.
 */
export function startCli(args: readonly string[], options: { cwd: string; env?: Record<string, string>; hold?: string; marker?: string; isStdoutRead?: boolean }): Running {
  const preload = options.hold ? ['--import', HOLD_HOOK] : [];
  const input = inputPipe();
  const child = spawn(process.execPath, [...preload, CLI, ...args], {
    cwd: options.cwd,
    env: {
      ...process.env,
      NO_COLOR: '1',
      SOURCE_DATE_EPOCH: FIXED_EPOCH,
      ...(options.hold ? { FAIRGATE_TEST_HOLD: options.hold, FAIRGATE_TEST_MARKER: options.marker ?? '' } : {}),
      ...options.env,
    },
    stdio: [input.reader, 'pipe', 'pipe'],
  });
  closeSync(input.reader);
  let isOpen = true;
  const endInput = () => {
    if (isOpen) closeSync(input.writer);
    isOpen = false;
  };
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (err += s));
  if (options.isStdoutRead !== false) child.stdout!.resume();
  // 'close', not 'exit': only then has all of standard error arrived
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  exited.then(endInput);
  // a blocking write in libuv's thread pool: it completes when the CLI has read all but what the pipe holds
  const feed = (bytes: Buffer) => new Promise<void>((resolve, reject) => write(input.writer, bytes, (error) => (error ? reject(error) : resolve())));
  return { child, feed, endInput, stderr: () => err, exited };
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

export const markerSays = (marker: string, text: string) => () => existsSync(marker) && readFileSync(marker, 'utf8').includes(text);
