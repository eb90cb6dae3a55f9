import type { Notice } from '../model/notice.js';
import type { SuppressionPlan } from './suppression-plan.js';

/**
 * What suppression knew of the schema: the attributes it found nested in
 * others through the data (a county in its state), whose sums it protected
 * against too; or that the statistics did not say (a warehouse result, an
 * aggregate written by an older fairgate), so only the report's own relations
 * were protected against.
 */
export function nestingNotices(plan: SuppressionPlan): Notice[] {
  if (!plan.isDependencyKnown) return [{ code: 'nesting-unknown', args: {} }];
  if (plan.nestings.length === 0) return [];
  return [{ code: 'nested-attributes', args: { nestings: plan.nestings.map((n) => ({ child: n.child, parent: n.parent })) } }];
}
