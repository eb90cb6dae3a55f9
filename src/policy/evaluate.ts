import type { AuditConfig, Rule } from '../config/types.js';
import { OVERALL_GROUP } from '../core/types.js';
import { DISPARITIES, type DisparityId } from '../metrics/disparity.js';
import type { MetricId } from '../metrics/registry.js';
import type { AttributeResult, Finding, FindingReason, GroupResult, Verdict } from '../report/audit-result.js';
import { findingText } from '../report/finding-text.js';
import { boundOf, isWithinBound } from './bounds.js';

function isDisparity(metric: Rule['metric']): metric is DisparityId {
  return metric in DISPARITIES;
}

interface Judgement {
  value: number | null;
  reference?: string | null;
  reason: FindingReason;
}

function referenceSize(attribute: AttributeResult, key: string | null | undefined): number {
  if (key === OVERALL_GROUP) return attribute.n;
  return attribute.groups.find((g) => g.key === key)?.n ?? 0;
}

/** The reasons a verdict cannot be pass or fail come first, in a fixed order (also used for regression rules). */
export function judge(rule: Rule, attribute: AttributeResult, group: GroupResult, minGroupSize: number): Judgement {
  const disparity = isDisparity(rule.metric) ? group.disparities[rule.metric] : undefined;
  const value = disparity ? disparity.value : (group.metrics[rule.metric as MetricId] ?? null);
  const base: Omit<Judgement, 'reason'> = disparity ? { value, reference: disparity.reference } : { value };
  if (group.n < minGroupSize) return { ...base, reason: 'small-group' };
  if (disparity) {
    const keys = disparity.references ? Object.values(disparity.references) : [disparity.reference];
    if (keys.some((k) => k === null)) return { ...base, reason: 'no-reference' };
    if (keys.some((k) => referenceSize(attribute, k) < minGroupSize)) return { ...base, reason: 'small-reference' };
  }
  if (value === null) return { ...base, reason: 'undefined-value' };
  return { ...base, reason: isWithinBound(value, rule) ? 'within-bound' : 'breach' };
}

function hasThresholdBound(rule: Rule): boolean {
  return rule.min !== undefined || rule.max !== undefined || rule.maxAbs !== undefined || rule.band !== undefined;
}

export function verdictOf(reason: FindingReason, rule: Rule): Verdict {
  if (reason === 'within-bound' || reason === 'regression-within-bound') return 'pass';
  if (reason === 'breach' || reason === 'regressed') return rule.severity === 'warn' ? 'warn' : 'fail';
  return 'inconclusive';
}

/**
 * Every rule × attribute × group → a finding. A group under `minGroupSize`, a
 * missing or too small reference and an undefined value give `inconclusive`,
 * never a pass. Findings come out sorted by attribute (config order), group
 * key, then rule (config order).
 */
export function evaluateRules(attributes: readonly AttributeResult[], config: Readonly<AuditConfig>): Finding[] {
  const findings: Finding[] = [];
  for (const attribute of attributes) {
    for (const group of attribute.groups) {
      for (const rule of config.rules) {
        if (rule.attributes && !rule.attributes.includes(attribute.name)) continue;
        // A rule that only bounds the regression against --baseline is judged in baseline/evaluate-regressions.ts.
        if (!hasThresholdBound(rule)) continue;
        const j = judge(rule, attribute, group, config.minGroupSize);
        const facts = {
          rule: rule.id,
          metric: rule.metric,
          attribute: attribute.name,
          group: group.key,
          value: j.value,
          bound: boundOf(rule),
          status: verdictOf(j.reason, rule),
          reason: j.reason,
          severity: rule.severity,
          n: group.n,
          ...(j.reference !== undefined ? { reference: j.reference } : {}),
        };
        findings.push({ ...facts, message: findingText({ ...facts, minGroupSize: config.minGroupSize }) });
      }
    }
  }
  return findings;
}
