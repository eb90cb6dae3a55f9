import type { AttributeResult, AuditResult, GroupResult } from '../../model/audit-result.js';
import { disparityParts, metricParts } from '../cell-format.js';
import { formatPercent } from '../format-number.js';
import { groupCount } from '../group-count.js';
import { disparityKeys, metricKeys, titleOf } from '../metric-info.js';
import { bySeverity } from '../finding-order.js';
import type { AppendixLevel } from '../reporters/types.js';
import { VERDICT_LABEL, VERDICT_ORDER } from '../verdicts.js';
import { findingList } from './findings-section.js';
import { htmlTable, t, valueCell } from './markup.js';

interface Column {
  head: string;
  cell: (g: GroupResult) => string;
}

/** Columns per table, so every table fits an A4 page in print. */
const PER_TABLE = 6;

function allMetricsColumns(a: AttributeResult): Column[] {
  const counts = (['selected', 'positives', 'tp', 'fp', 'tn', 'fn', 'atK'] as const).filter((c) => a.groups.some((g) => g[c] !== undefined));
  const reference = (g: GroupResult, k: string) => t((g.disparities as Record<string, { reference: string | null } | undefined>)[k]?.reference ?? 'none');
  return [
    ...counts.map((c): Column => ({ head: c === 'atK' ? 'rank ≤ k' : c, cell: (g) => String(g[c] ?? '—') })),
    ...metricKeys(a.groups).filter((k) => k !== 'n').map((k): Column => ({ head: titleOf(k), cell: (g) => valueCell(metricParts(g, k)) })),
    ...disparityKeys(a.groups).map((k): Column => ({ head: `${titleOf(k)} (vs reference)`, cell: (g) => `${valueCell(disparityParts(g, k))}<br><span class="ref">vs ${reference(g, k)}</span>` })),
  ];
}

/** Every count, metric and disparity of an attribute, in tables of at most PER_TABLE value columns. */
function allMetricsTables(a: AttributeResult, suppressBelow: number): string {
  const columns = allMetricsColumns(a);
  const chunks = Array.from({ length: Math.ceil(columns.length / PER_TABLE) }, (_, i) => columns.slice(i * PER_TABLE, (i + 1) * PER_TABLE));
  return chunks
    .map((chunk, i) => htmlTable({
      caption: `Every metric of ${a.name} (${i + 1} of ${chunks.length})`,
      head: ['group', 'n', ...chunk.map((c) => c.head)],
      rows: a.groups.map((g) => [t(g.key), t(groupCount(g, suppressBelow)), ...chunk.map((c) => c.cell(g))]),
      numeric: new Set(chunk.map((_, j) => j + 1).concat(chunk.length + 1)),
      className: 'wide',
    }))
    .join('\n');
}

/** The numbers behind the reliability diagrams: the text alternative of the small multiples. */
function calibrationTable(a: AttributeResult): string {
  const rows = a.groups.flatMap((g) =>
    (g.calibration ?? []).map((b) => [t(g.key), `${b.lower.toFixed(2)}–${b.upper.toFixed(2)}`, String(b.n), formatPercent(b.meanScore), formatPercent(b.positiveRate)]),
  );
  if (rows.length === 0) return '';
  return htmlTable({ caption: `Calibration bins of ${a.name} (data of the reliability diagrams)`, head: ['group', 'score bin', 'rows', 'mean score', 'observed rate'], rows, numeric: new Set([2, 3, 4]) });
}

/** The counts behind every rate (selected, positives, confusion counts): what a reviewer recomputes the rates from. */
function countsTable(a: AttributeResult, suppressBelow: number): string {
  const counts = (['selected', 'positives', 'tp', 'fp', 'tn', 'fn', 'atK'] as const).filter((c) => a.groups.some((g) => g[c] !== undefined));
  if (counts.length === 0) return '';
  return htmlTable({
    caption: `Counts of ${a.name}`,
    head: ['group', 'n', ...counts.map((c) => (c === 'atK' ? 'rank ≤ k' : c))],
    rows: a.groups.map((g) => [t(g.key), t(groupCount(g, suppressBelow)), ...counts.map((c) => t(String(g[c] ?? '—')))]),
    numeric: new Set(counts.map((_, j) => j + 1).concat(counts.length + 1)),
  });
}

/** Every check in words, by verdict, most severe first: the full record behind the findings. */
function everyCheck(result: AuditResult): string {
  const sorted = bySeverity(result.findings, result);
  const blocks = VERDICT_ORDER.map((v) => ({ v, list: sorted.filter((f) => f.status === v) }))
    .filter((b) => b.list.length > 0)
    .map((b) => `<h4>${VERDICT_LABEL[b.v].mark} ${t(VERDICT_LABEL[b.v].word)} (${b.list.length})</h4>\n${findingList(result, b.list)}`);
  return blocks.length ? `<h3>Every check in words</h3>\n${blocks.join('\n')}` : '';
}

/**
 * The appendix at the level asked for: `summary`, the counts behind every
 * rate; `full`, every metric, every calibration bin and every check in words,
 * for the reviewer who wants all the numbers.
 */
export function appendixSection(result: AuditResult, level: Exclude<AppendixLevel, 'none'>): string {
  const suppressBelow = result.config.suppressBelow;
  const blocks = result.attributes.map((a) =>
    level === 'full'
      ? `<h3>${t(a.name)}</h3>\n${allMetricsTables(a, suppressBelow)}\n${calibrationTable(a)}`
      : countsTable(a, suppressBelow),
  );
  const intro = level === 'full'
    ? '<p>Every count, metric, interval and calibration bin of every group, and every check in words.</p>'
    : '<p>The counts behind the rates of every group; <code>--appendix full</code> adds every metric, every calibration bin and every check in words.</p>';
  const heading = level === 'full' ? 'Appendix: all numbers' : 'Appendix: counts';
  return `<section id="appendix" aria-labelledby="appendix-h">\n<h2 id="appendix-h">${heading}</h2>\n${intro}\n${blocks.join('\n')}${level === 'full' ? `\n${everyCheck(result)}` : ''}\n</section>`;
}
