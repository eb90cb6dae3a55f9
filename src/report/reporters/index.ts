import { renderJson } from './json.js';
import { renderTable } from './table.js';
import type { Reporter } from './types.js';

/** Every output format; CLI choices and `-o` extensions derive from this table. */
export const REPORTERS = {
  table: renderTable,
  json: renderJson,
} as const satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof REPORTERS;
export const REPORTER_NAMES = Object.keys(REPORTERS) as ReporterName[];

/** File extension → format for `-o`. */
export const EXTENSIONS = {
  '.json': 'json',
  '.txt': 'table',
} as const satisfies Record<string, ReporterName>;

export type { Reporter, ReportContext } from './types.js';
