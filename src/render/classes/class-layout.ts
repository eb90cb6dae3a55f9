import type { AttributeResult, AuditResult } from '../../model/audit-result.js';
import type { ClassShare } from '../../model/class-results.js';
import { formatPValue, formatValue } from '../format-number.js';

/**
 * The class section of an attribute (`--decision`) as plain strings, shared by
 * the terminal, Markdown and HTML: a caption, then a row per group with each
 * class's share and its ratio to the reference's, each tier's (with an
 * order; the top tier is the top class), TVD and JS. Escaping is the format's.
 */
export interface ClassLayout {
  caption: string;
  head: string[];
  rows: string[][];
}

/** `0.062 ×0.54`: the share, and its ratio to the reference's when the group is not the reference. */
export function shareCell(s: ClassShare | undefined): string {
  if (!s) return '—';
  const ratio = s.impact ? ` ×${formatValue(s.impact.value, 2)}` : '';
  return `${formatValue(s.share)}${ratio}`;
}

/** The caption: the classes in order, the reference, the test of independence. */
export function classCaption(result: AuditResult, a: AttributeResult): string {
  const c = a.classes!;
  const order = c.ordered ? `${c.order.join(' > ')} (most favourable first)` : c.order.join(', ');
  const t = c.independence;
  const test = t ? `; group × class: χ²(${t.df}) = ${formatValue(t.statistic, 1)}, p ${formatPValue(t.pValue)}, Cramér's V = ${formatValue(t.statistic === 0 ? 0 : t.cramersV)}` : '';
  return `classes of ${result.config.columns.decision}: ${order}; shares ×ratio to ${c.reference ?? 'no reference'}${test}`;
}

export function classLayout(result: AuditResult, a: AttributeResult): ClassLayout | undefined {
  const c = a.classes;
  if (!c) return undefined;
  const tiers = c.ordered ? c.order.slice(1, -1) : [];
  const head = ['group', 'n', ...c.order, ...tiers.map((t) => `≥ ${t}`), 'TVD', 'JS'];
  const rows = a.groups.map((g) => {
    const cls = g.classes;
    if (!cls) return [g.key, '—', ...c.order.map(() => '—'), ...tiers.map(() => '—'), '—', '—'];
    return [
      g.key,
      String(cls.n),
      ...c.order.map((k) => shareCell(cls.shares.find((s) => s.class === k))),
      ...tiers.map((t) => shareCell(cls.atLeast?.find((s) => s.class === t))),
      formatValue(g.disparities.tvd?.value),
      formatValue(g.disparities.js?.value),
    ];
  });
  return { caption: classCaption(result, a), head, rows };
}
