import { escapeMarkdownCell as md } from '../escape.js';
import { ll144Layout, type Ll144TableLayout } from './ll144-layout.js';
import type { Ll144Section } from '../../model/sections.js';

function markdownTable(t: Ll144TableLayout): string[] {
  const row = (cells: readonly string[]) => `| ${cells.map(md).join(' | ')} |`;
  const align = t.head.map((_, i) => (i < t.categoryColumns ? '---' : '---:'));
  return [`#### ${t.heading}`, '', row(t.head), `| ${align.join(' | ')} |`, ...t.rows.map(row), '', md(t.unknownNote), ''];
}

/**
 * The LL144 bias-audit tables in Markdown, laid out as published summaries of
 * results are (6 RCNY §5-303): per sex, race/ethnicity and intersectional
 * category the number of applicants, the selection or scoring rate and the
 * impact ratio; the unknown count; the excluded categories with their counts
 * and rates. A section of the Markdown report (whose own title is `##` and
 * sections `###`); the report's provenance says where the numbers come from.
 */
export function renderLl144Markdown(section: Ll144Section): string {
  const layout = ll144Layout(section);
  const excluded = layout.excluded.length > 0 ? [`${layout.excludedHeading}:`, '', ...layout.excluded.map((l) => `- ${md(l)}`), ''] : [];
  return [`### ${layout.title}`, '', ...layout.intro.map((l) => `${l}  `), '', ...layout.tables.flatMap(markdownTable), ...excluded].join('\n').trimEnd();
}
