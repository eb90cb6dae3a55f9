import type { AuditConfig } from '../model/config.js';
import type { ConfigIssue } from '../model/errors.js';
import { isInequality } from '../model/benefit-inequality.js';

/**
 * Rules on the inequality of benefit (`generalized_entropy`,
 * `between_group_entropy`) measure a whole attribute: they have neither a
 * test nor an interval (check-statistics.ts refuses `require: significant`
 * and `bound: upper` on them), and no per-group baseline value to regress from.
 */
export function checkInequalityRules(c: Readonly<AuditConfig>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  c.rules.forEach((rule, i) => {
    if (!isInequality(rule.metric)) return;
    if (rule.maxRegression !== undefined) issues.push({ path: `rules.${i}.maxRegression`, message: `rule "${rule.id}": regression bounds judge per-group metrics and disparities, not ${rule.metric}` });
  });
  return issues;
}
