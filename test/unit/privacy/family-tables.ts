import type { AuditResult } from '../../../src/model/audit-result.js';
import type { AuditConfig } from '../../../src/model/config.js';
import type { GroupTally } from '../../../src/core/types.js';
import type { ConsentCode } from '../../../src/core/consent-tally.js';
import { capabilitiesOf } from '../../../src/model/capabilities.js';
import { auditTable, tallyRows } from '../../helpers/rows.js';

/**
 * Tiny two-column tables (attributes `a`, `b`, `a+b`) whose rows carry the
 * count families the planner must protect: consent (0 in, 1 out, 2 unknown),
 * a candidate model's decision, and a decision class. Folded through the real
 * fold (tallyRows of test/helpers/rows.ts).
 */
export interface FamilyRow {
  a: string;
  b: string;
  decision: 0 | 1;
  label: 0 | 1;
  consent: ConsentCode;
  candidate: 0 | 1;
  decisionClass: string;
}

export function foldAudit(rows: readonly FamilyRow[], config: Readonly<AuditConfig>): { report: AuditResult; tallies: Map<string, GroupTally> } {
  const caps = capabilitiesOf(config);
  // only the columns the config has: a decision without a prediction column would count as selected
  const table = tallyRows(
    rows.map((r) => ({
      cells: { a: r.a, b: r.b },
      ...(caps.hasDecision ? { decision: r.decision } : {}),
      ...(caps.hasLabel ? { label: r.label } : {}),
      ...(caps.hasConsent ? { consent: r.consent } : {}),
      ...(caps.hasCandidate ? { candidate: r.candidate } : {}),
      ...(caps.hasClasses ? { decisionClass: r.decisionClass } : {}),
    })),
    config,
  );
  const tallies = new Map<string, GroupTally>(table.attributes.flatMap((a) => [...a.groups.values()].map((g) => [`${a.spec.name}/${g.key}`, g.tally] as const)));
  tallies.set('(overall)', table.overall);
  return { report: auditTable(table, config), tallies };
}

/**
 * The exact integer attacker on one count of a two-column table: with the
 * count of every visible group and of the population (`published`), it
 * enumerates every value of the hidden intersection cells that agrees with
 * the report — each count ≥ 0, at most k − 1 in a `primary` group (its
 * marker), within what a verdict states of the group (`stated`), and every
 * hidden marginal group equal to the sum of its cells within its stated range
 * — and returns each hidden group's feasible values. Undefined when the
 * search exceeds `budget` steps.
 */
export function feasibleCounts(
  report: AuditResult,
  k: number,
  published: (id: string) => number,
  stated: (id: string) => readonly [number, number],
  budget = 200_000,
): Map<string, Set<number>> | undefined {
  const [a, b, ab] = report.attributes as [AuditResult['attributes'][number], AuditResult['attributes'][number], AuditResult['attributes'][number]];
  const range = (attribute: string, g: { key: string; suppressed?: string }): [number, number] => {
    const [lo, hi] = stated(`${attribute}/${g.key}`);
    return [lo, g.suppressed === 'primary' ? Math.min(hi, k - 1) : hi];
  };
  const hidden = ab.groups.filter((g) => g.suppressed);
  const rest = published('(overall)') - ab.groups.filter((g) => !g.suppressed).reduce((s, g) => s + published(`a+b/${g.key}`), 0);
  const values = new Map<string, number>();
  const feasible = new Map<string, Set<number>>();
  const note = (id: string, v: number) => feasible.set(id, (feasible.get(id) ?? new Set()).add(v));
  const margins = (attribute: typeof a, column: 'a' | 'b') => {
    const sums = new Map<string, number>();
    for (const g of attribute.groups) sums.set(g.key, ab.groups.filter((x) => x.values[column] === g.key).reduce((s, x) => s + (x.suppressed ? values.get(x.key)! : published(`a+b/${x.key}`)), 0));
    const ok = attribute.groups.every((g) => {
      const [lo, hi] = range(attribute.name, g);
      return g.suppressed ? sums.get(g.key)! >= lo && sums.get(g.key)! <= hi : sums.get(g.key) === published(`${attribute.name}/${g.key}`);
    });
    return ok ? sums : undefined;
  };
  let steps = 0;
  const search = (i: number, used: number): boolean => {
    if (++steps > budget) return false;
    if (i === hidden.length) {
      if (used !== rest) return true;
      const sums = [margins(a, 'a'), margins(b, 'b')];
      if (!sums[0] || !sums[1]) return true;
      for (const [key, v] of values) note(`a+b/${key}`, v);
      [a, b].forEach((attribute, j) => attribute.groups.filter((g) => g.suppressed).forEach((g) => note(`${attribute.name}/${g.key}`, sums[j]!.get(g.key)!)));
      return true;
    }
    const g = hidden[i]!;
    const [lo, hi] = range('a+b', g);
    for (let v = lo; v <= Math.min(hi, rest - used); v++) {
      values.set(g.key, v);
      if (!search(i + 1, used + v)) return false;
    }
    values.delete(g.key);
    return true;
  };
  return search(0, 0) ? feasible : undefined;
}
