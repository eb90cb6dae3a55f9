import path from 'node:path';
import type { AuditCommandFlags } from './audit-command.js';
import { guardRunFiles, writeReports } from './guard-run-files.js';
import type { CliIo } from './io.js';

// The one output of a command without a report format (aggregate, sql).

/** Writes `content` (text, or text in pieces) to -o (atomically) or standard output. */
export function emitOutput(content: string | Iterable<string>, output: string | undefined, io: CliIo): Promise<void> {
  if (output === undefined) return writeReports([], content, io);
  return writeReports([{ path: path.resolve(io.cwd, output), shown: `-o ${output}`, content }], '', io);
}

/** What aggregate and sql read and write, checked before anything is read. */
export function guardCommandFiles(data: string | undefined, flags: AuditCommandFlags & { output?: string }, io: CliIo): void {
  guardRunFiles(
    {
      ...(data !== undefined ? { data } : {}),
      ...(flags.config !== undefined ? { config: flags.config } : {}),
      outputs: flags.output === undefined ? [] : [flags.output],
      writesStdout: flags.output === undefined,
    },
    io,
  );
}
