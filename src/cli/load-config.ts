import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ConfigError } from '../model/errors.js';
import { CONFIG_FILE_NAMES } from '../model/defaults.js';

export interface LoadedConfigFile {
  path: string;
  raw: unknown;
}

// Under Node the `yaml` package is CommonJS (its ESM import loads the same file): required on first use,
// so that an audit with a JSON config or none does not load the YAML parser.
const require = createRequire(import.meta.url);
const yaml = (): typeof import('yaml') => require('yaml') as typeof import('yaml');

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
  if (!existsSync(file)) {
    throw new ConfigError(shown, [{ path: '', message: 'config file not found; check the path given to --config, or run `fairgate init`' }]);
  }
  if (statSync(file).isDirectory()) throw new ConfigError(shown, [{ path: '', message: 'is a directory, expected a YAML or JSON file' }]);
  const text = readFileSync(file, 'utf8');
  try {
    const raw = file.endsWith('.json') ? JSON.parse(text) : yaml().parse(text, { prettyErrors: true, uniqueKeys: true });
    if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) {
      throw new ConfigError(shown, [{ path: '', message: 'expected a mapping of keys (columns:, groups:, rules: …) at the top level' }]);
    }
    return { path: file, raw };
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const at = error instanceof yaml().YAMLParseError ? error.linePos?.[0] : undefined;
    const where = at ? `line ${at.line}, column ${at.col}` : '';
    // the parser's first line, without its own position (the path says it) and the code frame after it
    const message = error instanceof Error ? error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') : String(error);
    throw new ConfigError(shown, [{ path: where, message: `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${message}; fix the syntax there (indentation, brackets, quotes)` }]);
  }
}
