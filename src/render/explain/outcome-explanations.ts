import { CLASS_DISPARITY_EXPLANATIONS } from './class-explanations.js';
import type { OutcomeMetricId, DistributionDisparityId } from '../../model/vocabulary.js';
import type { Explanation } from './types.js';

const NO_OUTCOME = 'the group has no row with an outcome (or the run has no --outcome)';
const GRID = 'Exact from the group\'s value → count map; past the exact-map budget (--exact-memory) from a grid, with the largest possible error stated per group.';
const VS_REFERENCE = 'the group or its reference has no row with a value, or no group qualifies as reference';

/** The per-group statistics of a numeric outcome (`--outcome`), keyed like OUTCOME_METRICS. */
export const OUTCOME_METRIC_EXPLANATIONS: Record<OutcomeMetricId, Explanation> = {
  mean_outcome: {
    meaning: `The group's average outcome (offer value, discount, price…), with a t interval (statsmodels' DescrStatsW.tconfint_mean). ${GRID}`,
    undefinedWhen: NO_OUTCOME,
    example: 'mean_outcome>=10',
  },
  sd_outcome: { meaning: 'The standard deviation of the group\'s outcomes (ddof 1, as numpy\'s std(ddof=1)).', undefinedWhen: `${NO_OUTCOME}, or it has a single row` },
  p10_outcome: { meaning: 'The 10th percentile of the group\'s outcomes, by numpy\'s default linear interpolation.', undefinedWhen: NO_OUTCOME },
  p25_outcome: { meaning: 'The 25th percentile (lower quartile) of the group\'s outcomes, numpy\'s linear method.', undefinedWhen: NO_OUTCOME },
  median_outcome: { meaning: 'The median of the group\'s outcomes, numpy\'s linear method.', undefinedWhen: NO_OUTCOME },
  p75_outcome: { meaning: 'The 75th percentile (upper quartile) of the group\'s outcomes, numpy\'s linear method.', undefinedWhen: NO_OUTCOME },
  p90_outcome: { meaning: 'The 90th percentile of the group\'s outcomes, numpy\'s linear method.', undefinedWhen: NO_OUTCOME },
  share_above_p80: {
    meaning: 'The share of the group whose outcome is at or above the 80th percentile of all the attribute\'s rows: who gets a top-20 % offer. holisticai\'s disparate_impact_regression compares these shares (q = 0.8).',
    undefinedWhen: NO_OUTCOME,
  },
};

/** Comparisons of an outcome or score distribution with the reference's, keyed like DISTRIBUTION_DISPARITIES. */
export const DISTRIBUTION_DISPARITY_EXPLANATIONS: Record<DistributionDisparityId, Explanation> = {
  mean_outcome_difference: {
    meaning: 'The group\'s mean outcome minus the reference\'s (by default the group with the highest mean), in the outcome\'s units, with a Welch interval and Welch\'s t test (scipy\'s ttest_ind(equal_var=False)); against the overall reference the test compares the group with the rest.',
    undefinedWhen: VS_REFERENCE,
    example: 'mean_outcome_difference>=-5',
  },
  mean_outcome_ratio: {
    meaning: 'The group\'s mean outcome divided by the reference\'s: 0.9 means offers 10 % smaller on average. Tested with Welch\'s t test of equal means.',
    undefinedWhen: `${VS_REFERENCE}, or the reference's mean is 0`,
    example: 'mean_outcome_ratio>=0.9',
  },
  share_above_p80_ratio: {
    meaning: 'The group\'s share at or above the overall 80th percentile divided by the reference\'s (holisticai\'s disparate_impact_regression), with a Katz interval: disparate impact of top-20 % outcomes.',
    undefinedWhen: `${VS_REFERENCE}, or the reference's share is 0`,
    example: 'share_above_p80_ratio>=0.8',
  },
  ks: {
    meaning: 'The two-sample Kolmogorov–Smirnov statistic: the largest gap between the group\'s and the reference\'s cumulative outcome distributions (0 = identical, 1 = disjoint), with scipy\'s ks_2samp p-value (method auto: exact up to 10,000 rows per side).',
    undefinedWhen: VS_REFERENCE,
    example: 'ks<=0.1',
  },
  wasserstein: {
    meaning: 'The Wasserstein-1 (earth mover\'s) distance between the group\'s and the reference\'s outcome distributions, in the outcome\'s units: how far, on average, outcomes would have to move to make the two distributions equal (scipy\'s wasserstein_distance).',
    undefinedWhen: VS_REFERENCE,
    example: 'wasserstein<=2',
  },
  score_ks: {
    meaning: 'The KS statistic of the scores (--score) against the reference\'s (the group with the highest mean score by default). It joins the Holm family only when a rule judges it.',
    undefinedWhen: 'the group or its reference has no scored row',
    example: 'score_ks<=0.1',
  },
  score_wasserstein: {
    meaning: 'The Wasserstein-1 distance of the scores against the reference\'s, in score units.',
    undefinedWhen: 'the group or its reference has no scored row',
    example: 'score_wasserstein<=0.05',
  },
  abroca: {
    meaning: 'The absolute area between the group\'s and the reference\'s ROC curves (Gardner, Brooks & Baker 2019): 0 when the model ranks both equally well at every false positive rate. Reference: the group with the highest AUC.',
    undefinedWhen: 'the group or its reference has only one label class',
    example: 'abroca<=0.05',
  },
  ...CLASS_DISPARITY_EXPLANATIONS,
};
