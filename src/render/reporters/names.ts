import type { AuditResult } from '../../model/audit-result.js';
import type { Reporter, ReportContext } from './types.js';

/**
 * The output formats and `-o` extensions, without the reporters themselves:
 * the CLI lists them in `--help` and loads only the reporters a run renders
 * (the table reporter alone brings chalk and cli-table3, HTML its charts).
 */
export type ReporterName = 'table' | 'json' | 'markdown' | 'html' | 'junit' | 'csv';

/** Every output format, in the order `--help` lists them (index.ts checks them against REPORTERS). */
export const REPORTER_NAMES: ReporterName[] = ['table', 'json', 'markdown', 'html', 'junit', 'csv'];

/** File extension → format for `-o`. */
export const EXTENSIONS = {
  '.json': 'json',
  '.txt': 'table',
  '.md': 'markdown',
  '.html': 'html',
  '.xml': 'junit',
  '.csv': 'csv',
} as const satisfies Record<string, ReporterName>;

/** One reporter, imported on first use. */
export async function loadReporter(name: ReporterName): Promise<Reporter> {
  switch (name) {
    case 'table':
      return (await import('./table.js')).renderTable;
    case 'json':
      return (await import('./json.js')).renderJson;
    case 'markdown':
      return (await import('./markdown.js')).renderMarkdown;
    case 'html':
      return (await import('./html.js')).renderHtml;
    case 'junit':
      return (await import('./junit.js')).renderJunit;
    case 'csv':
      return (await import('./csv.js')).renderCsv;
  }
}

/** A report as text to write piece after piece (a JSON report of many groups is longer than one string can be); JSON's pieces are made as they are read, so read them once. */
export type ReportPieces = Iterable<string>;

/** One reporter giving its report in pieces: JSON in a piece per group and finding, the others in one. */
export async function loadPieceReporter(name: ReporterName): Promise<(result: AuditResult, ctx: ReportContext) => ReportPieces> {
  if (name === 'json') return (await import('./json.js')).renderJsonPieces;
  const reporter = await loadReporter(name);
  return (result, ctx) => [reporter(result, ctx)];
}
