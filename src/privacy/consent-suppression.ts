import type { AuditConfig, Rule } from '../model/config.js';
import type { Finding } from '../model/finding.js';
import { COUNT_METRICS } from '../metrics/consent-metrics.js';
import { hasThresholdBound, isWithinBound } from '../policy/bounds.js';
import type { CellModel } from './cell-model.js';
import { containing, CONSENT_COUNT_OF, type CountSystem } from './count-systems.js';
import type { Statements } from './cell-exposure.js';

/**
 * A breach of a count rule (the consent gate) in a hidden group: the finding
 * keeps its verdict and names the group, since who was wronged as a group is
 * what the rule is for; the count, like every number of the group, is hidden.
 * A pass stays hidden (it would publish a count of 0).
 */
export function isNamedBreach(f: Finding): boolean {
  return COUNT_METRICS.includes(f.metric) && (f.status === 'fail' || f.status === 'warn');
}

/** The breach without its count or the group's size. */
export function hiddenCountFinding(f: Finding): Finding {
  return { rule: f.rule, metric: f.metric, attribute: f.attribute, group: f.group, value: null, bound: f.bound, status: f.status, reason: f.reason, severity: f.severity, n: null };
}

/** The whole numbers a rule allows, [lo, hi] (counts: never below 0). */
function allowed(rule: Rule): [number, number] {
  let [lo, hi] = [0, Infinity];
  if (rule.min !== undefined) lo = Math.max(lo, Math.ceil(rule.min));
  if (rule.max !== undefined) hi = Math.min(hi, Math.floor(rule.max));
  if (rule.maxAbs !== undefined) hi = Math.min(hi, Math.floor(rule.maxAbs));
  return [lo, hi];
}

/**
 * What the verdicts of count rules state about a hidden group, per cell and
 * count system: a named breach that its count lies outside the allowed range
 * (above it: at least hi + 1, which bounds every count containing it too), the
 * absence of one that it lies inside (a suppressed pass of ==0 says 0). Only
 * the audited attributes' groups get such findings.
 */
export function verdictStatements(model: CellModel, config: Readonly<AuditConfig>, systems: readonly CountSystem[]): NonNullable<Statements['stated']> {
  const out = new Map<number, Map<string, readonly [number, number]>>();
  const rules = config.rules.filter((r) => CONSENT_COUNT_OF[r.metric] !== undefined && hasThresholdBound(r) && r.model !== 'candidate');
  const narrow = (cell: number, id: string, [lo, hi]: readonly [number, number]) => {
    const mine = out.get(cell) ?? out.set(cell, new Map()).get(cell)!;
    const [a, b] = mine.get(id) ?? [0, Infinity];
    mine.set(id, [Math.max(a, lo), Math.min(b, hi)]);
  };
  for (const rule of rules) {
    const quantity = CONSENT_COUNT_OF[rule.metric]!;
    config.groups.forEach((name, i) => {
      if (rule.attributes && !rule.attributes.includes(name)) return;
      for (const cell of model.groupCells[i]?.values() ?? []) {
        const value = model.cells[cell]!.counts[quantity] ?? 0;
        const [lo, hi] = allowed(rule);
        if (isWithinBound(value, rule)) narrow(cell, quantity, [lo, hi]);
        else if (value > hi) for (const s of containing(systems, quantity)) narrow(cell, s.id, [hi + 1, Infinity]);
        else narrow(cell, quantity, [0, lo - 1]);
      }
    });
  }
  return out;
}
