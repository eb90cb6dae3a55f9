import { readFileSync } from 'node:fs';

/** name and version from package.json (read once; dist/cli/ sits two levels below it). */
export function toolInfo(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

/** Report time: SOURCE_DATE_EPOCH (seconds) when set, so reports reproduce byte for byte; else now. */
export function reportTime(env: Readonly<Record<string, string | undefined>>, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch) * 1000).toISOString();
  return now().toISOString();
}
