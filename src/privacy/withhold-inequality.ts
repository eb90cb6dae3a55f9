import { OVERALL_GROUP } from '../core/types.js';
import type { AttributeResult } from '../model/audit-result.js';
import type { Finding } from '../model/finding.js';

/**
 * The between-group part of the inequality of benefit weighs every group's
 * mean benefit by its rows: beside the published groups and totals it would
 * tell a hidden group's mean, so an attribute with a hidden group publishes
 * it as null (GE over all its rows rests on its totals only and stays).
 */
export function withholdBetweenGroup(attribute: AttributeResult, isMasked: boolean): AttributeResult {
  if (!isMasked || !attribute.inequality) return attribute;
  return { ...attribute, inequality: { ...attribute.inequality, betweenGroup: null } };
}

/** Whether a finding states the between-group part of an attribute with a hidden group. */
export function isWithheldInequality(f: Finding, isMasked: boolean): boolean {
  return isMasked && f.metric === 'between_group_entropy' && f.group === OVERALL_GROUP;
}
