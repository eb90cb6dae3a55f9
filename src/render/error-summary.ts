import type { ErrorCode } from '../model/errors.js';
import { escapeMessageLine, escapeTerminal } from './escape.js';
import { shellQuote } from './provenance.js';

/** An error that stopped a run (exit 2), as the job summary of a CI step tells it. */
export interface StoppedRun {
  kind: ErrorCode;
  /** the message as printed, without the `fairgate: ` that starts each of its lines */
  message: string;
  /** the command line, `fairgate` first */
  command: readonly string[];
}

const KIND_WORDS: Readonly<Record<ErrorCode, string>> = {
  usage: 'usage error',
  config: 'config error',
  input: 'input error',
  output: 'output error',
};

const WHAT_TO_DO: Readonly<Record<ErrorCode, string>> = {
  usage: 'Fix the command line of the step: `fairgate <command> --help` lists the options, `fairgate explain` the terms they use.',
  config: 'Fix the key or flag the message names (the config file, or the step\'s arguments): `fairgate explain rules` describes rule keys, `fairgate audit --help` the flags.',
  input: 'Fix what the message names (the file, and where it says so the line and the column), or the option that points at the wrong column, then run the step again.',
  output: 'Fix the output the message names (its path, its folder, or the disk it is on), then run the step again.',
};

/** A fenced block whose fence is longer than any run of backticks in the text, so nothing in it is Markdown. */
function fenced(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}text\n${text}\n${ticks}`;
}

/**
 * The job summary of a run that stopped before judging anything: the error as
 * printed, what to do about it, and the command that was run. Values from the
 * data stay inside code blocks (no Markdown or HTML in them runs), with
 * terminal controls shown as \uXXXX as on standard error.
 */
export function errorSummaryMarkdown(run: StoppedRun): string {
  const message = run.message.split('\n').map((line) => `fairgate: ${escapeMessageLine(line)}`).join('\n');
  const command = escapeTerminal(run.command.map(shellQuote).join(' '));
  return [
    `## ✗ fairgate stopped: ${KIND_WORDS[run.kind]} (exit 2)`,
    'Nothing was judged and no report file was written.',
    fenced(message),
    `**What to do:** ${WHAT_TO_DO[run.kind]} Every message fairgate gives, with its fix, is listed in the "Bad input" section of its README.`,
    'The command was:',
    fenced(command),
    '',
  ].join('\n\n');
}
