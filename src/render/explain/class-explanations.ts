import type { Explanation } from './types.js';

const NO_CLASS = 'the group or its reference has no row with a decision class (or the run has no --decision), or no group qualifies as reference';
const REFERENCE = 'Reference: by default the group with the most rows (a class mix has no single most favourable value); --reference attr=value or overall overrides it.';
const TEST = 'Tested with the chi-square test of independence of the 2 × K table of the two groups\' class counts (scipy\'s chi2_contingency, Yates\' correction when K = 2); against the overall reference the group is compared with the rest. tvd and js share that test in the Holm family.';

/** The group metric of a multi-class decision (`--decision`), keyed like CLASS_METRICS. */
export const CLASS_METRIC_EXPLANATIONS = {
  class_n: {
    meaning: 'The group\'s rows with a class of the multi-class decision (--decision): the denominator of its class shares. Rows with an empty decision cell are left out of the audit (missing_class).',
    undefinedWhen: 'the run has no --decision',
  },
} as const satisfies Record<'class_n', Explanation>;

/** The class-distribution comparisons, keyed like CLASS_DISPARITIES. */
export const CLASS_DISPARITY_EXPLANATIONS = {
  tvd: {
    meaning: `Total variation distance between the group's and the reference's class distributions (which offer, creative or tier each received): half the sum of the absolute differences of the class shares, the largest difference in the share of any set of classes. 0 = the same mix, 1 = no class in common. ${REFERENCE} ${TEST}`,
    undefinedWhen: NO_CLASS,
    example: 'tvd<=0.1',
  },
  js: {
    meaning: `Jensen–Shannon divergence (base 2) between the group's and the reference's class distributions: scipy's jensenshannon(p, q, base=2)**2, between 0 (the same mix) and 1 (no class in common); SageMaker Clarify reports it in nats. ${REFERENCE} ${TEST}`,
    undefinedWhen: NO_CLASS,
    example: 'js<=0.05',
  },
} as const satisfies Record<'tvd' | 'js', Explanation>;

/** The rules on one class of a multi-class decision, keyed like CLASS_RULE_IDS: title, formula and explanation. */
export const CLASS_RULE_EXPLANATIONS = {
  class_impact: {
    title: 'disparate impact of one decision class',
    formula: 'share of class c in g / share of class c in r   (rule option class=c)',
    meaning: `The ratio of the group's share of one class of the multi-class decision (--decision: an offer, creative or tier) to the reference's share, with Katz's interval and the two-proportion test of disparate_impact (Fisher's exact test when an expected count is below 5, else the pooled z test; Holm over the run's family). Name the class with class=: for a class a group should not get less often (a premium offer), bound it below. ${REFERENCE}`,
    undefinedWhen: 'the reference has no row of that class, or the run has no --decision',
    example: 'class_impact>=0.8 class=premium',
  },
  tier_impact: {
    title: 'disparate impact of a tier or better',
    formula: 'share receiving tier t or better in g / the same in r   (needs --favourable; rule option class=t)',
    meaning: `With --favourable "premium>standard>none", the ratio of the group's share receiving the named class or a better one to the reference's: tier_impact of standard compares who got standard or premium. Katz's interval and the two-proportion test, as class_impact. ${REFERENCE}`,
    undefinedWhen: 'the reference has no row at that tier or better, or the run has no --decision and --favourable',
    example: 'tier_impact>=0.8 class=standard',
  },
} as const satisfies Record<'class_impact' | 'tier_impact', Explanation & { title: string }>;

/** `fairgate explain class_impact` / `tier_impact`. */
export function explainClassRule(key: 'class_impact' | 'tier_impact', wrap: (text: string) => string): string {
  const text = CLASS_RULE_EXPLANATIONS[key];
  const blocks = [
    `${key} — ${text.title}\n\n  formula:   ${text.formula}\n  direction: higher is better for the group (1: parity)`,
    `Meaning:\n${wrap(text.meaning)}`,
    `Undefined (null) when:\n${wrap(text.undefinedWhen)}`,
    `Example:\n  fairgate audit data.csv --decision offer_tier --favourable "premium>standard>none" --rule "${text.example}"`,
  ];
  return `${blocks.join('\n\n')}\n`;
}
