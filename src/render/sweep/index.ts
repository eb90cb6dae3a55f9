import type { SweepResult } from '../../model/sweep-result.js';
import { jsonDocument } from '../json-pieces.js';
import { renderSweepCsv } from './sweep-csv.js';
import { renderSweepHtml } from './sweep-html.js';
import { renderSweepJunit } from './sweep-junit.js';
import { renderSweepMarkdown } from './sweep-markdown.js';
import { renderSweepText } from './sweep-text.js';

/** A sweep in one of the report formats: table (terminal), json, markdown, html, csv, junit. */
export function renderSweep(result: SweepResult, format: string, options: { isColor?: boolean } = {}): string {
  switch (format) {
    case 'json':
      // the whole curve (schema/sweep.schema.json): every threshold, every published group
      return `${JSON.stringify(result, null, 2)}\n`;
    case 'markdown':
      return renderSweepMarkdown(result);
    case 'html':
      return renderSweepHtml(result);
    case 'csv':
      return renderSweepCsv(result);
    case 'junit':
      return renderSweepJunit(result);
    default:
      return renderSweepText(result, options);
  }
}

/** The sweep in pieces: JSON in a piece per threshold and group (a fine curve of many groups is long), the other formats in one. */
export function renderSweepPieces(result: SweepResult, format: string, options: { isColor?: boolean } = {}): Iterable<string> {
  return format === 'json' ? jsonDocument(result, 2, 5) : [renderSweep(result, format, options)];
}
