import type { AttributeResult, AuditResult } from '../audit-result.js';
import { disparityCell, metricCell } from '../cell-format.js';
import { formatPercent } from '../format-number.js';
import { disparityKeys, metricKeys, titleOf } from '../metric-info.js';
import { htmlTable, t } from './markup.js';

function allMetricsTable(a: AttributeResult): string {
  const metrics = metricKeys(a.groups).filter((k) => k !== 'n');
  const disparities = disparityKeys(a.groups);
  const counts = (['selected', 'positives', 'tp', 'fp', 'tn', 'fn'] as const).filter((c) => a.groups.some((g) => g[c] !== undefined));
  const head = ['group', 'n', ...counts, ...metrics.map(titleOf), ...disparities.map((k) => `${titleOf(k)} (vs reference)`)];
  const rows = a.groups.map((g) => [
    t(g.key),
    String(g.n),
    ...counts.map((c) => String(g[c] ?? '—')),
    ...metrics.map((k) => t(metricCell(g, k))),
    ...disparities.map((k) => `${t(disparityCell(g, k))}<br><span class="ref">vs ${t((g.disparities as Record<string, { reference: string | null } | undefined>)[k]?.reference ?? 'none')}</span>`),
  ]);
  return htmlTable({ caption: `Every metric of ${a.name}`, head, rows, numeric: new Set(head.map((_, i) => i).filter((i) => i > 0)), className: 'wide' });
}

/** The numbers behind the reliability diagrams: the text alternative of the small multiples. */
function calibrationTable(a: AttributeResult): string {
  const rows = a.groups.flatMap((g) =>
    (g.calibration ?? []).map((b) => [t(g.key), `${b.lower.toFixed(2)}–${b.upper.toFixed(2)}`, String(b.n), formatPercent(b.meanScore), formatPercent(b.positiveRate)]),
  );
  if (rows.length === 0) return '';
  return htmlTable({ caption: `Calibration bins of ${a.name} (data of the reliability diagrams)`, head: ['group', 'score bin', 'rows', 'mean score', 'observed rate'], rows, numeric: new Set([2, 3, 4]) });
}

/** Every metric and every calibration bin, for the reviewer who wants all the numbers. */
export function appendixSection(result: AuditResult): string {
  const blocks = result.attributes.map((a) => `<h3>${t(a.name)}</h3>\n${allMetricsTable(a)}\n${calibrationTable(a)}`);
  return `<section id="appendix" aria-labelledby="appendix-h">\n<h2 id="appendix-h">Appendix: all numbers</h2>\n${blocks.join('\n')}\n</section>`;
}
