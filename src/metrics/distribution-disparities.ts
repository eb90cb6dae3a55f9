import { CLASS_DISPARITIES } from './class-metrics.js';
import type { DistributionDisparityId } from '../model/vocabulary.js';

/**
 * Comparisons of a group's outcome (`--outcome`) or score distribution with
 * its reference group's. Mean differences and ratios, and the ratio of the
 * shares above the 80th percentile, compare two group metrics as the rate
 * disparities do; the `two-sample` ones are functions of both samples
 * (distribution-comparison.ts computes them). Each is measured against the
 * reference chosen for its base metric: the mean outcome's (by default the
 * group with the highest mean), the mean score's, or the AUC's for ABROCA.
 */
export const DISTRIBUTION_DISPARITIES = {
  mean_outcome_difference: {
    title: 'mean outcome difference', short: 'Δmean',
    formula: 'mean_outcome_g − mean_outcome_r (Welch interval and t test)',
    kind: 'difference',
    bases: ['mean_outcome'],
  },
  mean_outcome_ratio: {
    title: 'mean outcome ratio', short: 'mean ratio',
    formula: 'mean_outcome_g / mean_outcome_r (Welch t test of equal means)',
    kind: 'ratio',
    bases: ['mean_outcome'],
  },
  share_above_p80_ratio: {
    title: 'ratio of the shares at or above the overall 80th percentile', short: 'top-20% ratio',
    formula: 'share_above_p80_g / share_above_p80_r (holisticai’s disparate_impact_regression)',
    kind: 'ratio',
    bases: ['share_above_p80'],
  },
  ks: {
    title: 'Kolmogorov–Smirnov distance of the outcome', short: 'KS',
    formula: 'max_x |F_g(x) − F_r(x)| (two-sample KS test, as scipy ks_2samp)',
    kind: 'two-sample',
    bases: ['mean_outcome'],
  },
  wasserstein: {
    title: 'Wasserstein-1 distance of the outcome', short: 'W1',
    formula: '∫ |F_g(x) − F_r(x)| dx (in the outcome’s units, as scipy wasserstein_distance)',
    kind: 'two-sample',
    bases: ['mean_outcome'],
  },
  score_ks: {
    title: 'Kolmogorov–Smirnov distance of the scores', short: 'score KS',
    formula: 'max_s |F_g(s) − F_r(s)| over the scores (two-sample KS test)',
    kind: 'two-sample',
    bases: ['mean_score'],
  },
  score_wasserstein: {
    title: 'Wasserstein-1 distance of the scores', short: 'score W1',
    formula: '∫ |F_g(s) − F_r(s)| ds over the scores',
    kind: 'two-sample',
    bases: ['mean_score'],
  },
  abroca: {
    title: 'absolute between-ROC area (ABROCA)', short: 'ABROCA',
    formula: '∫₀¹ |TPR_g(f) − TPR_r(f)| df (Gardner, Brooks & Baker 2019)',
    kind: 'two-sample',
    bases: ['auc'],
  },
  ...CLASS_DISPARITIES,
} as const satisfies Record<DistributionDisparityId, object>; // each checked as a DisparityDef in disparity.ts

/** Which test each tested comparison carries, and the Holm family member it shares with the others of the same test. */
export const DISTRIBUTION_TESTS: Partial<Record<DistributionDisparityId, 'welch:outcome' | 'ks:outcome' | 'ks:score' | 'chi2:classes'>> = {
  mean_outcome_difference: 'welch:outcome',
  mean_outcome_ratio: 'welch:outcome',
  ks: 'ks:outcome',
  score_ks: 'ks:score',
  tvd: 'chi2:classes',
  js: 'chi2:classes',
};
