import type { AuditResult } from '../../model/audit-result.js';
import { escapeHtml, escapeMarkdownCell as md, escapeTerminal } from '../escape.js';
import { htmlTable, verdictBadge } from '../html/markup.js';
import { findingsOf } from '../verdicts.js';
import { candidateFindings } from './candidate-findings.js';
import { drawTable, type TableOptions } from '../reporters/long-table.js';
import { candidateLayout } from './candidate-layout.js';

const MAX_WIDTH = 100;

function textTable(head: readonly string[], rows: readonly string[][]): string {
  const options: TableOptions = { head: [...head], style: { head: [], border: [], compact: true }, colAligns: head.map((_, i) => (i === 0 ? 'left' : 'right')) };
  return drawTable(options, rows.map((r) => r.map(escapeTerminal)));
}

const width = (block: string) => Math.max(0, ...block.split('\n').map((l) => l.length));

function text(result: AuditResult): string {
  const full = candidateLayout(result)!;
  const short = candidateLayout(result, true)!;
  const drawn = full.attributes.map((a) => textTable(full.head, a.rows));
  // past 100 columns every table drops the flip rates' intervals, so that the legend speaks for all of them
  const isShort = drawn.some((d) => width(d) > MAX_WIDTH);
  const layout = isShort ? short : full;
  const tables = layout.attributes.map((a, i) => `${escapeTerminal(a.name)}:\n${isShort ? textTable(short.head, a.rows) : drawn[i]!}`);
  return [escapeTerminal(layout.title), escapeTerminal(layout.intro), '', tables.join('\n\n'), escapeTerminal(layout.legend)].join('\n');
}

function markdown(result: AuditResult): string {
  const layout = candidateLayout(result)!;
  const row = (cells: readonly string[]) => `| ${cells.map(md).join(' | ')} |`;
  const table = (rows: readonly string[][]) => [row(layout.head), `| ${layout.head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map(row)];
  return [`### ${md(layout.title)}`, '', md(layout.intro), '', ...layout.attributes.flatMap((a) => [`#### ${md(a.name)}`, '', ...table(a.rows), '']), md(layout.legend), ''].join('\n');
}

function html(result: AuditResult): string {
  const layout = candidateLayout(result)!;
  const numeric = new Set(layout.head.map((_, i) => i).filter((i) => i > 0 && i < layout.head.length - 1));
  // the verdict as the audited model's tables show it: a badge
  const badgeOf = (attribute: string, key: string) => verdictBadge(findingsOf(candidateFindings(result), attribute, key));
  return [
    '<section id="candidate" aria-labelledby="candidate-h">',
    `<h2 id="candidate-h">${escapeHtml(layout.title)}</h2>`,
    `<p>${escapeHtml(layout.intro)}</p>`,
    ...layout.attributes.flatMap((a) => [`<h3>${escapeHtml(a.name)}</h3>`, htmlTable({ caption: `${a.name}: the audited model and the candidate, group by group`, head: layout.head, rows: a.rows.map((r) => [...r.slice(0, -1).map(escapeHtml), badgeOf(a.name, r[0]!)]), numeric })]),
    `<p class="subtitle">${escapeHtml(layout.legend)}</p>`,
    '</section>',
  ].join('\n');
}

const RENDERERS = { text, markdown, html } as const;

/** The side-by-side section of `--candidate` in a reporter's format, or '' without a candidate: the one-line hook of the table, Markdown and HTML reporters. */
export function candidateBlock(result: AuditResult, format: keyof typeof RENDERERS): string {
  return result.candidate ? RENDERERS[format](result) : '';
}
