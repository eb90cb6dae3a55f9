import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(ROOT, 'dist/cli/main.js');
/** The shared real data sets (beside the checkout, never copied into it). */
export const SHARED = path.resolve(ROOT, '../shared/data');
export const FIXED_EPOCH = '1767225600'; // 2026-01-01T00:00:00Z

export interface CliRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Runs the built CLI with colours off and a fixed report time. */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    // GITHUB_ACTIONS off unless a test turns it on: a suite run inside a GitHub job must not annotate or write that job's summary
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: FIXED_EPOCH, GITHUB_ACTIONS: '', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // EPIPE: the CLI stopped reading its standard input early (it refused the input before its end); its output still counts
  if (result.error && (result.error as NodeJS.ErrnoException).code !== 'EPIPE') throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.status ?? -1 };
}
