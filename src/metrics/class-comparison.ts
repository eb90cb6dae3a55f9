import type { GroupTally } from '../core/types.js';
import type { DisparityResult } from '../model/audit-result.js';
import { jensenShannonDivergence, totalVariationDistance } from '../stats/class-distribution.js';
import { chiSquareIndependence } from '../stats/chi-square-independence.js';

/** The rows of the population outside the group, per class (the "rest" a test against `(overall)` compares with). */
export function restOf(population: ReadonlyMap<string, number>, group: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...population].map(([k, c]) => [k, c - (group.get(k) ?? 0)]));
}

/**
 * The 2 × K table of two class distributions, columns of classes that either
 * has (a class neither received is no column: scipy's expected count would be 0).
 */
export function twoRowTable(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number[][] {
  const classes = [...new Set([...a.keys(), ...b.keys()])].filter((k) => (a.get(k) ?? 0) + (b.get(k) ?? 0) > 0).sort();
  return [classes.map((k) => a.get(k) ?? 0), classes.map((k) => b.get(k) ?? 0)];
}

/**
 * TVD or JS divergence of the group's class distribution from its
 * reference's, with the chi-square test of independence of the 2 × K table
 * (scipy's chi2_contingency, Yates' correction when K = 2); against the
 * population (`(overall)`) the test compares the group with the rest of it.
 * The reference itself gets the value 0 and no test.
 */
export function classComparison(id: 'tvd' | 'js', d: DisparityResult, t: { group: GroupTally; reference: GroupTally; isOverall: boolean; isSelf: boolean }): DisparityResult {
  const g = t.group.classes;
  const r = t.reference.classes;
  if (!g || !r) return { ...d, value: null };
  const value = (id === 'tvd' ? totalVariationDistance : jensenShannonDivergence)(g, r);
  if (value === null || t.isSelf) return { ...d, value };
  const other = t.isOverall ? restOf(r, g) : r;
  const table = twoRowTable(g, other);
  const test = table[0]!.length > 0 ? chiSquareIndependence(table) : null;
  return test ? { ...d, value, pValue: test.pValue, test: 'chi-square' } : { ...d, value };
}
