import type { Readable } from 'node:stream';
import type { FileId } from './same-file.js';

/** Everything the CLI needs from the process, injected so commands are testable. */
export interface CliIo {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdin: Readable;
  isStdoutTty: boolean;
  /** standard input is a terminal (nothing is piped in); absent means unknown */
  isStdinTty?: boolean;
  /** standard error is a terminal (progress bar); absent means no */
  isStderrTty?: boolean;
  /** a monotonic clock in milliseconds (injected by tests); default performance.now() */
  now?: () => number;
  /** text, or a report's UTF-8 bytes (a buffer of its own, kept by the writer until written) */
  writeStdout(text: string | Uint8Array): void;
  writeStderr(text: string): void;
  /** resolves once everything written to standard output has been handed to the system; rejects with the first write error (EPIPE, ENOSPC…) */
  flushStdout?(): Promise<void>;
  /** standard input and output when they are regular files (`< data.csv`, `> report.json`): their identity, to refuse writing over an input */
  stdinFile?: FileId;
  stdoutFile?: FileId;
}

/** Running as a GitHub Actions step (job summary and annotations). */
export function isGithubActions(env: CliIo['env']): boolean {
  return env.GITHUB_ACTIONS === 'true';
}
