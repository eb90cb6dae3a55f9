import type { AuditConfig, Rule } from '../model/config.js';
import { CALIBRATION_TESTED, isDisparity } from '../metrics/uncertainty.js';
import type { AttributeResult, DisparityResult, GroupResult } from '../model/audit-result.js';
import type { Finding, FindingReason, Verdict } from '../model/finding.js';
import { boundOf, hasThresholdBound, isWithinBound, isIntervalOutsideBound } from './bounds.js';
import { unjudgeable } from './unjudgeable.js';
import { COUNT_METRICS } from '../metrics/consent-metrics.js';
import type { MetricId } from '../model/vocabulary.js';
import type { Interval } from '../model/interval.js';
import { hasOwnEvaluator } from './own-evaluator.js';
import { isInequality } from '../model/benefit-inequality.js';
import { attributeAsGroup, judgeInequality } from './judge-inequality.js';

/** The facts a verdict rests on, beyond the rule and the group. */
type Judgement = Pick<Finding, 'value' | 'reason' | 'reference' | 'interval' | 'pValue' | 'pValueAdjusted' | 'test' | 'minExpected' | 'denominator'>;

/** The rule's value on the group, with the interval and test it carries (also used for regression rules). */
export function statisticsOf(rule: Rule, group: GroupResult): Omit<Judgement, 'reason' | 'denominator'> {
  if (!isDisparity(rule.metric)) {
    const interval = group.intervals[rule.metric as MetricId];
    const test = CALIBRATION_TESTED.includes(rule.metric) ? group.calibrationTest : undefined;
    return {
      value: group.metrics[rule.metric as MetricId] ?? null,
      ...(interval ? { interval } : {}),
      ...(test ? { test: test.test, pValue: test.pValue, ...(test.pValueAdjusted !== undefined ? { pValueAdjusted: test.pValueAdjusted } : {}) } : {}),
    };
  }
  const d: DisparityResult | undefined = group.disparities[rule.metric];
  if (!d) return { value: null };
  const { references: _byMetric, ...facts } = d;
  return facts;
}

/**
 * Whether a breach of the estimate is shown well enough to fail ('breach'), or
 * why not. By default (evidence) a metric with a test (a disparity against its
 * reference, a group's calibration) needs its test significant at `alpha`
 * after Holm; one without a test needs its confidence interval wholly outside
 * the allowed range; one with neither cannot show it (`no-interval`). The
 * test comes first because its Holm adjustment holds the family-wise error
 * rate and the per-group intervals do not (README, "What a verdict
 * guarantees"). `require: significant` asks for the test, `bound: upper` for
 * the interval (both for both), `require: point` for nothing more.
 */
export function breachReason(rule: Rule, interval: Interval | undefined, pAdjusted: number | undefined, alpha: number): FindingReason {
  // a count of rows (consent breaches) has no sampling error to show: its breach is a breach
  if ((rule.require === 'point' || COUNT_METRICS.includes(rule.metric)) && rule.bound !== 'upper') return 'breach';
  const isSignificant = pAdjusted !== undefined && pAdjusted < alpha;
  if (rule.bound === 'upper') {
    if (!interval) return 'no-interval';
    if (!isIntervalOutsideBound(interval, rule)) return 'interval-includes-bound';
    return rule.require === 'significant' && !isSignificant ? 'not-significant' : 'breach';
  }
  if (rule.require === 'significant' || pAdjusted !== undefined) return isSignificant ? 'breach' : 'not-significant';
  if (!interval) return 'no-interval';
  return isIntervalOutsideBound(interval, rule) ? 'breach' : 'interval-includes-bound';
}

