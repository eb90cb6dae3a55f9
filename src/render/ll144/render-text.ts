import Table from 'cli-table3';
import { escapeTerminal } from '../escape.js';
import { ll144Layout, type Ll144TableLayout } from './ll144-layout.js';
import type { Ll144Section } from '../../model/sections.js';

function textTable(t: Ll144TableLayout): string {
  const table = new Table({
    head: t.head,
    style: { head: [], border: [], compact: true },
    colAligns: t.head.map((_, i) => (i < t.categoryColumns ? 'left' : 'right')),
  });
  for (const row of t.rows) table.push(row.map(escapeTerminal));
  return [t.heading, table.toString(), t.unknownNote].join('\n');
}

/** The LL144 tables for the terminal (plain text; category names escaped). */
export function renderLl144Text(section: Ll144Section): string {
  const layout = ll144Layout(section);
  const excluded = layout.excluded.length > 0 ? [`${layout.excludedHeading}:`, ...layout.excluded.map((l) => `  - ${escapeTerminal(l)}`)] : [];
  return [layout.title, ...layout.intro, '', layout.tables.map(textTable).join('\n\n'), '', ...excluded].join('\n');
}
