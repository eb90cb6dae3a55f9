import type { AuditResult } from '../../src/model/audit-result.js';
import type { SchemaFact } from './report-attacks.js';

type Attribute = AuditResult['attributes'][number];

/** A finest-cell's values → the values of a coarser attribute's columns, through its own columns or a schema fact. */
function projector(finest: Attribute, target: Attribute, facts: readonly SchemaFact[]): (values: Record<string, string>) => string {
  const read = target.columns.map((c) => {
    if (finest.columns.includes(c)) return (v: Record<string, string>) => v[c]!;
    const fact = facts.find((f) => f.to === c && finest.columns.includes(f.from));
    if (!fact) throw new Error(`${target.name} is not a coarsening of ${finest.name}`);
    return (v: Record<string, string>) => fact.map.get(v[fact.from]!)!;
  });
  return (values) => read.map((r) => r(values)).join('\u0000');
}

/**
 * The exact integer attacker for a schema whose every attribute is a
 * coarsening of one finest attribute (`a+b`, with `c` determined by `a`; or a
 * precomputed `ab` column that determines `a` and `b`): it enumerates every
 * assignment of the finest attribute's masked row counts that agrees with all
 * the report says — the published counts of every attribute, the population,
 * absent combinations (0), the markers (`primary`: 1 ≤ n < k, `secondary`:
 * n ≥ k) — and returns each masked group's feasible values, of every
 * attribute. Undefined when the search exceeds `budget` steps.
 */
export function feasibleNestedCounts(report: AuditResult, k: number, finestName: string, facts: readonly SchemaFact[], budget = 200_000): Map<string, Set<number>> | undefined {
  const finest = report.attributes.find((a) => a.name === finestName)!;
  const others = report.attributes.filter((a) => a !== finest);
  const total = report.overall.n!;
  const inRange = (mark: string | undefined, v: number) => (mark === 'primary' ? v >= 1 && v < k : mark === 'secondary' ? v >= k : true);
  const projections = others.map((a) => {
    const project = projector(finest, a, facts);
    const byId = new Map(a.groups.map((g) => [a.columns.map((c) => g.values[c]!).join('\u0000'), g]));
    return { a, targets: finest.groups.map((cell) => byId.get(project(cell.values))) };
  });
  const hidden = finest.groups.flatMap((g, i) => (g.suppressed ? [i] : []));
  const fixed = finest.groups.reduce((s, g) => s + (g.suppressed ? 0 : g.n!), 0);
  const value = finest.groups.map((g) => (g.suppressed ? 0 : g.n!));
  const feasible = new Map<string, Set<number>>();
  const note = (id: string, v: number) => feasible.set(id, (feasible.get(id) ?? new Set()).add(v));

  const isConsistent = (): Map<string, number>[] | undefined => {
    const sums = projections.map(({ a, targets }) => {
      const out = new Map(a.groups.map((g) => [g.key, 0]));
      for (let i = 0; i < targets.length; i++) {
        const g = targets[i];
        if (g === undefined) return undefined; // a finest cell in no published group: the report would list it
        out.set(g.key, out.get(g.key)! + value[i]!);
      }
      return out;
    });
    if (sums.some((s) => s === undefined)) return undefined;
    const ok = projections.every(({ a }, j) => a.groups.every((g) => (g.suppressed ? inRange(g.suppressed, sums[j]!.get(g.key)!) : sums[j]!.get(g.key) === g.n)));
    return ok ? (sums as Map<string, number>[]) : undefined;
  };

  let steps = 0;
  const search = (h: number, used: number): boolean => {
    if (++steps > budget) return false;
    if (h === hidden.length) {
      const sums = used === total - fixed ? isConsistent() : undefined;
      if (!sums) return true;
      for (const i of hidden) note(`${finest.name}/${finest.groups[i]!.key}`, value[i]!);
      projections.forEach(({ a }, j) => a.groups.filter((g) => g.suppressed).forEach((g) => note(`${a.name}/${g.key}`, sums[j]!.get(g.key)!)));
      return true;
    }
    const i = hidden[h]!;
    const mark = finest.groups[i]!.suppressed;
    const rest = total - fixed - used;
    // the last hidden cell takes what the population leaves
    const [lo, hi] = h === hidden.length - 1 ? [rest, rest] : mark === 'primary' ? [1, k - 1] : [k, rest];
    for (let v = lo; v <= Math.min(hi, rest); v++) {
      if (!inRange(mark, v)) continue;
      value[i] = v;
      if (!search(h + 1, used + v)) return false;
    }
    value[i] = 0;
    return true;
  };
  return search(0, 0) ? feasible : undefined;
}
