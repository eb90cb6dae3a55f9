import type { AuditResult } from '../../model/audit-result.js';
import { escapeMarkdownCell as md } from '../escape.js';
import { formatLevel } from '../format-number.js';
import { strataLayout } from './strata-layout.js';
import { trends, trendTable } from './trend-layout.js';

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const row = (cells: readonly string[]) => `| ${cells.map(md).join(' | ')} |`;
  return [row(head), `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map(row)];
}

function strataMarkdown(result: AuditResult): string[] {
  const layout = strataLayout(result);
  if (!layout) return [];
  return [
    `### ${md(layout.title)}`,
    '',
    md(layout.intro),
    '',
    ...layout.attributes.flatMap((a) => [
      `#### ${md(a.attribute)}`,
      '',
      a.notes.map(md).join(' '),
      '',
      ...table(a.comparison.head, a.comparison.rows),
      '',
      '<details>',
      `<summary>Strata of ${md(a.attribute)}: rows and selection rate per group</summary>`,
      '',
      ...table(a.strata.head, a.strata.rows),
      '',
      '</details>',
      '',
    ]),
  ];
}

function trendMarkdown(result: AuditResult): string[] {
  const all = trends(result);
  if (all.length === 0) return [];
  const w = result.windows!;
  const intro = `Each window of ${w.every === 'week' ? 'an ISO week' : `a ${w.every}`} of \`${md(w.column)}\` (${md(w.tz)}) audited on its own; values with their ${formatLevel(result.config.confidence)} confidence intervals.`;
  return [`### Over time: ${md(w.column)} by ${w.every}`, '', intro, '', ...all.flatMap((t) => [`#### ${md(t.title)}`, '', ...table(trendTable(t, result).head, trendTable(t, result).rows), ''])];
}

/** The Markdown report's section on strata and time windows ('' without either). */
export function renderSplitsMarkdown(result: AuditResult): string {
  return [...strataMarkdown(result), ...trendMarkdown(result)].join('\n').trimEnd();
}
