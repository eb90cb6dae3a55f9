import type { Ll144Section } from '../audit-result.js';
import { escapeMarkdownText } from './escape-cells.js';
import { ll144Layout, type Ll144TableLayout } from './ll144-layout.js';

/** Where the numbers come from, for a standalone document. */
export interface Ll144About {
  file: string;
  sha256: string;
  generatedAt: string;
  tool: { name: string; version: string };
}

function markdownTable(t: Ll144TableLayout): string[] {
  const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdownText).join(' | ')} |`;
  const align = t.head.map((_, i) => (i < t.categoryColumns ? '---' : '---:'));
  return [`### ${t.heading}`, '', row(t.head), `| ${align.join(' | ')} |`, ...t.rows.map(row), '', escapeMarkdownText(t.unknownNote), ''];
}

export function aboutLines(about: Ll144About): string[] {
  return [
    `Data: ${about.file} (SHA-256 ${about.sha256})`,
    `Calculated by ${about.tool.name} ${about.tool.version} on ${about.generatedAt}`,
  ];
}

/**
 * The LL144 bias-audit tables in Markdown, laid out as published summaries of
 * results are (6 RCNY §5-303): per sex, race/ethnicity and intersectional
 * category the number of applicants, the selection or scoring rate and the
 * impact ratio; the unknown count; the excluded categories with their counts and rates.
 */
export function renderLl144Markdown(section: Ll144Section, about?: Ll144About): string {
  const layout = ll144Layout(section);
  const excluded = layout.excluded.length > 0 ? [`${layout.excludedHeading}:`, '', ...layout.excluded.map((l) => `- ${escapeMarkdownText(l)}`), ''] : [];
  return [
    `## ${layout.title}`,
    '',
    ...(about ? [...aboutLines(about).map((l) => `${escapeMarkdownText(l)}  `), ''] : []),
    ...layout.intro.map((l) => `${l}  `),
    '',
    ...layout.tables.flatMap(markdownTable),
    ...excluded,
  ].join('\n');
}
