import { readFileSync } from 'node:fs';
import { sourceDateEpoch } from './environment.js';

/** name and version from package.json (read once; dist/cli/ sits two levels below it). */
export function toolInfo(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

/** Report time: SOURCE_DATE_EPOCH (seconds) when set, so reports reproduce byte for byte; else now. A malformed value is an error. */
export function reportTime(env: Readonly<Record<string, string | undefined>>, now: () => Date = () => new Date()): string {
  const epoch = sourceDateEpoch(env);
  return epoch !== undefined ? new Date(epoch * 1000).toISOString() : now().toISOString();
}
