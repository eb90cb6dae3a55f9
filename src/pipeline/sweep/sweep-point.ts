import type { AttributeTally, GroupTally } from '../../core/types.js';
import type { Capabilities } from '../../model/capabilities.js';
import type { AuditConfig } from '../../model/config.js';
import type { AttributeResult, GroupResult } from '../../model/audit-result.js';
import { SWEEP_RATES, type SweepGroupPoint, type SweepPoint, type SweepRate } from '../../model/sweep-result.js';
import { attributeResult } from '../../metrics/attribute-result.js';
import { metricValue } from '../../metrics/registry.js';
import { isDisparity } from '../../metrics/uncertainty.js';
import { countsAbove, type CountsAbove } from '../../metrics/sweep/threshold-counts.js';
import { evaluateRules, statisticsOf } from '../../policy/evaluate.js';
import { countVerdicts, resultExitCode, runStatus } from '../../policy/exit-code.js';

/** A decision and a label, nothing else: at a threshold only the confusion counts change. */
export const DECISION_CAPS: Capabilities = { hasDecision: true, hasLabel: true, hasScore: false, hasRank: false, hasOutcome: false };

/** One attribute's score maps turned into counts at every threshold (one walk per group). */
export interface AttributeCounts {
  tally: AttributeTally;
  /** masked group keys (small-cell suppression), never published */
  masked: ReadonlySet<string>;
  groups: Map<string, CountsAbove>;
  total: CountsAbove;
}

export function attributeCounts(tally: AttributeTally, masked: ReadonlySet<string>, descending: readonly number[]): AttributeCounts {
  const groups = new Map([...tally.groups].map(([key, g]) => [key, countsAbove(g.tally.auc, descending)] as const));
  return { tally, masked, groups, total: countsAbove(tally.total.auc, descending) };
}

/** A group's tally as if its decision were score ≥ the j-th threshold. */
export function atThreshold(t: GroupTally, counts: CountsAbove, j: number): GroupTally {
  return { ...t, selected: counts.selected[j]!, tp: counts.tp[j]! };
}

export function attributeAt(a: AttributeCounts, j: number): AttributeTally {
  const groups = new Map([...a.tally.groups].map(([key, g]) => [key, { ...g, tally: atThreshold(g.tally, a.groups.get(key)!, j) }] as const));
  return { ...a.tally, groups, total: atThreshold(a.tally.total, a.total, j) };
}

function groupPoint(g: GroupResult, isMasked: boolean, judged: Readonly<AuditConfig>['rules']): SweepGroupPoint {
  const rates = Object.fromEntries(SWEEP_RATES.map((r) => [r, isMasked ? null : (g.metrics[r] ?? null)])) as Record<SweepRate, number | null>;
  const rules = Object.fromEntries(judged.map((rule) => [rule.id, isMasked ? null : statisticsOf(rule, g).value]));
  return { key: g.key, n: isMasked ? null : g.n, selected: isMasked ? null : (g.selected ?? null), rates, rules };
}

/**
 * The audit at the j-th threshold: each attribute measured with the audit's
 * metric functions on the counts above the threshold, and the judged rules
 * evaluated by the audit's rule evaluation (`config.rules` are the sweep's
 * point-estimate rules). Masked groups are judged on their true counts but
 * publish nothing, as in the audit.
 */
export function sweepPoint(threshold: number, j: number, attributes: readonly AttributeCounts[], overall: { tally: GroupTally; counts: CountsAbove }, config: Readonly<AuditConfig>): SweepPoint {
  const only = config.rules.map((r) => r.metric).filter(isDisparity);
  const results: AttributeResult[] = attributes.map((a) => attributeResult(attributeAt(a, j), DECISION_CAPS, config, a.masked, false, only));
  const findings = evaluateRules(results, config);
  const verdicts = { pass: 0, fail: 0, warn: 0, inconclusive: 0 };
  for (const f of findings) if (f.status !== 'suppressed') verdicts[f.status] += 1;
  const whole = atThreshold(overall.tally, overall.counts, j);
  return {
    threshold,
    selected: whole.selected,
    selectionRate: whole.n === 0 ? 0 : whole.selected / whole.n,
    accuracy: metricValue('accuracy', whole),
    // passes where the audit at this threshold would exit 0 (not where it judged nothing: exit 3)
    passes: resultExitCode({ status: runStatus(findings), summary: { ...countVerdicts(findings), rules: config.rules.length } }, config) === 0,
    verdicts,
    attributes: results.map((r, i) => ({ name: r.name, groups: r.groups.map((g) => groupPoint(g, attributes[i]!.masked.has(g.key), config.rules)) })),
  };
}
