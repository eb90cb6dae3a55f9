import type { AttributeResult, AuditResult, GroupResult } from '../../model/audit-result.js';
import type { ClassShare } from '../../model/class-results.js';

type Value = string | number | null | undefined;

/** A CSV column of the class section: `class_<c>_share`, `tier_<c>_impact_p`, … */
export interface ClassCsvColumn {
  name: string;
  value: (g: GroupResult, attribute: AttributeResult | undefined) => Value;
}

/** The fields of one class (or tier) share, each a column. */
const FIELDS: [string, (s: ClassShare) => Value][] = [
  ['n', (s) => s.n],
  ['share', (s) => s.share],
  ['ci_low', (s) => s.interval?.[0]],
  ['ci_high', (s) => s.interval?.[1]],
  ['impact', (s) => s.impact?.value],
  ['impact_ci_low', (s) => s.impact?.interval?.[0]],
  ['impact_ci_high', (s) => s.impact?.interval?.[1]],
  ['impact_test', (s) => s.impact?.test],
  ['impact_p', (s) => s.impact?.pValue],
  ['impact_p_adjusted', (s) => s.impact?.pValueAdjusted],
];

/**
 * With `--decision`: per class, then per tier (with an order), its rows,
 * share, Wilson interval and ratio to the reference with its interval and
 * test, in the run's class order; none otherwise. The whole-population row
 * and suppressed groups leave them empty.
 */
export function classCsvColumns(result: AuditResult): ClassCsvColumn[] {
  const classes = result.attributes.find((a) => a.classes)?.classes;
  if (!classes) return [];
  const of = (kind: 'class' | 'tier', name: string) => (g: GroupResult) => (kind === 'class' ? g.classes?.shares : g.classes?.atLeast)?.find((s) => s.class === name);
  const columns = (kind: 'class' | 'tier', name: string): ClassCsvColumn[] =>
    FIELDS.map(([field, read]) => ({ name: `${kind}_${name}_${field}`, value: (g) => { const s = of(kind, name)(g); return s ? read(s) : undefined; } }));
  const tiers = classes.ordered ? classes.order.slice(0, -1) : [];
  return [...classes.order.flatMap((c) => columns('class', c)), ...tiers.flatMap((t) => columns('tier', t))];
}
