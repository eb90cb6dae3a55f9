import type { AuditResult } from '../../model/audit-result.js';
import { humanTime } from '../format-date.js';
import { modelLabel, reportTitle } from '../report-facts.js';
import { visibleText } from '../visible-text.js';
import type { Paper } from '../reporters/types.js';

/**
 * The printed report (a browser's print, and the PDF): the paper, a running
 * header with the title, the model and the date on every page, page numbers
 * in the footer (CSS `@page` margin boxes, so the browser prints no header or
 * footer of its own and no `file://` path), headings kept with what follows,
 * table rows, charts and sentences never split across pages, and the charts
 * scaled to fit so the report stays short.
 */

const PAGE_SIZE: Record<Paper, string> = { a4: 'A4', letter: 'letter' };

/** Text as a CSS string: quotes and backslashes escaped, `<` as an escape (no `</style>`), controls and line breaks as spaces. */
export function cssString(text: string): string {
  const safe = Array.from(text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' '))
    .map((c) => (c === '\\' || c === '"' ? `\\${c}` : c === '<' || c === '>' ? `\\${c.charCodeAt(0).toString(16)} ` : c))
    .join('');
  return `"${safe}"`;
}

/** Text cut to `max` characters with an ellipsis, for a margin box that has one line. */
function fit(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

export function printStyles(result: AuditResult, paper: Paper): string {
  const model = modelLabel(result);
  // visible like every text from the data or the config: a file name in the title may hold controls or bidi overrides
  const title = visibleText(reportTitle(result));
  const right = visibleText([model, humanTime(result.generatedAt)].filter(Boolean).join(' · '));
  return `
@page {
  size: ${PAGE_SIZE[paper]};
  margin: 14mm 12mm 13mm;
  @top-left { content: ${cssString(fit(title, 70))}; font: 7.5pt system-ui, sans-serif; color: #475467; vertical-align: bottom; padding-bottom: 2.5mm; }
  @top-right { content: ${cssString(fit(right, 60))}; font: 7.5pt system-ui, sans-serif; color: #475467; vertical-align: bottom; padding-bottom: 2.5mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt system-ui, sans-serif; color: #475467; }
  @bottom-left { content: ${cssString(`${result.tool.name} ${result.tool.version}`)}; font: 7.5pt system-ui, sans-serif; color: #475467; }
}
@media print {
  body { font-size: 8.5pt; line-height: 1.35; }
  main { max-width: none; padding: 0; }
  nav { display: none; }
  h1 { font-size: 16pt; }
  h2 { font-size: 12.5pt; margin: 18px 0 6px; }
  h3 { font-size: 10.5pt; margin: 12px 0 4px; }
  h2, h3, caption, .verdict { break-after: avoid; page-break-after: avoid; }
  h2 + *, h3 + * { break-before: avoid; }
  figure, svg, tr, thead, .verdict, .finding, .reasons li, dl, .numbers-note, .executive, table.ll144-table, table.counts { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  table { width: 100%; font-size: 7.5pt; }
  th, td { padding: 2px 4px; }
  tbody th { position: static; }
  table.groups tbody th { min-width: 24mm; max-width: 40mm; overflow-wrap: break-word; }
  table.groups .ci { font-size: 6.5pt; }
  pre.config { column-count: 2; column-gap: 8mm; font-size: 6.5pt; }
  table.wide { font-size: 6.5pt; }
  figure { margin: 8px 0; }
  svg.bar-chart { width: 70%; height: auto; }
  figure.reliability { break-inside: auto; page-break-inside: auto; }
  table.counts { width: auto; }
  .numbers-note { font-size: 8pt; }
  .executive { font-size: 9pt; }
  #method table, #provenance dl, #method code, .provenance dd, code { font-size: 7pt; }
  figcaption { font-size: 7.5pt; }
  /* the charts' captions and the tables' key are the same for every attribute: printed once */
  section.attribute ~ section.attribute figcaption, section.attribute ~ section.attribute .key { display: none; }
  .small-multiples { gap: 4px; }
  .small-multiples svg { width: 16%; height: auto; }
  a { color: inherit; text-decoration: none; }
}
`;
}
