import type { Readable } from 'node:stream';

/** Everything the CLI needs from the process, injected so commands are testable. */
export interface CliIo {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdin: Readable;
  isStdoutTty: boolean;
  writeStdout(text: string): void;
  writeStderr(text: string): void;
}
