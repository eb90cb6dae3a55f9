import type { ChalkInstance } from 'chalk';
import type { AttributeResult, AuditResult } from '../../model/audit-result.js';
import { escapeMarkdownCell as md, escapeTerminal } from '../escape.js';
import { drawTable } from '../reporters/long-table.js';
import { classLayout } from './class-layout.js';

/** The terminal's compact class section of an attribute, under its table; '' without `--decision`. */
export function classSectionText(result: AuditResult, a: AttributeResult, c: ChalkInstance): string {
  const layout = classLayout(result, a);
  if (!layout) return '';
  const table = drawTable(
    { head: layout.head.map((h) => c.bold(escapeTerminal(h))), style: { head: [], border: [], compact: true }, colAligns: layout.head.map((_, i) => (i === 0 ? 'left' : 'right')) },
    layout.rows.map((r) => r.map(escapeTerminal)),
  );
  return [table, c.dim(escapeTerminal(layout.caption))].join('\n');
}

/** The Markdown class section of an attribute; '' without `--decision`. */
export function classSectionMarkdown(result: AuditResult, a: AttributeResult): string {
  const layout = classLayout(result, a);
  if (!layout) return '';
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const align = layout.head.map((_, i) => (i === 0 ? '---' : '---:'));
  return [`${md(layout.caption)}`, '', line(layout.head.map(md)), line(align), ...layout.rows.map((r) => line(r.map(md)))].join('\n');
}
