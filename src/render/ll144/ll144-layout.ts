import { formatPercent, formatValue } from '../format-number.js';
import { groupCount } from '../group-count.js';
import type { Ll144Category, Ll144Section, Ll144Table } from '../../model/sections.js';
import { countOf } from '../../util/plural.js';

/** One published table: its heading, column heads and cells (plain text, escaped by the renderer). */
export interface Ll144TableLayout {
  heading: string;
  head: string[];
  /** columns after the category columns are numbers (right-aligned) */
  categoryColumns: number;
  rows: string[][];
  /** "Unknown category: …" */
  unknownNote: string;
}

export interface Ll144Layout {
  title: string;
  intro: string[];
  tables: Ll144TableLayout[];
  excludedHeading: string;
  excluded: string[];
}

const HEADINGS: Record<Ll144Table['kind'], string> = { sex: 'Sex', race: 'Race/Ethnicity', intersectional: 'Intersectional categories' };

const count = (n: number) => n.toLocaleString('en-US');

function rateName(s: Ll144Section): string {
  return s.rateKind === 'scoring' ? 'Scoring rate' : 'Selection rate';
}

/** Category cells: one per column, race before sex in the intersectional table as in the DCWP examples. */
function categoryCells(t: Ll144Table, c: Ll144Category, s: Ll144Section): string[] {
  if (t.kind !== 'intersectional') return [c.key];
  const cell = (column: string) => (Object.hasOwn(c.values, column) ? c.values[column]! : '');
  return [cell(s.race), cell(s.sex)];
}

function tableLayout(t: Ll144Table, s: Ll144Section): Ll144TableLayout {
  const categoryHead = t.kind === 'intersectional' ? ['Race/Ethnicity', 'Sex'] : [HEADINGS[t.kind]];
  const isSelection = s.rateKind === 'selection';
  const head = [...categoryHead, 'Number of applicants', ...(isSelection ? ['Number selected'] : []), rateName(s), 'Impact ratio'];
  const rows = t.categories.map((c) => {
    if (c.applicants === null) return [...categoryCells(t, c, s), groupCount({ n: null, suppressed: c.suppressed }, s.suppressBelow ?? 0), ...(isSelection ? ['—'] : []), '—', 'hidden'];
    return [...categoryCells(t, c, s), count(c.applicants), ...(isSelection ? [count(c.selected ?? 0)] : []), formatPercent(c.rate), c.isExcluded ? 'excluded †' : formatValue(c.impactRatio)];
  });
  const unknownNote = t.unknown === null
    ? 'Unknown category: not shown, because it includes a category hidden by small-cell suppression; those individuals are not included in the calculations above.'
    : `Unknown category: ${count(t.unknown)} ${t.unknown === 1 ? 'individual' : 'individuals'} assessed, not included in the calculations above.`;
  return { heading: HEADINGS[t.kind], head, categoryColumns: categoryHead.length, rows, unknownNote };
}

function intro(s: Ll144Section): string[] {
  const rate = s.rateKind === 'scoring'
    ? `Scoring rate = the share of a category scoring above the median score of the full sample (${formatValue(s.median, 4)}).`
    : 'Selection rate = the share of a category selected to move forward (or assigned the classification).';
  const hidden = s.tables.some((t) => t.categories.some((c) => c.applicants === null))
    ? [`Categories shown as <${s.suppressBelow} or hidden are withheld by small-cell suppression (fewer than ${countOf(s.suppressBelow ?? 0, 'individuals')}, or hidden so that those cannot be recovered from the totals): no count, rate or impact ratio of theirs is published, and none is the highest rate.`]
    : [];
  return [
    `${countOf(s.rows, 'individuals', { format: count })} assessed. ${rate}`,
    `Impact ratio = a category's ${rateName(s).toLowerCase()} ÷ the highest ${rateName(s).toLowerCase()} among the categories of the same table (6 RCNY §5-300).`,
    ...hidden,
  ];
}

function excludedLines(s: Ll144Section): string[] {
  return s.tables.flatMap((t) =>
    t.categories
      .filter((c) => c.isExcluded)
      .map((c) => `${HEADINGS[t.kind]}: ${categoryCells(t, c, s).join(' × ')}: ${countOf(c.applicants ?? 0, 'applicants', { format: count })} (${formatPercent(c.share)} of the data), ${rateName(s).toLowerCase()} ${formatPercent(c.rate)}`),
  );
}

/** The LL144 tables as an auditor publishes them (6 RCNY §5-301, §5-303), independent of the output format. */
export function ll144Layout(s: Ll144Section): Ll144Layout {
  const what = s.rateKind === 'scoring' ? 'scoring rates' : 'selection rates';
  return {
    title: `NYC Local Law 144 bias audit: ${what} and impact ratios`,
    intro: intro(s),
    tables: s.tables.map((t) => tableLayout(t, s)),
    excludedHeading: `† Excluded from the impact ratios: categories with less than ${formatPercent(s.excludeBelow)} of the data (6 RCNY §5-301(d)); too few individuals for a stable ratio`,
    excluded: excludedLines(s),
  };
}
