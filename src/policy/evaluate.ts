import type { AuditConfig, Rule } from '../config/types.js';
import { OVERALL_GROUP } from '../core/types.js';
import { denominatorShortfall, sumCounts } from '../metrics/denominators.js';
import { DISPARITIES, type DisparityId } from '../metrics/disparity.js';
import type { MetricId } from '../metrics/registry.js';
import type { AttributeResult, DisparityResult, Finding, FindingReason, GroupResult, Interval, Verdict } from '../report/audit-result.js';
import { findingText } from '../report/finding-text.js';
import { boundOf, isWithinBound, isIntervalOutsideBound } from './bounds.js';

function isDisparity(metric: Rule['metric']): metric is DisparityId {
  return metric in DISPARITIES;
}

/** The facts a verdict rests on, beyond the rule and the group. */
type Judgement = Pick<Finding, 'value' | 'reason' | 'reference' | 'interval' | 'pValue' | 'pValueAdjusted' | 'test' | 'minExpected' | 'denominator'>;

function referenceOf(attribute: AttributeResult, key: string): Pick<GroupResult, 'n' | 'selected' | 'positives' | 'tp'> | undefined {
  if (key === OVERALL_GROUP) return sumCounts(attribute.groups);
  return attribute.groups.find((g) => g.key === key);
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

function statisticsOf(rule: Rule, group: GroupResult): Omit<Judgement, 'reason' | 'denominator'> {
  if (!isDisparity(rule.metric)) {
    const interval = group.intervals[rule.metric as MetricId];
    return { value: group.metrics[rule.metric as MetricId] ?? null, ...(interval ? { interval } : {}) };
  }
  const d: DisparityResult | undefined = group.disparities[rule.metric];
  if (!d) return { value: null };
  const { references: _byMetric, ...facts } = d;
  return facts;
}

/** Why a breach of the estimate is not (yet) a failure, or 'breach' when it is one. */
function breachReason(rule: Rule, interval: Interval | undefined, pAdjusted: number | undefined, alpha: number): FindingReason {
  if (rule.bound === 'upper') {
    if (!interval) return 'no-interval';
    if (!isIntervalOutsideBound(interval, rule)) return 'interval-includes-bound';
  }
  if (rule.require === 'significant' && !(pAdjusted !== undefined && pAdjusted < alpha)) return 'not-significant';
  return 'breach';
}

/** The reasons a verdict cannot be pass or fail come first, in a fixed order. */
function judge(rule: Rule, attribute: AttributeResult, group: GroupResult, config: Readonly<AuditConfig>): Judgement {
  // A masked group (small-cell suppression) has nothing to judge; its true verdict was taken before masking.
  if (group.suppressed) return { value: null, reason: `suppressed-${group.suppressed}` };
  const base = statisticsOf(rule, group);
  const { minGroupSize } = config;
  if (group.n === null || group.n < minGroupSize) return { ...base, reason: 'small-group' };
  const d = isDisparity(rule.metric) ? group.disparities[rule.metric] : undefined;
  if (d) {
    const keys = d.references ? Object.values(d.references) : [d.reference];
    if (keys.some((k) => k === null)) return { ...base, reason: 'no-reference' };
    if (keys.some((k) => (referenceOf(attribute, k!)?.n ?? 0) < minGroupSize)) return { ...base, reason: 'small-reference' };
  }
  // A zero denominator says more than "below the minimum": it is reported as an undefined value.
  if (base.value === null) return { ...base, reason: 'undefined-value' };
  const denominator = findShortfall(rule, attribute, group, config);
  if (denominator) return { ...base, denominator, reason: 'small-denominator' };
  if (isWithinBound(base.value, rule)) return { ...base, reason: 'within-bound' };
  return { ...base, reason: breachReason(rule, base.interval, base.pValueAdjusted, config.alpha) };
}

function verdictOf(reason: FindingReason, rule: Rule): Verdict {
  if (reason === 'suppressed-primary' || reason === 'suppressed-secondary') return 'suppressed';
  if (reason === 'within-bound') return 'pass';
  if (reason === 'breach') return rule.severity === 'warn' ? 'warn' : 'fail';
  return 'inconclusive';
}

/**
 * Every rule × attribute × group → a finding. A group under `minGroupSize`, a
 * missing or too small reference, a rate on too few trials and an undefined
 * value give `inconclusive`, never a pass; so do breaches that the rule's
 * `require: significant` or `bound: upper` does not let fail. Findings come
 * out sorted by attribute (config order), group key, then rule (config order).
 */
export function evaluateRules(attributes: readonly AttributeResult[], config: Readonly<AuditConfig>): Finding[] {
  const findings: Finding[] = [];
  for (const attribute of attributes) {
    for (const group of attribute.groups) {
      for (const rule of config.rules) {
        if (rule.attributes && !rule.attributes.includes(attribute.name)) continue;
        const { reason, value, ...rest } = judge(rule, attribute, group, config);
        const facts = {
          rule: rule.id,
          metric: rule.metric,
          attribute: attribute.name,
          group: group.key,
          value,
          bound: boundOf(rule),
          status: verdictOf(reason, rule),
          reason,
          severity: rule.severity,
          n: group.n,
          ...rest,
        };
        const context = { minGroupSize: config.minGroupSize, suppressBelow: config.suppressBelow, confidence: config.confidence, alpha: config.alpha, require: rule.require, boundOn: rule.bound };
        findings.push({ ...facts, message: findingText({ ...facts, ...context }) });
      }
    }
  }
  return findings;
}
