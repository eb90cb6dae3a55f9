import { appendFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { AuditError, ConfigError, InputError, type ErrorCode } from '../model/errors.js';
import { escapeMessageLine, escapeTerminal } from '../render/escape.js';
import { errorSummaryMarkdown } from '../render/error-summary.js';
import { isGithubActions, type CliIo } from './io.js';
import { locateConfig } from './load-config.js';
import { describeWriteCause } from './output-error.js';
import { identify, sameFile } from './same-file.js';
import { formatAnnotation } from './workflow-annotations.js';

/** An error that stops a run with exit 2: one of fairgate's own, or a usage error of commander (`message` starts `error: `). */
export type StoppingError = AuditError | { code: string; exitCode: number; message: string };

const kindOf = (error: StoppingError): ErrorCode => (error.code.startsWith('commander.') ? 'usage' : (error.code as ErrorCode));

/** The value of --input-name on the command line: standard input's label, not a file of the workspace. */
function inputNameIn(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--input-name');
  if (at >= 0) return argv[at + 1];
  return argv.find((word) => word.startsWith('--input-name='))?.slice('--input-name='.length);
}

/** file, line and col of the annotation, when the error is about a file of the run (not standard input, not a flag); a config file's line only for a syntax error. */
function locationOf(error: StoppingError, io: CliIo): Record<string, string | number> {
  if (error instanceof InputError && error.file !== '-' && error.file !== inputNameIn(io.argv)) {
    return { file: error.file, ...(error.line !== undefined ? { line: error.line } : {}), ...(error.column ? { col: error.column.number } : {}) };
  }
  if (error instanceof ConfigError && /\.(ya?ml|json)$/i.test(error.source)) {
    // a syntax error is the one config issue with a position: its path is `line 2, column 10`
    const at = error.issues.length === 1 ? error.issues[0]!.path.match(/^line (\d+), column (\d+)$/) : null;
    return { file: error.source, ...(at ? { line: Number(at[1]), col: Number(at[2]) } : {}) };
  }
  return {};
}

/**
 * Whether GITHUB_STEP_SUMMARY is a file the command line names or the run
 * reads (a contrived setting, but appending there would change an input): an
 * error may stop the run before its files were checked, so they are compared here.
 */
function summaryIsAnInput(summary: string, io: CliIo): boolean {
  const target = { path: identify(path.resolve(io.cwd, summary)) };
  const config = locateConfig(undefined, io.cwd);
  const named = [...io.argv.filter((word) => word !== '-'), ...(config ? [config] : [])];
  if (io.stdinFile && sameFile(target, { file: io.stdinFile })) return true;
  return named.some((word) => sameFile(target, { path: identify(path.resolve(io.cwd, word)) }) !== undefined);
}

/** A regular file, or none yet (appending creates it): never a directory, and never a pipe, which could block the run (that error is the one being told). */
function isAppendable(summary: string): boolean {
  try {
    return statSync(summary).isFile();
  } catch {
    return true;
  }
}

/**
 * Under GitHub Actions, an error that stopped the run (exit 2) also becomes an
 * `::error` annotation (with the file, line and column when the error names
 * them) and a job summary that says what stopped the run and what to do, so
 * that a failed step explains itself without opening its log.
 */
export function publishErrorToGithubActions(error: StoppingError, io: CliIo): void {
  if (!isGithubActions(io.env)) return;
  const kind = kindOf(error);
  // commander's message is printed as one line (program.ts): its suggestion joined on
  const message = kind === 'usage' && !(error instanceof AuditError) ? error.message.trim().replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').replace(/\.$/, '') : error.message.trimEnd();
  const shown = message.split('\n').map(escapeMessageLine).join('\n');
  io.writeStderr(formatAnnotation({ kind: 'error', title: `fairgate: ${kind} error`, message: shown }, locationOf(error, io)));
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (!summary || !isAppendable(summary) || summaryIsAnInput(summary, io)) return;
  try {
    appendFileSync(summary, errorSummaryMarkdown({ kind, message, command: ['fairgate', ...io.argv] }));
  } catch (failure) {
    io.writeStderr(`fairgate: could not append the job summary to GITHUB_STEP_SUMMARY (${escapeTerminal(summary)}): ${describeWriteCause(failure).what}\n`);
  }
}
