import type { Interval } from './interval.js';
import type { TestName } from './vocabulary.js';

/** A class's share against the reference's: the fields of a DisparityResult (audit-result.ts) a ratio of two proportions has. */
export interface ClassImpact {
  value: number | null;
  reference: string | null;
  /** Katz's interval at `statistics.confidence` */
  interval?: Interval;
  pValue?: number;
  /** Holm-adjusted across the run's family (only when a rule judges the class) */
  pValueAdjusted?: number;
  test?: TestName;
  minExpected?: number;
}

/**
 * What a report says about a multi-class decision (`--decision`: the offer,
 * creative or tier shown). Classes are listed in the run's class order: the
 * `--favourable` order (most favourable first) when given, else by name.
 */

/** One class of a group (or, with an order, one tier "this class or better"). */
export interface ClassShare {
  class: string;
  /** the group's rows of this class (of this tier or better) */
  n: number;
  /** n over the group's rows with a class */
  share: number | null;
  /** Wilson score interval of the share */
  interval?: Interval;
  /** the share over the reference's (disparate impact per class), with Katz's interval and the two-proportion test; absent for the reference itself */
  impact?: ClassImpact;
}

/** A group's class distribution; its distances from the reference's are the disparities `tvd` and `js`. */
export interface GroupClasses {
  /** rows with a class */
  n: number;
  shares: ClassShare[];
  /** with `--favourable`: the share receiving each tier or a better one (the least favourable tier, always 1, is left out) */
  atLeast?: ClassShare[];
}

/** The attribute's test of independence of group × class (scipy's chi2_contingency) and Cramér's V. */
export interface ClassIndependence {
  statistic: number;
  df: number;
  pValue: number;
  /** Cramér's V from the uncorrected X² (scipy's contingency.association) */
  cramersV: number;
  /** groups in the table: the published groups with rows (a suppressed group is left out) */
  groups: number;
}

/** An attribute's class section. */
export interface AttributeClasses {
  /** the classes, most favourable first when `ordered` */
  order: string[];
  ordered: boolean;
  /** the group every class share is compared with (the reference of `class_n`) */
  reference: string | null;
  /** null when fewer than two groups have rows */
  independence: ClassIndependence | null;
}

/**
 * Rules on one class of a multi-class decision, named with the option
 * `class=<name>`: `class_impact` judges the ratio of the group's share of that
 * class to the reference's, `tier_impact` (with `--favourable`) the ratio of
 * the shares receiving that class or a better one.
 */
export type ClassRuleId = 'class_impact' | 'tier_impact';
export const CLASS_RULE_IDS: readonly ClassRuleId[] = ['class_impact', 'tier_impact'];

export function isClassRule(metric: string): metric is ClassRuleId {
  return (CLASS_RULE_IDS as readonly string[]).includes(metric);
}
