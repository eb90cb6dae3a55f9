import type { ConfigIssue } from '../model/errors.js';
import type { AuditConfig } from '../model/config.js';
import { attributeColumns } from '../model/attribute-columns.js';
import { isClassRule } from '../model/class-results.js';

/**
 * The multi-class decision (`--decision`) and its order (`--favourable`): the
 * column is not a group column nor another role's column, and an order needs
 * the column. Whether the order names exactly the classes found is checked
 * against the data (metrics/class-classes.ts).
 */
export function checkClassDecision(c: AuditConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const decision = c.columns.decision;
  if (c.favourable !== undefined && decision === undefined) {
    issues.push({ path: 'favourable', message: 'orders the classes of a multi-class decision, so it needs its column (--decision / columns.decision)' });
  }
  issues.push(...checkClassRules(c));
  if (decision === undefined) return issues;
  if (c.groups.some((g) => attributeColumns(g).includes(decision))) {
    issues.push({ path: 'columns.decision', message: `"${decision}" is both the decision and a group column; class shares are measured per group, so give another column to --decision or --group` });
  }
  for (const role of ['prediction', 'score', 'label', 'outcome'] as const) {
    if (c.columns[role] === decision) issues.push({ path: 'columns.decision', message: `"${decision}" is both the multi-class decision and the ${role} column; give each role its own column` });
  }
  return issues;
}

/**
 * `class=` belongs to the class rules and they need it; tier_impact needs an
 * order, and its class cannot be the least favourable (every row reaches it).
 * That the class is one the rows hold is checked against the data.
 */
function checkClassRules(c: AuditConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  c.rules.forEach((rule, i) => {
    const path = `rules.${i}`;
    if (!isClassRule(rule.metric)) {
      if (rule.class !== undefined) issues.push({ path: `${path}.class`, message: `rule "${rule.id}": class= names the class of a class_impact or tier_impact rule; ${rule.metric} judges no single class` });
      return;
    }
    if (rule.maxRegression !== undefined) issues.push({ path: `${path}.maxRegression`, message: `rule "${rule.id}": regression bounds judge per-group metrics and disparities, not ${rule.metric}; bound tvd or js, or judge the class against a threshold` });
    if (rule.class === undefined) {
      issues.push({ path, message: `rule "${rule.id}" judges one class of the decision: name it, e.g. "${rule.metric}>=0.8 class=premium" (config: class: premium)` });
      return;
    }
    if (rule.metric !== 'tier_impact') return;
    if (c.favourable === undefined) issues.push({ path, message: `rule "${rule.id}": a tier is a class or a better one, so it needs the classes in order: give --favourable "best>…>worst"` });
    else if (c.favourable.at(-1) === rule.class) issues.push({ path, message: `rule "${rule.id}": every row receives "${rule.class}" or better (it is the least favourable class); judge a better tier, or class_impact of "${rule.class}"` });
  });
  return issues;
}
