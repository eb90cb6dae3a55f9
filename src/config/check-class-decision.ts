import type { ConfigIssue } from '../model/errors.js';
import type { AuditConfig } from '../model/config.js';
import { attributeColumns } from '../model/attribute-columns.js';

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
  if (decision === undefined) return issues;
  if (c.groups.some((g) => attributeColumns(g).includes(decision))) {
    issues.push({ path: 'columns.decision', message: `"${decision}" is both the decision and a group column; class shares are measured per group, so give another column to --decision or --group` });
  }
  for (const role of ['prediction', 'score', 'label', 'outcome'] as const) {
    if (c.columns[role] === decision) issues.push({ path: 'columns.decision', message: `"${decision}" is both the multi-class decision and the ${role} column; give each role its own column` });
  }
  return issues;
}
