import type { AuditConfig, Rule, RuleMetric } from '../model/config.js';
import { DISPARITIES } from '../metrics/disparity.js';
import { METRICS } from '../metrics/registry.js';
import type { Need } from '../metrics/metric-def.js';
import type { DisparityId, MetricId } from '../model/vocabulary.js';
import { hasOwnEvaluator } from './own-evaluator.js';
import { isStratified } from '../model/split-settings.js';
import { isInequality } from '../model/benefit-inequality.js';
import { hasThresholdBound } from './bounds.js';

/** Why a configured rule is not judged at each threshold of a sweep. */
export type SweepSkip = 'not-threshold-dependent' | 'stratified' | 'regression-only' | 'attribute-wide';


/** The rules a sweep judges at every threshold (as point estimates), and those it leaves to the audit. */
export interface SweepRules {
  judged: Rule[];
  skipped: { rule: string; why: SweepSkip }[];
}

function needsOfMetric(metric: RuleMetric): readonly Need[] {
  if (metric in DISPARITIES) return [...new Set(DISPARITIES[metric as DisparityId].bases.flatMap((b) => METRICS[b].needs))];
  return METRICS[metric as MetricId].needs;
}

/** A rule's value changes with the threshold when it rests on the decision, and on nothing but the decision and the label. */
export function dependsOnThreshold(metric: RuleMetric): boolean {
  if (hasOwnEvaluator(metric)) return false;
  const needs = needsOfMetric(metric);
  return needs.includes('decision') && needs.every((n) => n === 'decision' || n === 'label');
}

/**
 * The sweep is a what-if over many thresholds: it judges each rule's point
 * estimate (`require: point` replaces the rule's requirement and `bound: upper`
 * is dropped; no p-value is adjusted), with the audit's other reasons for inconclusive
 * (small groups, small denominators, undefined values) kept. Rules on the
 * scores alone (ece, auc, …), stratified rules and regression-only rules do
 * not change with the threshold and are left to `fairgate audit`.
 */
export function sweepRules(config: Readonly<AuditConfig>): SweepRules {
  const judged: Rule[] = [];
  const skipped: SweepRules['skipped'] = [];
  for (const rule of config.rules) {
    if (isStratified(rule.metric)) skipped.push({ rule: rule.id, why: 'stratified' });
    else if (isInequality(rule.metric)) skipped.push({ rule: rule.id, why: 'attribute-wide' });
    else if (!hasThresholdBound(rule)) skipped.push({ rule: rule.id, why: 'regression-only' });
    else if (!dependsOnThreshold(rule.metric)) skipped.push({ rule: rule.id, why: 'not-threshold-dependent' });
    else {
      const { require: _require, bound: _bound, maxRegression: _maxRegression, ...point } = rule;
      judged.push({ ...point, require: 'point' });
    }
  }
  return { judged, skipped };
}
