import { CONTEXT } from './legal-context.js';
import { RANKING_DISPARITY_EXPLANATIONS } from './ranking-explanations.js';
import { DISTRIBUTION_DISPARITY_EXPLANATIONS } from './outcome-explanations.js';
import type { Explanation } from './types.js';

const REFERENCE_UNDEFINED = 'the group\'s or the reference\'s underlying rate is undefined, or no group qualifies as reference (none has the minimum rows)';

/** Disparities against the reference group, keyed like DISPARITIES (completeness is tested). */
export const DISPARITY_EXPLANATIONS = {
  disparate_impact: {
    meaning: 'The impact ratio: the group\'s selection rate divided by the reference\'s. 1 is parity; 0.8 means the group is selected at 80 % of the reference\'s rate. With the default reference strategy (highest) the reference is the most selected group, as the four-fifths rule and LL 144 prescribe.',
    undefinedWhen: `${REFERENCE_UNDEFINED}, or the reference's selection rate is 0`,
    context: [CONTEXT.fourFifths, CONTEXT.ll144],
    example: 'disparate_impact>=0.8',
  },
  statistical_parity_difference: {
    meaning: 'The group\'s selection rate minus the reference\'s, in rate units: −0.1 is ten percentage points fewer selected. Also called demographic parity difference.',
    undefinedWhen: REFERENCE_UNDEFINED,
    context: [CONTEXT.fourFifths],
    example: 'abs(statistical_parity_difference)<=0.1',
  },
  equal_opportunity_difference: {
    meaning: 'The group\'s true positive rate minus the reference\'s: among people who merit the positive outcome, how much less (negative) or more often the group is selected.',
    undefinedWhen: `${REFERENCE_UNDEFINED} (e.g. a group without positive outcomes)`,
    context: [CONTEXT.equalOpportunity],
    example: 'abs(equal_opportunity_difference)<=0.1',
  },
  equal_opportunity_ratio: {
    meaning: 'The group\'s true positive rate divided by the reference\'s: equal opportunity as a ratio, comparable with the four-fifths benchmark.',
    undefinedWhen: `${REFERENCE_UNDEFINED}, or the reference's TPR is 0`,
    context: [CONTEXT.equalOpportunity],
    example: 'equal_opportunity_ratio>=0.8',
  },
  fpr_difference: {
    meaning: 'The group\'s false positive rate minus the reference\'s (the lowest FPR under the highest strategy): positive when the group is selected more often without merit.',
    undefinedWhen: `${REFERENCE_UNDEFINED} (e.g. a group without negative outcomes)`,
    context: [CONTEXT.equalOpportunity],
    example: 'abs(fpr_difference)<=0.1',
  },
  equalized_odds_difference: {
    meaning: 'The larger of |TPR gap| and |FPR gap| to the reference (each rate compared with its own reference): 0 means equalized odds hold for the group.',
    undefinedWhen: REFERENCE_UNDEFINED,
    context: [CONTEXT.equalOpportunity],
    example: 'equalized_odds_difference<=0.1',
  },
  predictive_parity_ratio: {
    meaning: 'The group\'s positive predictive value divided by the reference\'s: whether a selection is equally often right in every group.',
    undefinedWhen: `${REFERENCE_UNDEFINED}, or the reference's PPV is 0`,
    context: [CONTEXT.predictiveParity],
    example: '0.8<=predictive_parity_ratio<=1.25',
  },
  ece_difference: {
    meaning: 'The group\'s expected calibration error minus the reference\'s (the best-calibrated group under the highest strategy): how much worse the scores fit this group.',
    undefinedWhen: REFERENCE_UNDEFINED,
    context: [CONTEXT.calibration],
    example: 'ece_difference<=0.03',
  },
  calibration_difference: {
    meaning: 'The group\'s calibration in the large (mean score − base rate) minus the reference\'s: whether the model over- or under-states this group\'s chances more than the reference\'s.',
    undefinedWhen: REFERENCE_UNDEFINED,
    context: [CONTEXT.calibration],
    example: 'abs(calibration_difference)<=0.02',
  },
  ...RANKING_DISPARITY_EXPLANATIONS,
  ...DISTRIBUTION_DISPARITY_EXPLANATIONS,
} as const satisfies Record<string, Explanation>;
