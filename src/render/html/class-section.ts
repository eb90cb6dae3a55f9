import type { AttributeResult, AuditResult } from '../../model/audit-result.js';
import { stackedBarChart } from '../charts/stacked-bar-chart.js';
import { classLayout } from '../classes/class-layout.js';
import { htmlTable, t } from './markup.js';

/**
 * With `--decision`: the class shares of each group as stacked bars (the
 * reference outlined), then the compact table of shares, ratios, tiers, TVD
 * and JS, its caption naming the order, the reference and the chi-square test.
 */
export function classSectionHtml(result: AuditResult, a: AttributeResult, id: string): string[] {
  const layout = classLayout(result, a);
  const classes = a.classes;
  if (!layout || !classes) return [];
  const rows = a.groups.map((g) => ({
    label: g.key,
    shares: g.classes ? classes.order.map((c) => g.classes!.shares.find((s) => s.class === c)?.share ?? null) : null,
    isReference: g.key === classes.reference,
  }));
  const chart = stackedBarChart({ id: `${id}-classes`, title: `Class shares of ${result.config.columns.decision} by ${a.name}`, classes: classes.order, rows });
  const caption = 'Each group\'s share of every class of the decision; the outlined bar is the reference group.';
  const table = htmlTable({
    caption: layout.caption,
    head: layout.head,
    headHtml: layout.head.map(t),
    rows: layout.rows.map((r) => r.map(t)),
    cellClass: (i) => (i === 0 ? '' : ' class="num"'),
    numeric: new Set(layout.head.map((_, i) => i).filter((i) => i > 0)),
    className: 'groups classes',
  });
  return ['<h3>Decision classes</h3>', `<figure class="figure">\n${chart}\n<figcaption>${t(caption)}</figcaption>\n</figure>`, table];
}
