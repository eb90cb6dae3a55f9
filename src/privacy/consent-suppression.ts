import type { Finding } from '../model/finding.js';
import { COUNT_METRICS } from '../metrics/consent-metrics.js';

/**
 * A breach of a count rule (the consent gate) in a hidden group: the finding
 * keeps its verdict and names the group, since who was wronged as a group is
 * what the rule is for; the count, like every number of the group, is hidden.
 * A pass stays hidden (it would publish a count of 0).
 */
export function isNamedBreach(f: Finding): boolean {
  return COUNT_METRICS.includes(f.metric) && (f.status === 'fail' || f.status === 'warn');
}

/** The breach without its count or the group's size. */
export function hiddenCountFinding(f: Finding): Finding {
  return { rule: f.rule, metric: f.metric, attribute: f.attribute, group: f.group, value: null, bound: f.bound, status: f.status, reason: f.reason, severity: f.severity, n: null };
}
