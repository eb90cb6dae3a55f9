import type { Notice } from '../model/audit-result.js';
import type { SuppressionPlan } from './suppression-plan.js';

/**
 * What suppression knew of the schema: the attributes it found nested in
 * others through the data (a county in its state), whose sums it protected
 * against too; or that the statistics did not say (a warehouse result, an
 * aggregate written by an older fairgate), so only the report's own relations
 * were protected against.
 */
export function nestingNotices(plan: SuppressionPlan): Notice[] {
  if (!plan.isDependencyKnown) {
    return [
      {
        code: 'nesting-unknown',
        message:
          'these statistics do not say which audited columns nest in which (a warehouse result, or an aggregate of an older fairgate), so suppression protects against the totals the report publishes but not against a reader who knows that one attribute is a coarsening of another; audit the data, or aggregates written by this version, to protect against that too',
      },
    ];
  }
  if (plan.nestings.length === 0) return [];
  const pairs = plan.nestings.map((n) => `${n.child} within ${n.parent}`).join(', ');
  return [
    {
      code: 'nested-attributes',
      message: `in this data every group of one attribute lies inside a single group of another (${pairs}); suppression also hid groups so that none can be recovered from those sums`,
    },
  ];
}
