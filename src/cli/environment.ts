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

/** 9999-12-31T23:59:59Z: later times have no four-digit year, so no plain ISO-8601 form for the report. */
const MAX_EPOCH_SECONDS = 253402300799;

/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970-01-01 UTC, so reports
 * reproduce byte for byte; unset or empty means now. Anything else is an error, never a
 * silently different time.
 */
export function sourceDateEpoch(env: CliIo['env']): number | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  const epoch = raw?.trim();
  if (raw === undefined || epoch === '') return undefined;
  if (!/^\d+$/.test(epoch!) || Number(epoch) > MAX_EPOCH_SECONDS) {
    throw new UsageError(`SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC, from 0 to ${MAX_EPOCH_SECONDS} (the end of year 9999), got ${JSON.stringify(raw.slice(0, 40))}; fix it, or unset it to date reports with the current time`);
  }
  return Number(epoch);
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