/** The reasons a verdict cannot be pass or fail come first, then the threshold bound and the statistics. */
function judge(rule: Rule, attribute: AttributeResult, group: GroupResult, config: Readonly<AuditConfig>): Judgement {
  // A masked group (small-cell suppression) has nothing to judge; its true verdict was taken before masking.
  if (group.suppressed) return { value: null, reason: `suppressed-${group.suppressed}` };
  const base = statisticsOf(rule, group);
  const blocked = unjudgeable(rule, attribute, group, base.value, config);
  if (blocked) return { ...base, ...blocked };
  if (isWithinBound(base.value!, rule)) return { ...base, reason: 'within-bound' };
  return { ...base, reason: breachReason(rule, base.interval, base.pValueAdjusted, config.alpha) };
}

/** Breaches of the estimate that the rule's requirement does not let fail: a visible warning, never a pass. */
export const UNSHOWN_BREACHES: readonly FindingReason[] = ['not-significant', 'interval-includes-bound', 'no-interval'];

export function verdictOf(reason: FindingReason, rule: Pick<Rule, 'severity'>): Verdict {
  if (reason === 'suppressed-primary' || reason === 'suppressed-secondary') return 'suppressed';
  if (reason === 'within-bound' || reason === 'regression-within-bound' || reason === 'drift-within-bound') return 'pass';
  if (reason === 'breach' || reason === 'regressed' || reason === 'drifted') return rule.severity === 'warn' ? 'warn' : 'fail';
  if (UNSHOWN_BREACHES.includes(reason)) return 'warn';
  return 'inconclusive';
}

/** What a verdict adds to the rule and the group: value, bound, reason and the statistics or baseline facts. */
export type VerdictFacts = Omit<Finding, 'rule' | 'metric' | 'attribute' | 'group' | 'status' | 'severity' | 'n'>;

/** A finding of `rule` on `group`, with its status (threshold and regression rules alike); render/ words it. */
export function toFinding(rule: Pick<Rule, 'id' | 'metric' | 'severity'>, attribute: AttributeResult, group: GroupResult, { value, bound, reason, ...rest }: VerdictFacts): Finding {
  return {
    rule: rule.id,
    metric: rule.metric,
    attribute: attribute.name,
    group: group.key,
    value,
    bound,
    status: verdictOf(reason, rule),
    reason,
    severity: rule.severity,
    n: group.n,
    ...rest,
  };
}

/**
 * Every rule × attribute × group → a finding. A group under `minGroupSize`, a
 * missing or too small reference, a rate on too few trials and an undefined
 * value give `inconclusive`, never a pass; a breach of the estimate that the
 * rule's requirement does not let fail (not significant after Holm, interval
 * reaching the allowed range) gives `warn`. Findings come
 * out sorted by attribute (config order), group key, then rule (config order).
 */
export function evaluateRules(attributes: readonly AttributeResult[], config: Readonly<AuditConfig>): Finding[] {
  const findings: Finding[] = [];
  for (const attribute of attributes) {
    for (const group of attribute.groups) {
      for (const rule of config.rules) {
        if (rule.attributes && !rule.attributes.includes(attribute.name)) continue;
        // A rule that only bounds the regression against --baseline is judged in baseline/evaluate-regressions.ts,
        // a stratified one in evaluate-strata.ts, one on a decision class in evaluate-classes.ts.
        // A rule on the candidate model is judged on its audit (pipeline/candidate-audit.ts).
        if (!hasThresholdBound(rule) || hasOwnEvaluator(rule.metric) || rule.model === 'candidate') continue;
        const { value, ...rest } = judge(rule, attribute, group, config);
        findings.push(toFinding(rule, attribute, group, { value, bound: boundOf(rule), ...rest }));
      }
    }
    // rules on a whole attribute (the inequality of benefit): one finding each, on the attribute's (overall) rows
    for (const rule of config.rules) {
      if (!isInequality(rule.metric) || !hasThresholdBound(rule) || (rule.attributes && !rule.attributes.includes(attribute.name))) continue;
      const facts = judgeInequality(rule as Rule & { metric: typeof rule.metric }, attribute, config.minGroupSize);
      findings.push(toFinding(rule, attribute, attributeAsGroup(attribute), { ...facts, bound: boundOf(rule) }));
    }
  }
  return findings;
}
