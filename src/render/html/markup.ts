import type { Finding, Verdict } from '../../model/finding.js';
import { groupVerdict, othersText, worstText } from '../verdict-cell.js';
import type { CellParts } from '../cell-format.js';
import { escapeHtml } from '../escape.js';
import { VERDICT_LABEL } from '../verdicts.js';

/** Escaped text; every string from the data or the config goes through here. */
export const t = escapeHtml;

/** A verdict as a mark, a word and a colour class: the colour is never the only signal. */
export function badge(verdict: Verdict | undefined): string {
  if (!verdict) return '<span class="badge v-none">no rule</span>';
  const { mark, word } = VERDICT_LABEL[verdict];
  return `<span class="badge v-${verdict}">${mark} ${word}</span>`;
}

/** A value with its interval in a span, so print can put the interval on its own line. */
export function valueCell(p: CellParts): string {
  return p.interval ? `${t(p.value)} <span class="ci">${t(p.interval)}</span>` : t(p.value);
}

export interface TableSpec {
  caption: string;
  /** column headings (plain text, escaped here) */
  head: readonly string[];
  /** the headings as already-escaped HTML (e.g. an `<abbr>`), instead of `head`'s text */
  headHtml?: readonly string[];
  /** rows of already-escaped HTML cells; the first cell is the row's header */
  rows: readonly (readonly string[])[];
  className?: string;
  /** columns (by index) to align right: numbers */
  numeric?: ReadonlySet<number>;
  /** a cell's class attribute by column index (` class="…"`), instead of the numeric alignment */
  cellClass?: (column: number) => string | undefined;
}

/** A group's verdict cell: the worst verdict's badge and, under it, how many of its other checks got each verdict. */
export function verdictBadge(findings: readonly Pick<Finding, 'status'>[]): string {
  const v = groupVerdict(findings);
  if (!v) return badge(undefined);
  const others = othersText(v);
  return `<span class="badge v-${v.worst}">${t(worstText(v))}</span>${others ? `<span class="others">${t(others)}</span>` : ''}`;
}

/** A data table with a caption, column headers (`scope="col"`) and row headers (`scope="row"`). */
export function htmlTable(spec: TableSpec): string {
  const align = (i: number) => (spec.numeric?.has(i) ? ' class="num"' : '');
  const head = (spec.headHtml ?? spec.head.map(t)).map((h, i) => `<th scope="col"${align(i)}>${h}</th>`).join('');
  const rows = spec.rows.map((cells) => {
    const [first, ...rest] = cells;
    return `<tr><th scope="row">${first ?? ''}</th>${rest.map((c, i) => `<td${spec.cellClass?.(i + 1) ?? align(i + 1)}>${c}</td>`).join('')}</tr>`;
  });
  return [
    `<div class="table-wrap"><table${spec.className ? ` class="${spec.className}"` : ''}>`,
    `<caption>${t(spec.caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table></div>',
  ].join('\n');
}

/** A definition list of label → value pairs (values escaped here). */
export function factList(facts: readonly { label: string; value: string }[], className = 'facts'): string {
  const items = facts.map((f) => `<dt>${t(f.label)}</dt><dd>${t(f.value)}</dd>`).join('\n');
  return `<dl class="${className}">\n${items}\n</dl>`;
}
