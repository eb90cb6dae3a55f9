#!/usr/bin/env node
import { fstatSync } from 'node:fs';
import { CommanderError } from 'commander';
import { isKnownError } from '../model/errors.js';
import { EXIT } from '../policy/exit-code.js';
import { runInterruptCleanups, SIGNAL_EXIT_CODES, type HandledSignal } from './interrupt-cleanup.js';
import { escapeMessageLine } from '../render/escape.js';
import type { StoppingError } from './github-actions-error.js';
import { isGithubActions, type CliIo } from './io.js';
import { writeFailure } from './output-error.js';
import { buildProgram } from './program.js';
import type { FileId } from './same-file.js';

/** The only module that touches `process`. */
async function main(): Promise<void> {
  exitCleanlyOnSignals();
  const stdout = stdoutWriter();
  process.stderr.on('error', () => undefined); // standard error itself failing leaves nothing to tell the user with
  const io: CliIo = {
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    isStdinTty: process.stdin.isTTY === true,
    isStdoutTty: process.stdout.isTTY === true,
    isStderrTty: process.stderr.isTTY === true,
    writeStdout: stdout.write,
    writeStderr: (text) => process.stderr.write(text),
    flushStdout: stdout.flush,
    ...regularFile('stdinFile', 0),
    ...regularFile('stdoutFile', 1),
  };
  const state = { exitCode: 0 };
  const program = buildProgram(io, state);
  const isDebug = io.argv.includes('--debug');
  try {
    await program.parseAsync(process.argv);
    process.exitCode = state.exitCode;
  } catch (error) {
    process.exitCode = await handleError(error, isDebug, io);
  }
  try {
    await stdout.flush();
  } catch (error) {
    // what was written last did not arrive: a run that otherwise succeeded fails (output to a closed pipe or a full disk)
    if (process.exitCode !== EXIT.error) {
      process.exitCode = await handleError(writeFailure('standard output', error, 'the output is incomplete'), isDebug, io);
    }
  }
}

/** Under GitHub Actions, an error that stopped the run as an annotation and a job summary (the module is loaded only there). */
async function annotateUnderGithubActions(error: StoppingError, io: CliIo): Promise<void> {
  if (!isGithubActions(io.env)) return;
  const { publishErrorToGithubActions } = await import('./github-actions-error.js');
  publishErrorToGithubActions(error, io);
}

/** SIGINT, SIGTERM, SIGHUP: remove every temporary file and copy of the input, then exit 130, 143, 129. */
function exitCleanlyOnSignals(): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES) as [HandledSignal, number][]) {
    process.on(signal, () => {
      runInterruptCleanups();
      process.stderr.write(`fairgate: stopped by ${signal}\n`);
      process.exit(code);
    });
  }
}

/** Standard output, with its write errors kept (instead of crashing the process) for `flush` to report. */
function stdoutWriter(): { write(text: string | Uint8Array): void; flush(): Promise<void> } {
  let failure: unknown;
  let last: Promise<void> = Promise.resolve();
  process.stdout.on('error', (error) => {
    failure ??= error;
  });
  return {
    write(text) {
      if (failure !== undefined) return;
      last = new Promise((resolve) => {
        process.stdout.write(text, (error) => {
          if (error) failure ??= error;
          resolve();
        });
      });
    },
    async flush() {
      await last;
      if (failure !== undefined) throw failure;
    },
  };
}

/** `{ [key]: its device and inode }` when the descriptor is a regular file (a shell's `<`, `>` or `>>`), else nothing. */
function regularFile(key: 'stdinFile' | 'stdoutFile', fd: number): { [k in typeof key]?: FileId } {
  try {
    const s = fstatSync(fd, { bigint: true });
    return s.isFile() ? { [key]: { dev: s.dev, ino: s.ino } } : {};
  } catch {
    return {};
  }
}

async function handleError(error: unknown, isDebug: boolean, io: CliIo): Promise<number> {
  if (error instanceof CommanderError) {
    // help and version exit 0; every other commander error is a usage error
    if (error.exitCode === 0) return 0;
    await annotateUnderGithubActions(error, io);
    return EXIT.error;
  }
  if (isKnownError(error)) {
    // Messages quote values from the data and the config: controls and bidi overrides are shown as \uXXXX, never sent to the terminal.
    process.stderr.write(`${error.message.split('\n').map((line) => `fairgate: ${escapeMessageLine(line)}`).join('\n')}\n`);
    if (isDebug && error.stack) process.stderr.write(`${error.stack}\n`);
    await annotateUnderGithubActions(error, io);
    return error.exitCode;
  }
  // A bug, not a user mistake: show the stack so it can be reported, and still exit 2, never 1 ("a rule failed").
  process.stderr.write(`fairgate: internal error, please report it:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.error;
}

await main();
