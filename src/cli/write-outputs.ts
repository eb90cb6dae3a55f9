import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CliIo } from './io.js';

export interface RenderedOutput {
  path: string;
  content: string;
}

/**
 * Writes every rendered report. Each goes to a temporary file in the target
 * folder and is renamed into place only when complete, so an interrupted or
 * failed run never leaves a half-written report behind.
 */
export function writeOutputs(outputs: readonly RenderedOutput[]): void {
  const written: string[] = [];
  try {
    for (const output of outputs) {
      mkdirSync(path.dirname(output.path), { recursive: true });
      const temporary = `${output.path}.${randomBytes(6).toString('hex')}.tmp`;
      writeFileSync(temporary, output.content);
      written.push(temporary);
    }
    outputs.forEach((output, i) => renameSync(written[i]!, output.path));
  } catch (error) {
    for (const temporary of written) rmSync(temporary, { force: true });
    throw error;
  }
}

/** One output of a command without a report format (aggregate, sql): to -o (atomically, as above) or standard output. */
export function emitOutput(content: string, output: string | undefined, io: CliIo): void {
  if (output === undefined) io.writeStdout(content);
  else writeOutputs([{ path: path.resolve(io.cwd, output), content }]);
}
