import type { AuditResult } from '../../model/audit-result.js';
import { escapeTerminal } from '../escape.js';
import { drawTable, type TableOptions } from '../reporters/long-table.js';
import { strataLayout } from './strata-layout.js';
import { trends, trendTable } from './trend-layout.js';

const MAX_WIDTH = 100;

function table(head: readonly string[], rows: readonly string[][]): string {
  const options: TableOptions = { head: [...head], style: { head: [], border: [], compact: true }, colAligns: head.map((_, i) => (i === 0 ? 'left' : 'right')) };
  return drawTable(options, rows.map((r) => r.map(escapeTerminal)));
}

const width = (block: string) => Math.max(0, ...block.split('\n').map((l) => l.length));

/** The terminal's columns of the comparison table (the crude demographic disparity is in the other reports), with short heads: within 100 columns. */
const COMPACT: [number, string][] = [[0, 'group'], [1, 'n'], [2, 'vs'], [3, 'crude'], [4, 'MH OR (CI)'], [5, 'CMH p'], [6, 'std.'], [8, 'CDD'], [9, 'crude/within']];

/** The stratified comparisons, one compact table per attribute (the strata table itself is in the Markdown and HTML reports). */
function strataText(result: AuditResult): string[] {
  const layout = strataLayout(result);
  if (!layout) return [];
  const legend = 'crude: selection-rate ratio over all strata; MH OR: Mantel–Haenszel odds ratio within strata; CMH p: its test after Holm; std.: standardised rate ratio; CDD: conditional demographic disparity.';
  return [
    layout.title,
    ...layout.attributes.flatMap((a) => [
      `${escapeTerminal(a.attribute)}: ${escapeTerminal(a.notes.join(' '))}`,
      table(COMPACT.map(([, head]) => head), a.comparison.rows.map((r) => COMPACT.map(([i]) => r[i]!))),
      '',
    ]),
    legend,
    '',
  ];
}

/** A trend table per attribute and metric; past 100 columns the intervals are left out (the JSON, Markdown and HTML reports have them). */
function trendText(result: AuditResult): string[] {
  return trends(result).flatMap((t) => {
    const full = trendTable(t, result);
    let drawn = table(full.head, full.rows);
    if (width(drawn) > MAX_WIDTH) drawn = table(full.head, full.rows.map((r) => r.map((c) => c.replace(/ \([^)]*\)$/, ''))));
    return [`Trend: ${escapeTerminal(t.title)}`, drawn, ''];
  });
}

/** The terminal's section on strata and time windows ('' without either). */
export function renderSplitsText(result: AuditResult): string {
  return [...strataText(result), ...trendText(result)].join('\n').trimEnd();
}
