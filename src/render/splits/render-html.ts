import type { AuditResult } from '../../model/audit-result.js';
import { MISSING_GROUP } from '../../core/types.js';
import { trendChart } from '../charts/trend-chart.js';
import { formatLevel } from '../format-number.js';
import { htmlTable, t } from '../html/markup.js';
import { strataLayout } from './strata-layout.js';
import { trends, trendTable } from './trend-layout.js';

const numeric = (head: readonly string[]) => new Set(head.map((_, i) => i).filter((i) => i > 0));

function strataHtml(result: AuditResult): string[] {
  const layout = strataLayout(result);
  if (!layout) return [];
  return [
    '<section id="strata" aria-labelledby="strata-h">',
    `<h2 id="strata-h">${t(layout.title)}</h2>`,
    `<p>${t(layout.intro)}</p>`,
    ...layout.attributes.flatMap((a) => [
      `<h3>${t(a.attribute)}</h3>`,
      `<p class="subtitle">${t(a.notes.join(' '))}</p>`,
      htmlTable({ caption: `${a.attribute}: each group compared within the strata`, head: a.comparison.head, rows: a.comparison.rows.map((r) => r.map(t)), numeric: numeric(a.comparison.head) }),
      htmlTable({ caption: `${a.attribute}: the strata table (rows and selection rate of the population and of each group per stratum)`, head: a.strata.head, rows: a.strata.rows.map((r) => r.map(t)), numeric: numeric(a.strata.head) }),
    ]),
    '</section>',
  ];
}

function trendHtml(result: AuditResult): string[] {
  const all = trends(result);
  if (all.length === 0) return [];
  const w = result.windows!;
  const level = formatLevel(result.config.confidence);
  return [
    '<section id="windows" aria-labelledby="windows-h">',
    `<h2 id="windows-h">Over time: ${t(w.column)} by ${t(w.every)}</h2>`,
    `<p>Each window (${t(w.tz)}) audited on its own; the lines join each group's value window by window, the whiskers are ${t(level)} confidence intervals, dashed lines the rules' bounds.</p>`,
    ...all.flatMap((trend, i) => {
      const dated = trend.windows.map((x, j) => ({ x, j })).filter(({ x }) => x.window !== MISSING_GROUP);
      const chart = trendChart({
        id: `trend-${i + 1}`,
        title: trend.title,
        windows: dated.map(({ x }) => x.window),
        series: trend.groups.map((name, g) => ({ name, points: dated.map(({ j }) => trend.points[j]![g]!) })),
        bounds: trend.bounds,
        level,
      });
      const tableSpec = trendTable(trend, result);
      return [`<h3>${t(trend.title)}</h3>`, `<figure>${chart}</figure>`, htmlTable({ caption: `${trend.title}, window by window`, head: tableSpec.head, rows: tableSpec.rows.map((r) => r.map(t)), numeric: numeric(tableSpec.head) })];
    }),
    '</section>',
  ];
}

/** The HTML report's sections on strata (the strata table) and time windows (a trend chart and table per metric); '' without either. */
export function renderSplitsHtml(result: AuditResult): string {
  return [...strataHtml(result), ...trendHtml(result)].join('\n');
}
