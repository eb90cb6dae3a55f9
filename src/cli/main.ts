#!/usr/bin/env node
import { CommanderError } from 'commander';
import { isKnownError } from '../model/errors.js';
import { EXIT } from '../policy/exit-code.js';
import { escapeMessageLine } from '../render/escape.js';
import type { CliIo } from './io.js';
import { buildProgram } from './program.js';

/** The only module that touches `process`. */
async function main(): Promise<void> {
  const io: CliIo = {
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    isStdoutTty: process.stdout.isTTY === true,
    isStderrTty: process.stderr.isTTY === true,
    writeStdout: (text) => process.stdout.write(text),
    writeStderr: (text) => process.stderr.write(text),
  };
  const state = { exitCode: 0 };
  const program = buildProgram(io, state);
  try {
    await program.parseAsync(process.argv);
    process.exitCode = state.exitCode;
  } catch (error) {
    process.exitCode = handleError(error, io.argv.includes('--debug'));
  }
}

function handleError(error: unknown, isDebug: boolean): number {
  if (error instanceof CommanderError) {
    // help and version exit 0; every other commander error is a usage error
    return error.exitCode === 0 ? 0 : EXIT.error;
  }
  if (isKnownError(error)) {
    // Messages quote values from the data and the config: controls and bidi overrides are shown as \uXXXX, never sent to the terminal.
    process.stderr.write(`${error.message.split('\n').map((line) => `fairgate: ${escapeMessageLine(line)}`).join('\n')}\n`);
    if (isDebug && error.stack) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  // A bug, not a user mistake: show the stack so it can be reported, and still exit 2, never 1 ("a rule failed").
  process.stderr.write(`fairgate: internal error, please report it:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.error;
}

await main();
