import type { AuditConfig } from '../model/config.js';
import { OVERALL_GROUP, type AttributeTally } from '../core/types.js';
import type { AttributeResult, DisparityResult } from '../model/audit-result.js';
import type { AttributeClasses, ClassShare, GroupClasses } from '../model/class-results.js';
import { wilsonInterval } from '../stats/wilson.js';
import { chiSquareIndependence } from '../stats/chi-square-independence.js';
import { withStatistics } from './disparity-statistics.js';
import { ratio } from './rates.js';
import type { IntervalSettings } from './intervals.js';

/** Rows per class in the run's class order, and with an order the rows of each tier or better. */
function countsOf(classes: ReadonlyMap<string, number> | undefined, order: readonly string[], isTiers: boolean): number[] {
  const counts = order.map((k) => classes?.get(k) ?? 0);
  if (!isTiers) return counts;
  let sum = 0;
  return counts.map((c) => (sum += c)).slice(0, -1);
}

/**
 * Each class's (or tier's) share of the group with its Wilson interval, and
 * its ratio to the reference's share (disparate impact per class) with
 * Katz's interval and the two-proportion test of disparate_impact (Fisher or
 * pooled z; against `(overall)`, the group against the rest).
 */
function shares(names: readonly string[], mine: number[], n: number, reference: { key: string | null; counts: number[]; n: number } | null, isSelf: boolean, z: number): ClassShare[] {
  return names.map((name, k) => {
    const x = mine[k]!;
    const out: ClassShare = { class: name, n: x, share: n > 0 ? x / n : null };
    const interval = wilsonInterval(x, n, z);
    if (interval) out.interval = interval;
    if (isSelf || reference === null) return out;
    const r = reference.counts[k]!;
    const d: DisparityResult = { value: reference.key === null || n === 0 || reference.n === 0 ? null : ratio(x / n, r / reference.n), reference: reference.key };
    if (reference.key === null) return { ...out, impact: d };
    const counts = { group: { successes: x, trials: n }, reference: { successes: r, trials: reference.n }, isOverall: reference.key === OVERALL_GROUP };
    return { ...out, impact: withStatistics('disparate_impact', d, counts, z) };
  });
}

/**
 * The class section of an attribute (`--decision`), added to its result in
 * place: each published group's class and tier shares against the reference of
 * `class_n`, and the chi-square test of independence of the published groups ×
 * classes (scipy's chi2_contingency, Yates' correction for a 2 × 2 table) with
 * Cramér's V. A suppressed group has no class section and is left out of the
 * test, so that no published number rests on its counts alone.
 */
export function addClassSection(result: AttributeResult, at: AttributeTally, config: Readonly<AuditConfig>, settings: IntervalSettings, masked: ReadonlySet<string>): void {
  if (config.columns.decision === undefined) return;
  const order = config.favourable ?? [...(at.total.classes?.keys() ?? [])];
  const isOrdered = config.favourable !== undefined;
  const refKey = result.references.class_n ?? null;
  const tallyOf = (key: string) => (key === OVERALL_GROUP ? at.total : at.groups.get(key)?.tally);
  const refTally = refKey === null ? undefined : tallyOf(refKey);
  const nOf = (m: ReadonlyMap<string, number> | undefined) => [...(m?.values() ?? [])].reduce((s, c) => s + c, 0);
  const referenceOf = (isTiers: boolean) => (refTally ? { key: refKey, counts: countsOf(refTally.classes, order, isTiers), n: nOf(refTally.classes) } : { key: null, counts: [], n: 0 });
  const published: number[][] = [];
  for (const g of result.groups) {
    const tally = g.n === null ? undefined : at.groups.get(g.key)?.tally;
    if (!tally) continue;
    const n = nOf(tally.classes);
    const isSelf = g.key === refKey;
    const section: GroupClasses = { n, shares: shares(order, countsOf(tally.classes, order, false), n, referenceOf(false), isSelf, settings.z) };
    if (isOrdered) section.atLeast = shares(order.slice(0, -1), countsOf(tally.classes, order, true), n, referenceOf(true), isSelf, settings.z);
    g.classes = section;
    if (n > 0 && !masked.has(g.key)) published.push(countsOf(tally.classes, order, false));
  }
  result.classes = { order: [...order], ordered: isOrdered, reference: refKey, independence: independenceOf(published) };
}

/** The test over the classes some published group received; null with fewer than two groups. */
function independenceOf(rows: number[][]): AttributeClasses['independence'] {
  if (rows.length < 2) return null;
  const used = rows[0]!.map((_, k) => rows.some((r) => r[k]! > 0));
  const table = rows.map((r) => r.filter((_, k) => used[k]));
  const test = chiSquareIndependence(table);
  return test && { statistic: test.statistic, df: test.df, pValue: test.pValue, cramersV: test.cramersV, groups: rows.length };
}
