import { isStratified } from '../model/split-settings.js';
import { isClassRule } from '../model/class-results.js';
import { isInequality } from '../model/benefit-inequality.js';

/**
 * Rule metrics that are not a per-group value of the group table, so the plain
 * evaluator (evaluate.ts) and the sweep leave them to their own: comparisons
 * within strata (evaluate-strata.ts), one decision class (evaluate-classes.ts),
 * and the inequality of benefit over a whole attribute (judge-inequality.ts).
 */
export function hasOwnEvaluator(metric: string): boolean {
  return isStratified(metric) || isClassRule(metric) || isInequality(metric);
}
