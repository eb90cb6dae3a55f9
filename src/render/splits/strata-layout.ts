import type { AuditResult } from '../../model/audit-result.js';
import type { StrataAttribute, StrataGroup, StratumGroupCell, StratumRow } from '../../model/split-sections.js';
import { formatLevel, formatPValue, formatValue } from '../format-number.js';
import { withRange } from '../interval-text.js';
import { groupCount } from '../group-count.js';

/** The strata section as rows of plain text, shared by the terminal, Markdown and HTML renderers (each escapes). */
export interface StrataLayout {
  title: string;
  intro: string;
  attributes: {
    attribute: string;
    /** each group compared within the strata */
    comparison: { head: string[]; rows: string[][] };
    /** each stratum: the population's rows and selection rate, then each group's */
    strata: { head: string[]; rows: string[][] };
    notes: string[];
  }[];
}

const p = (x: number | undefined) => (x === undefined ? '—' : formatPValue(x).replace(/^= /, ''));
const signed = (x: number | null) => (x === null ? '—' : x > 0 ? `+${formatValue(x)}` : formatValue(x));

function comparisonRow(g: StrataGroup, k: number): string[] {
  const hidden = g.suppressed ? (g.n === null ? groupCount(g, k) : 'withheld') : undefined;
  const mh = g.mhOddsRatio === null ? '—' : withRange(g.mhOddsRatio, g.interval);
  if (hidden) return [g.key, g.n === null ? hidden : String(g.n), g.reference ?? '—', hidden, hidden, hidden, hidden, hidden, hidden, ''];
  return [g.key, String(g.n), g.reference ?? '—', formatValue(g.crudeRateRatio), mh, p(g.pValueAdjusted), formatValue(g.standardisedRateRatio), signed(g.crudeDd), signed(g.cdd), g.paradox ? 'reversed' : ''];
}

function cellText(c: StratumGroupCell | undefined, k: number): string {
  if (!c) return '—';
  if (c.suppressed) return groupCount(c, k);
  return c.n === 0 ? '0' : `${formatValue(c.selected! / c.n!)} (${c.n})`;
}

function stratumRow(r: StratumRow, groups: readonly string[], k: number): string[] {
  const n = r.suppressed ? groupCount(r, k) : String(r.n);
  const rate = r.n === null || r.n === 0 ? '—' : formatValue(r.selected! / r.n);
  return [`${Object.values(r.values).join(' × ')}${r.isSmall ? ' (small)' : ''}`, n, rate, ...groups.map((g) => cellText(r.groups.find((c) => c.group === g), k))];
}

function attributeLayout(a: StrataAttribute, result: AuditResult): StrataLayout['attributes'][number] {
  const level = formatLevel(result.config.confidence);
  const k = result.config.suppressBelow;
  const groups = a.groups.map((g) => g.key);
  const columns = (result.strata?.columns ?? []).join(' × ');
  const notes = [
    `${a.strata} strata of ${columns}${a.smallStrata.count > 0 ? `; ${a.smallStrata.count} with fewer than ${result.config.minGroupSize} rows${a.smallStrata.rows === null ? '' : ` (${a.smallStrata.rows} rows)`}, kept in every statistic` : ''}.`,
    ...(a.groups.some((g) => g.reference === '(rest)') ? ['(rest): every other row of the attribute, as the reference is the whole population.'] : []),
    ...(a.groups.some((g) => g.suppressed && g.n !== null) ? ['withheld: a stratum cell of the group or of its comparison is hidden by small-cell suppression, and every statistic here is a function of those cells.'] : []),
  ];
  return {
    attribute: a.attribute,
    comparison: {
      head: ['group', 'n', 'compared with', 'crude rate ratio', `MH odds ratio (${level} CI)`, 'CMH p (Holm)', 'std. rate ratio', 'crude DD', 'CDD', 'crude vs within'],
      rows: a.groups.map((g) => comparisonRow(g, k)),
    },
    strata: { head: [columns, 'n', 'selection', ...groups.map((g) => `${g}: rate (n)`)], rows: a.rows.map((r) => stratumRow(r, groups, k)) },
    notes,
  };
}

export function strataLayout(result: AuditResult): StrataLayout | undefined {
  const section = result.strata;
  if (!section) return undefined;
  const columns = section.columns.join(' × ');
  return {
    title: `Within legitimate factors: ${columns}`,
    intro:
      `Each group compared with its reference within each stratum of ${columns}: the Mantel–Haenszel odds ratio of selection with the Cochran–Mantel–Haenszel test, ` +
      `the directly standardised selection-rate ratio (the whole population's mix of strata as weights), and the conditional demographic disparity against every other row ` +
      `(CDD > 0: the group makes up more of the rejected than of the selected). "reversed": the crude and the stratified comparison point in opposite directions (Simpson's paradox).`,
    attributes: section.attributes.map((a) => attributeLayout(a, result)),
  };
}
