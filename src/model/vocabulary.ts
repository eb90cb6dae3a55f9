/**
 * The names a config and a report use, defined once here so that every layer
 * can speak of metrics, disparities, tests and settings without importing the
 * code that computes them. The registries in metrics/ are checked against these
 * lists (`satisfies Record<MetricId, …>`), so a name cannot exist in one place only.
 */

/** Per-group metrics, in the order tables and reports list them. */
export type MetricId =
  | 'n' | 'selection_rate' | 'base_rate' | 'tpr' | 'fnr' | 'fpr' | 'tnr' | 'ppv' | 'fdr' | 'npv' | 'for' | 'accuracy'
  | 'mean_score' | 'calibration_in_the_large' | 'ece' | 'brier' | 'auc'
  | 'exposure' | 'exposure_share' | 'population_share' | 'selection_at_k'
  | 'relevant_exposure' | 'relevant_exposure_share' | 'relevant_share'
  | OutcomeMetricId | ConsentMetricId
  | 'class_n';

/** Per-group consent counts and shares (`--consent`). */
export type ConsentMetricId = 'unconsented_selected' | 'unknown_consent_selected' | 'opt_out_rate';

/** Per-group statistics of a numeric outcome (`--outcome`). */
export type OutcomeMetricId = 'mean_outcome' | 'sd_outcome' | 'p10_outcome' | 'p25_outcome' | 'median_outcome' | 'p75_outcome' | 'p90_outcome' | 'share_above_p80';

/** Comparisons of a group with its reference group. */
export type DisparityId =
  | 'disparate_impact' | 'statistical_parity_difference' | 'equal_opportunity_difference' | 'equal_opportunity_ratio'
  | 'fpr_difference' | 'equalized_odds_difference' | 'predictive_parity_ratio' | 'ece_difference' | 'calibration_difference'
  | 'exposure_ratio' | 'relevant_exposure_ratio' | 'selection_at_k_ratio'
  | DistributionDisparityId;

/** Comparisons of a group's outcome or score distribution with its reference group's. */
export type DistributionDisparityId =
  | 'mean_outcome_difference' | 'mean_outcome_ratio' | 'share_above_p80_ratio' | 'ks' | 'wasserstein'
  | 'score_ks' | 'score_wasserstein' | 'abroca'
  | 'tvd' | 'js';

/**
 * Which group a disparity is measured against: per metric the most favourable
 * (`highest`), the one with the most rows (`largest`), or the whole attribute (`overall`).
 */
export type ReferenceStrategy = 'highest' | 'largest' | 'overall';

/**
 * Which test compared the group with its reference: for two proportions Fisher's exact test or the pooled
 * two-proportion z test; for two means Welch's t test; for two distributions the two-sample Kolmogorov–Smirnov
 * test, exact or asymptotic (as scipy's ks_2samp, method 'auto').
 */
export type TestName = 'fisher' | 'z' | 'welch' | 'ks-exact' | 'ks-asymptotic' | 'hosmer-lemeshow' | 'chi-square';

/** Opt-in Poisson bootstrap of the calibration metrics (config `bootstrap`, flag `--bootstrap`). */
export interface BootstrapSettings {
  replicates: number;
  seed: number;
}

/** One calibration bin of a group, as reports publish it (reliability diagrams). */
export interface CalibrationBin {
  index: number;
  /** lower and upper edge of the bin */
  lower: number;
  upper: number;
  n: number;
  meanScore: number;
  positiveRate: number;
}
