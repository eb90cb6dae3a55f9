import { statSync } from 'node:fs';
import { UsageError } from '../model/errors.js';
import type { CliIo } from './io.js';

/**
 * The environment variables fairgate reads are input too, set by CI systems
 * and people: each is checked before anything is read, and a malformed one is
 * a one-line usage error (exit 2) naming the variable, never ignored silently
 * or a crash later. NO_COLOR and GITHUB_ACTIONS are read by presence / equality
 * only, so any value is fine; FORCE_COLOR is not read (colour needs a
 * terminal and no NO_COLOR).
 */

/** Latest time a JavaScript Date holds: 8.64e15 ms after 1970. */
const MAX_EPOCH_SECONDS = 8.64e12;

/** SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970-01-01 UTC; unset or empty means now. */
export function sourceDateEpoch(env: CliIo['env']): number | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return undefined;
  const seconds = /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(seconds <= MAX_EPOCH_SECONDS)) {
    throw new UsageError(`SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC (e.g. 1767225600), at most ${MAX_EPOCH_SECONDS}, got ${JSON.stringify(raw.slice(0, 40))}; fix or unset it`);
  }
  return seconds;
}

/** GITHUB_STEP_SUMMARY, when fairgate will append to it: a regular file, or one to be created (never a directory, pipe or device). */
function checkStepSummary(env: CliIo['env']): void {
  const summary = env.GITHUB_STEP_SUMMARY;
  if (env.GITHUB_ACTIONS !== 'true' || summary === undefined || summary === '') return;
  let kind: string | undefined;
  try {
    const s = statSync(summary);
    kind = s.isFile() ? undefined : s.isDirectory() ? 'a directory' : s.isFIFO() ? 'a named pipe' : 'not a regular file';
  } catch {
    kind = undefined; // not there yet: appending creates it (a missing folder is reported when writing)
  }
  if (kind) throw new UsageError(`GITHUB_STEP_SUMMARY: ${JSON.stringify(summary.slice(0, 200))} is ${kind}; it should be the job summary file GitHub Actions provides, or unset`);
}

/** Every variable an audit reads, checked up front. */
export function checkEnvironment(env: CliIo['env']): void {
  sourceDateEpoch(env);
  checkStepSummary(env);
}

/** TMPDIR, before a temporary file is made under it: an existing directory (else Node's tmpdir() would fail later). */
export function checkTempDir(env: CliIo['env']): void {
  const dir = env.TMPDIR;
  if (dir === undefined || dir === '') return;
  let isDirectory = false;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory) throw new UsageError(`TMPDIR: ${JSON.stringify(dir.slice(0, 200))} is not an existing directory; standard input is copied there for a second pass: fix or unset TMPDIR`);
}
