import type { AttributeResult } from '../model/audit-result.js';
import type { Rule } from '../model/config.js';
import { isClassRule } from '../model/class-results.js';

/** A class a rule judges: `class_impact` of a class, or `tier_impact` of a tier. */
export interface JudgedClass {
  metric: 'class_impact' | 'tier_impact';
  class: string;
}

/** The classes the configured rules judge (their tests join the Holm family; the others describe). */
export function judgedClasses(rules: readonly Rule[]): JudgedClass[] {
  const seen = new Map<string, JudgedClass>();
  for (const r of rules) {
    if (isClassRule(r.metric) && r.class !== undefined) seen.set(JSON.stringify([r.metric, r.class]), { metric: r.metric, class: r.class });
  }
  return [...seen.values()];
}

/**
 * The two-proportion tests of the judged classes and tiers, one member per
 * attribute × group × judged class (the Holm family of the run). A class's
 * test is a member only when a rule judges it, so that an audit's family does
 * not grow with classes nobody asked about.
 */
export function classMembers(attribute: AttributeResult, scope: string, judged: readonly JudgedClass[]): { key: string; p: number; assign(adjusted: number): void }[] {
  if (judged.length === 0 || !attribute.classes) return [];
  return attribute.groups.flatMap((group) =>
    judged.flatMap((j) => {
      const share = (j.metric === 'tier_impact' ? group.classes?.atLeast : group.classes?.shares)?.find((s) => s.class === j.class);
      const impact = share?.impact;
      if (!impact || impact.pValue === undefined) return [];
      return [{ key: JSON.stringify([scope, attribute.name, group.key, `${j.metric}:${j.class}`]), p: impact.pValue, assign: (adjusted: number) => (impact.pValueAdjusted = adjusted) }];
    }),
  );
}
