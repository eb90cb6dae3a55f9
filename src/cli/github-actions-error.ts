import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, InputError, type AuditError, type ErrorCode } from '../model/errors.js';
import { escapeTerminal } from '../render/escape.js';
import { errorSummaryMarkdown } from '../render/error-summary.js';
import { isGithubActions, type CliIo } from './io.js';
import { locateConfig } from './load-config.js';
import { describeWriteCause } from './output-error.js';
import { identify, sameFile } from './same-file.js';
import { formatAnnotation } from './workflow-annotations.js';

/** An error that stops a run with exit 2: one of fairgate's own, or a usage error of commander (`message` starts `error: `). */
export type StoppingError = AuditError | { code: string; exitCode: number; message: string };

const kindOf = (error: StoppingError): ErrorCode => (error.code.startsWith('commander.') ? 'usage' : (error.code as ErrorCode));

/** file, line and col of the annotation, when the error is about a file of the run (not standard input, not a flag). */
function locationOf(error: StoppingError): Record<string, string | number> {
  if (error instanceof InputError && error.file !== '-') {
    return { file: error.file, ...(error.line !== undefined ? { line: error.line } : {}), ...(error.column ? { col: error.column.number } : {}) };
  }
  if (error instanceof ConfigError && /\.(ya?ml|json)$/i.test(error.source)) return { file: error.source };
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

/**
 * Under GitHub Actions, an error that stopped the run (exit 2) also becomes an
 * `::error` annotation (with the file, line and column when the error names
 * them) and a job summary that says what stopped the run and what to do, so
 * that a failed step explains itself without opening its log.
 */
export function publishErrorToGithubActions(error: StoppingError, io: CliIo): void {
  if (!isGithubActions(io.env)) return;
  const kind = kindOf(error);
  const message = error.message.replace(/^error: /, '').trimEnd();
  const shown = message.split('\n').map(escapeTerminal).join('\n');
  io.writeStderr(formatAnnotation({ kind: 'error', title: `fairgate: ${kind} error`, message: shown }, locationOf(error)));
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (!summary || summaryIsAnInput(summary, io)) return;
  try {
    appendFileSync(summary, errorSummaryMarkdown({ kind, message, command: ['fairgate', ...io.argv] }));
  } catch (failure) {
    io.writeStderr(`fairgate: could not append the job summary to GITHUB_STEP_SUMMARY (${escapeTerminal(summary)}): ${describeWriteCause(failure).what}\n`);
  }
}
