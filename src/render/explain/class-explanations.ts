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
