import type { Rule } from '../model/config.js';
import { OVERALL_GROUP } from '../core/types.js';
import type { AttributeResult, GroupResult } from '../model/audit-result.js';
import type { FindingReason } from '../model/finding.js';
import type { InequalityId } from '../model/benefit-inequality.js';
import { isWithinBound } from './bounds.js';

/** What a finding on a whole attribute is about: the attribute's rows, named as its `(overall)` group. */
export function attributeAsGroup(attribute: AttributeResult): GroupResult {
  return { key: OVERALL_GROUP, values: {}, n: attribute.inequality?.rows ?? attribute.n, metrics: {}, intervals: {}, disparities: {} };
}

/**
 * A rule on the inequality of benefit, judged on the attribute's value: it
 * has no test and no interval, so it is a point rule whatever its
 * requirement — a value beyond the bound fails (or warns, by severity).
 * Inconclusive when the attribute has fewer rows than `minGroupSize` or the
 * value is undefined (no rows with a decision and a label, no benefit at all,
 * AIF360's +∞ at α ≤ 0 with a false negative, or withheld by suppression).
 */
export function judgeInequality(rule: Rule & { metric: InequalityId }, attribute: AttributeResult, minGroupSize: number): { value: number | null; reason: FindingReason } {
  const inequality = attribute.inequality;
  const value = inequality ? (rule.metric === 'generalized_entropy' ? inequality.generalizedEntropy : inequality.betweenGroup) : null;
  if (!inequality || inequality.rows < minGroupSize) return { value, reason: 'small-group' };
  if (value === null) return { value, reason: 'undefined-value' };
  return { value, reason: isWithinBound(value, rule) ? 'within-bound' : 'breach' };
}
