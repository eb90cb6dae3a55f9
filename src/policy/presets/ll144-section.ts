import type { AuditConfig, Ll144Options } from '../../model/config.js';
import { MISSING_GROUP } from '../../core/types.js';
import type { AttributeResult, GroupResult } from '../../model/audit-result.js';
import { sortNatural } from '../../util/natural-order.js';
import { ll144Attributes } from './presets.js';
import type { Ll144Category, Ll144Section, Ll144Table, SelectionSummary } from '../../model/sections.js';

function isUnknown(g: GroupResult, unknown: ReadonlySet<string>): boolean {
  return Object.values(g.values).some((v) => v === MISSING_GROUP || unknown.has(v.toLowerCase()));
}

/** A category's row: hidden by small-cell suppression like its group (name only), or its counts, rate and share. */
function categoryOf(g: GroupResult, o: Ll144Options, rows: number): Ll144Category {
  const { key, values } = g;
  if (g.n === null) return { key, values, applicants: null, selected: null, rate: null, impactRatio: null, share: null, isExcluded: false, ...(g.suppressed ? { suppressed: g.suppressed } : {}) };
  const share = g.n / rows;
  return { key, values, applicants: g.n, selected: g.selected ?? 0, rate: g.metrics.selection_rate ?? null, impactRatio: null, share, isExcluded: share < o.excludeBelow };
}

/**
 * Rows in an unknown category: the attribute's excluded rows and its unknown
 * groups. Null when one of those groups is hidden: the sum would give its count.
 */
function unknownCount(a: AttributeResult, unknownGroups: readonly GroupResult[]): number | null {
  let sum = a.rowsExcluded;
  for (const g of unknownGroups) {
    if (g.n === null) return null;
    sum += g.n;
  }
  return sum;
}

/**
 * One table: each known category's applicants and rate; impact ratio = rate /
 * the highest rate among the categories not excluded (6 RCNY §5-300). A
 * category under `excludeBelow` of the audited rows is listed with its count
 * and rate but left out of the impact ratios (§5-301(d)); unknown categories
 * are only counted. A hidden category (small-cell suppression) is named only,
 * and is never the reference: its rate would follow from the ratios.
 */
function table(kind: Ll144Table['kind'], a: AttributeResult, o: Ll144Options, rows: number): Ll144Table {
  const unknownValues = new Set(o.unknown.map((v) => v.toLowerCase()));
  const known = a.groups.filter((g) => !isUnknown(g, unknownValues));
  const unknown = unknownCount(a, a.groups.filter((g) => isUnknown(g, unknownValues)));
  // in natural order (`<25` before `25-34` before `65+`), the order of every report
  const categories = sortNatural(known.map((g) => categoryOf(g, o, rows)), (c) => c.key);
  let reference: Ll144Category | undefined;
  for (const c of categories) {
    if (!c.isExcluded && c.rate !== null && (reference === undefined || c.rate > reference.rate!)) reference = c;
  }
  for (const c of categories) {
    if (!c.isExcluded && c.rate !== null && reference && reference.rate! > 0) c.impactRatio = c.rate / reference.rate!;
  }
  return { kind, attribute: a.name, columns: [...a.columns], reference: reference?.key ?? null, unknown, categories };
}

/** The LL144 bias-audit tables for sex, race/ethnicity and their intersection, from the audited attributes. */
export function ll144Section(attributes: readonly AttributeResult[], config: Readonly<AuditConfig>, rows: number, selection: SelectionSummary | undefined): Ll144Section | undefined {
  const o = config.ll144;
  if (!o) return undefined;
  const names = ll144Attributes(o);
  const kinds: Ll144Table['kind'][] = ['sex', 'race', 'intersectional'];
  const tables = names.flatMap((name, i) => {
    const a = attributes.find((x) => x.name === name);
    return a ? [table(kinds[i]!, a, o, rows)] : [];
  });
  const isScoring = selection?.method === 'above-median';
  return {
    rateKind: isScoring ? 'scoring' : 'selection',
    median: isScoring ? selection.cutoff : null,
    rows,
    excludeBelow: o.excludeBelow,
    ...(config.suppressBelow > 0 ? { suppressBelow: config.suppressBelow } : {}),
    sex: o.sex,
    race: o.race,
    tables,
  };
}
