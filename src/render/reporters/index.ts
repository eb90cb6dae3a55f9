import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';
import type { ReporterName } from './names.js';
import type { Reporter } from './types.js';

/** Every reporter, imported eagerly (the library's table; the CLI loads only the ones a run needs: `loadReporter`). */
export const REPORTERS = {
  table: renderTable,
  json: renderJson,
  markdown: renderMarkdown,
  html: renderHtml,
  junit: renderJunit,
  csv: renderCsv,
} as const satisfies Record<ReporterName, Reporter>;

export { EXTENSIONS, REPORTER_NAMES, loadReporter, type ReporterName } from './names.js';

export type { AppendixLevel, Paper, Reporter, ReportContext } from './types.js';
