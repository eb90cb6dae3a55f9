import type { AuditConfig, Rule } from '../../model/config.js';
import { statisticsOf, toFinding } from '../evaluate.js';
import { unjudgeable } from '../unjudgeable.js';
import { compareNaturalKeys, naturalKey } from '../../util/natural-order.js';
import type { AttributeResult, GroupResult } from '../../model/audit-result.js';
import type { Finding, FindingReason } from '../../model/finding.js';
import type { BaselineComparison, MetricChange } from '../../model/sections.js';

/** Relative slack, as for threshold bounds, so that a worsening of exactly the allowed amount passes despite rounding. */
const EPSILON = 1e-12;

function changeKey(attribute: string, group: string, metric: string): string {
  return `${attribute}\u0000${group}\u0000${metric}`;
}

function reasonOf(rule: Rule & { maxRegression: number }, change: MetricChange | undefined): FindingReason {
  if (!change || change.worsening === null) return 'not-in-baseline';
  return change.worsening > rule.maxRegression + EPSILON * Math.max(1, rule.maxRegression) ? 'regressed' : 'regression-within-bound';
}

/**
 * The same reasons as a threshold rule make the regression inconclusive (small
 * group or reference, undefined value, too few trials); the threshold's own
 * statistics (require, bound: upper) do not apply to the change.
 */
function regressionFinding(rule: Rule & { maxRegression: number }, attribute: AttributeResult, group: GroupResult, change: MetricChange | undefined, config: Readonly<AuditConfig>): Finding {
  const { value, reference } = statisticsOf(rule, group);
  const blocked = unjudgeable(rule, attribute, group, value, config);
  const reason = blocked?.reason ?? reasonOf(rule, change);
  const facts = {
    value,
    bound: { maxRegression: rule.maxRegression },
    reason,
    ...(reference !== undefined ? { reference } : {}),
    ...(blocked?.denominator ? { denominator: blocked.denominator } : {}),
    baseline: change?.before ?? null,
    change: change?.change ?? null,
    worsening: change?.worsening ?? null,
  };
  return toFinding(rule, attribute, group, facts);
}

/**
 * Every rule with `maxRegression` × attribute × group → a finding: fail (or
 * warn) when the value got worse than the baseline's by more than allowed;
 * inconclusive when the group is too small, a value is undefined, or the
 * baseline has no value for the group. Without a baseline: no findings.
 */
export function evaluateRegressions(attributes: readonly AttributeResult[], config: Readonly<AuditConfig>, comparison: BaselineComparison | undefined): Finding[] {
  if (!comparison) return [];
  const changes = new Map(comparison.changes.map((c) => [changeKey(c.attribute, c.group, c.metric), c]));
  const findings: Finding[] = [];
  for (const rule of config.rules) {
    if (rule.maxRegression === undefined) continue;
    const bounded = rule as Rule & { maxRegression: number };
    for (const attribute of attributes) {
      if (rule.attributes && !rule.attributes.includes(attribute.name)) continue;
      for (const group of attribute.groups) {
        findings.push(regressionFinding(bounded, attribute, group, changes.get(changeKey(attribute.name, group.key, rule.metric)), config));
      }
    }
  }
  return findings;
}

/** Findings in report order: attribute (config order), group (natural order), rule (config order); threshold before regression. */
export function sortFindings(findings: readonly Finding[], config: Readonly<AuditConfig>): Finding[] {
  const ruleIndex = new Map(config.rules.map((r, i) => [r.id, i]));
  const attributeIndex = new Map(config.groups.map((g, i) => [g, i]));
  const isRegression = (f: Finding) => (f.bound.maxRegression !== undefined ? 1 : 0);
  // each group read once for the natural order (a sort compares n log n times)
  const keyed = findings.map((f) => ({ f, group: naturalKey(f.group) }));
  keyed.sort(
    ({ f: a, group: x }, { f: b, group: y }) =>
      attributeIndex.get(a.attribute)! - attributeIndex.get(b.attribute)! ||
      compareNaturalKeys(x, y) ||
      ruleIndex.get(a.rule)! - ruleIndex.get(b.rule)! ||
      isRegression(a) - isRegression(b),
  );
  return keyed.map((k) => k.f);
}
