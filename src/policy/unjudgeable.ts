import type { AuditConfig, Rule } from '../model/config.js';
import { OVERALL_GROUP } from '../core/types.js';
import { denominatorShortfall } from '../metrics/denominators.js';
import { findGroup, totalCounts } from '../metrics/group-index.js';
import { DISPARITIES } from '../metrics/disparity.js';
import { isDisparity } from '../metrics/uncertainty.js';
import { COUNT_METRICS } from '../metrics/consent-metrics.js';
import type { AttributeResult, GroupResult } from '../model/audit-result.js';
import type { Finding } from '../model/finding.js';
import type { MetricId } from '../model/vocabulary.js';

function referenceOf(attribute: AttributeResult, key: string): Pick<GroupResult, 'n' | 'selected' | 'positives' | 'tp' | 'atK'> | undefined {
  if (key === OVERALL_GROUP) return totalCounts(attribute.groups);
  return findGroup(attribute.groups, key);
}

/** The rates a rule rests on, as [group key, metric]: the group's, then each reference's. */
function ratesOf(rule: Rule, group: GroupResult): [string, MetricId][] {
  if (!isDisparity(rule.metric)) return [[group.key, rule.metric as MetricId]];
  const d = group.disparities[rule.metric]!;
  return DISPARITIES[rule.metric].bases.flatMap((b): [string, MetricId][] => {
    const ref = d.references?.[b] ?? d.reference;
    return ref === null ? [[group.key, b]] : [[group.key, b], [ref, b]];
  });
}

/** The first of those rates whose denominator is below its minimum. */
function findShortfall(rule: Rule, attribute: AttributeResult, group: GroupResult, config: Readonly<AuditConfig>): Finding['denominator'] {
  for (const [key, metric] of ratesOf(rule, group)) {
    const counts = key === group.key ? group : referenceOf(attribute, key);
    const short = counts && denominatorShortfall(metric, counts, config.minDenominator);
    if (short) return { group: key, ...short };
  }
  return undefined;
}

/**
 * Why the rule's value on a group cannot be judged, in a fixed order; undefined
 * when it can. Shared by threshold and regression rules.
 */
export function unjudgeable(
  rule: Rule,
  attribute: AttributeResult,
  group: GroupResult,
  value: number | null,
  config: Readonly<AuditConfig>,
): Pick<Finding, 'reason' | 'denominator'> | undefined {
  const { minGroupSize } = config;
  // a count of rows (consent breaches) is judged in a group of any size: one row selected without consent is a breach
  if (group.n === null || (group.n < minGroupSize && !COUNT_METRICS.includes(rule.metric))) return { reason: 'small-group' };
  const d = isDisparity(rule.metric) ? group.disparities[rule.metric] : undefined;
  if (d) {
    const keys = d.references ? Object.values(d.references) : [d.reference];
    if (keys.some((k) => k === null)) return { reason: 'no-reference' };
    if (keys.some((k) => (referenceOf(attribute, k!)?.n ?? 0) < minGroupSize)) return { reason: 'small-reference' };
  }
  // A zero denominator says more than "below the minimum": it is reported as an undefined value.
  if (value === null) return { reason: 'undefined-value' };
  const denominator = findShortfall(rule, attribute, group, config);
  return denominator ? { denominator, reason: 'small-denominator' } : undefined;
}
