import { htmlTable, t } from '../html/markup.js';
import { ll144Layout, type Ll144TableLayout } from './ll144-layout.js';
import type { Ll144Section } from '../../model/sections.js';

/** Cells are plain text from the layout; category names come from the data, so every cell is escaped. */
function table(layout: Ll144TableLayout, rateWords: string): string {
  const numeric = new Set(layout.head.map((_, i) => i).filter((i) => i >= layout.categoryColumns));
  const caption = `${layout.heading}: number of applicants, ${rateWords} and impact ratio per category`;
  const rows = layout.rows.map((r) => r.map(t));
  return `<h3>${t(layout.heading)}</h3>\n${htmlTable({ caption, head: layout.head, rows, numeric, className: 'll144-table' })}\n<p class="note">${t(layout.unknownNote)}</p>`;
}

/**
 * The LL144 tables as a section of the HTML report (the page's own
 * stylesheet, CSP and table markup with caption and header scopes), placed
 * after the summary when the ll144 preset is applied.
 */
export function renderLl144Html(section: Ll144Section): string {
  const layout = ll144Layout(section);
  const rateWords = section.rateKind === 'scoring' ? 'scoring rate' : 'number selected, selection rate';
  const excluded = layout.excluded.length > 0
    ? `<p class="note">${t(layout.excludedHeading)}:</p>\n<ul class="note">\n${layout.excluded.map((l) => `<li>${t(l)}</li>`).join('\n')}\n</ul>`
    : '';
  return [
    '<section id="ll144" class="ll144" aria-labelledby="ll144-h">',
    `<h2 id="ll144-h">${t(layout.title)}</h2>`,
    `<p>${layout.intro.map(t).join('<br>')}</p>`,
    ...layout.tables.map((x) => table(x, rateWords)),
    excluded,
    '</section>',
  ].filter(Boolean).join('\n');
}
