import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';
import type { Reporter } from './types.js';

/** Every output format; CLI choices and `-o` extensions derive from this table. */
export const REPORTERS = {
  table: renderTable,
  json: renderJson,
  markdown: renderMarkdown,
  html: renderHtml,
  junit: renderJunit,
  csv: renderCsv,
} as const satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof REPORTERS;
export const REPORTER_NAMES = Object.keys(REPORTERS) as ReporterName[];

/** File extension → format for `-o`. */
export const EXTENSIONS = {
  '.json': 'json',
  '.txt': 'table',
  '.md': 'markdown',
  '.html': 'html',
  '.xml': 'junit',
  '.csv': 'csv',
} as const satisfies Record<string, ReporterName>;

export type { Reporter, ReportContext } from './types.js';
