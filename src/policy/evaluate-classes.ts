import type { AuditConfig, Rule } from '../model/config.js';
import type { AttributeResult, GroupResult } from '../model/audit-result.js';
import type { Finding, FindingReason } from '../model/finding.js';
import { isClassRule, type ClassImpact, type ClassRuleId, type ClassShare } from '../model/class-results.js';
import { findGroup, totalCounts } from '../metrics/group-index.js';
import { OVERALL_GROUP } from '../core/types.js';
import { boundOf, hasThresholdBound, isWithinBound } from './bounds.js';
import { breachReason, toFinding } from './evaluate.js';

/** The share a class rule judges in a group's class section: the class's, or its tier's (the class or a better one). */
export function judgedShare(rule: Pick<Rule, 'metric' | 'class'>, group: GroupResult): ClassShare | undefined {
  const list = rule.metric === 'tier_impact' ? group.classes?.atLeast : group.classes?.shares;
  return list?.find((s) => s.class === rule.class);
}

/** The reasons no verdict is possible, as for the other rules: small group, no or small reference, undefined value. */
function blocked(attribute: AttributeResult, group: GroupResult, share: ClassShare | undefined, minGroupSize: number): FindingReason | undefined {
  if (group.n === null || group.n < minGroupSize) return 'small-group';
  const reference = attribute.classes?.reference ?? null;
  if (reference === null) return 'no-reference';
  const rows = reference === OVERALL_GROUP ? totalCounts(attribute.groups).n : findGroup(attribute.groups, reference)?.n;
  if ((rows ?? 0) < minGroupSize) return 'small-reference';
  return share?.impact?.value == null ? 'undefined-value' : undefined;
}

/**
 * The rules on one class of a multi-class decision (`class_impact`,
 * `tier_impact` with `class=`), per attribute and group, with the verdict
 * machinery of the other rules: minimum group size, inconclusive when
 * undefined, by default (and under `require: significant`) the Holm-adjusted
 * two-proportion test, `bound: upper` on Katz's interval. The reference itself
 * is judged on its ratio of 1, as for disparate_impact.
 */
export function evaluateClassRules(attributes: readonly AttributeResult[], config: Readonly<AuditConfig>): Finding[] {
  const rules = config.rules.filter((r): r is Rule & { metric: ClassRuleId } => isClassRule(r.metric) && hasThresholdBound(r));
  const findings: Finding[] = [];
  for (const attribute of attributes) {
    if (!attribute.classes) continue;
    for (const group of attribute.groups) {
      for (const rule of rules) {
        if (rule.attributes && !rule.attributes.includes(attribute.name)) continue;
        if (group.suppressed) {
          findings.push(toFinding(rule, attribute, group, { value: null, bound: boundOf(rule), reason: `suppressed-${group.suppressed}`, class: rule.class }));
          continue;
        }
        const share = judgedShare(rule, group);
        const isSelf = group.key === attribute.classes.reference;
        const impact: ClassImpact = share?.impact ?? { value: isSelf && share ? 1 : null, reference: attribute.classes.reference };
        const reason = blocked(attribute, group, isSelf && share ? { ...share, impact } : share, config.minGroupSize) ?? (isWithinBound(impact.value!, rule) ? 'within-bound' : breachReason(rule, impact.interval, impact.pValueAdjusted, config.alpha));
        findings.push(toFinding(rule, attribute, group, { ...impact, bound: boundOf(rule), reason, class: rule.class }));
      }
    }
  }
  return findings;
}
