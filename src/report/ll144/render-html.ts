import type { Ll144Section } from '../audit-result.js';
import { escapeHtmlText as h } from './escape-cells.js';
import { ll144Layout, type Ll144TableLayout } from './ll144-layout.js';
import { aboutLines, type Ll144About } from './render-markdown.js';

const STYLE = `.ll144 { font: 14px/1.45 system-ui, sans-serif; color: #111; max-width: 60rem; }
.ll144 table { border-collapse: collapse; margin: .5rem 0; }
.ll144 th, .ll144 td { border: 1px solid #999; padding: .25rem .6rem; }
.ll144 th { background: #eee; text-align: left; }
.ll144 td.num { text-align: right; font-variant-numeric: tabular-nums; }
.ll144 .note { color: #333; font-size: 13px; }
@media print { .ll144 table { page-break-inside: avoid; } }`;

function htmlTable(t: Ll144TableLayout): string {
  const head = t.head.map((c) => `<th scope="col">${h(c)}</th>`).join('');
  const rows = t.rows
    .map((r) => `<tr>${r.map((c, i) => (i < t.categoryColumns ? `<th scope="row">${h(c)}</th>` : `<td class="num">${h(c)}</td>`)).join('')}</tr>`)
    .join('\n');
  return `<h3>${h(t.heading)}</h3>\n<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>\n<p class="note">${h(t.unknownNote)}</p>`;
}

/** The LL144 tables as an HTML fragment (`<section class="ll144">` with its own scoped style), for embedding in a report. */
export function renderLl144Html(section: Ll144Section, about?: Ll144About): string {
  const layout = ll144Layout(section);
  const excluded = layout.excluded.length > 0 ? `<p class="note">${h(layout.excludedHeading)}:</p>\n<ul class="note">${layout.excluded.map((l) => `<li>${h(l)}</li>`).join('')}</ul>` : '';
  return [
    '<section class="ll144">',
    `<style>${STYLE}</style>`,
    `<h2>${h(layout.title)}</h2>`,
    ...(about ? [`<p class="note">${aboutLines(about).map(h).join('<br>')}</p>`] : []),
    `<p>${layout.intro.map(h).join('<br>')}</p>`,
    ...layout.tables.map(htmlTable),
    excluded,
    '</section>',
  ].join('\n');
}

/** A standalone, printable page with the LL144 tables (no scripts, no external assets). */
export function renderLl144Page(section: Ll144Section, about: Ll144About): string {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${h(ll144Layout(section).title)}</title>\n</head>\n<body>\n${renderLl144Html(section, about)}\n</body>\n</html>\n`;
}
