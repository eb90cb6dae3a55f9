import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../model/errors.js';
import { CONFIG_FILE_NAMES } from '../model/defaults.js';
import { parseConfigText } from '../config/parse-config-text.js';
import { CONFIG_FILE, readSideFile } from '../input/csv/side-file.js';

export interface LoadedConfigFile {
  path: string;
  raw: unknown;
}

/** The config file to use: the explicit one, or the first `fairgate.config.*` in `cwd`, or none. */
export function locateConfig(explicit: string | undefined, cwd: string): string | undefined {
  if (explicit !== undefined) return path.resolve(cwd, explicit);
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(cwd, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Reads and parses a YAML or JSON config (I/O only; validation is `validateFileConfig`); `shown` names it in errors (default: the path). */
export function readConfigFile(file: string, shown = file): LoadedConfigFile {
  // a config is read as untrusted input: a regular file of at most 1 MiB, UTF-8 text
  const text = readSideFile(file, CONFIG_FILE, (message) => {
    throw new ConfigError(shown, [{ path: '', message }]);
  });
  return { path: file, raw: parseConfigText(text, file.endsWith('.json'), shown) };
}
