import { readFileSync } from 'node:fs';
import { UsageError } from '../model/errors.js';

/** name and version from package.json (read once; dist/cli/ sits two levels below it). */
export function toolInfo(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

/** 9999-12-31T23:59:59Z: later times have no four-digit year, so no plain ISO-8601 form for the report. */
const MAX_EPOCH_SECONDS = 253402300799;

/**
 * Report time: SOURCE_DATE_EPOCH (seconds) when set, so reports reproduce byte
 * for byte; else now. A value that is not whole seconds within a Date's range
 * is an error (as reproducible-builds.org asks), never a silently different time.
 */
export function reportTime(env: Readonly<Record<string, string | undefined>>, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch === undefined || epoch === '') return now().toISOString();
  if (!/^\d+$/.test(epoch) || Number(epoch) > MAX_EPOCH_SECONDS) {
    throw new UsageError(`SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC, from 0 to ${MAX_EPOCH_SECONDS} (the end of year 9999), got ${JSON.stringify(env.SOURCE_DATE_EPOCH)}; fix it, or unset it to date reports with the current time`);
  }
  return new Date(Number(epoch) * 1000).toISOString();
}
