import type { DisparityId } from '../metrics/disparity.js';
import type { ReferenceStrategy } from '../metrics/reference.js';
import type { MetricId } from '../metrics/registry.js';
import type { BootstrapSettings } from '../stats/bootstrap.js';

export interface ColumnMap {
  /** the binary decision column (targeted / recommended / selected) */
  prediction?: string;
  /** the model score in [0, 1] */
  score?: string;
  /** the actual outcome */
  label?: string;
}

/** `group`: an empty demographic cell is its own group `(missing)`; `drop`: the row leaves that attribute only. */
export type MissingMode = 'group' | 'drop';
/** Which verdicts make the exit code non-zero. */
export type FailOn = 'fail' | 'inconclusive';
/** A breach of a `warn` rule is reported but does not fail the run. */
export type Severity = 'fail' | 'warn';

export type RuleMetric = MetricId | DisparityId;

/** `significant`: a breach fails only when the test against the reference is significant at `alpha` after Holm. */
export type RuleRequirement = 'significant';
/**
 * `upper`: judge the favourable end of the confidence interval instead of the
 * estimate — the rule fails only when no value in the interval meets the bound.
 */
export type RuleBoundOn = 'upper';

/**
 * A threshold rule. Bounds: `min` (value ≥ min), `max` (value ≤ max),
 * `maxAbs` (|value| ≤ maxAbs), `band` τ (τ ≤ value ≤ 1/τ, Aequitas' fairness band).
 */
export interface Rule {
  /** stable id shown in every report (the expression, unless named in the config) */
  id: string;
  metric: RuleMetric;
  min?: number;
  max?: number;
  maxAbs?: number;
  band?: number;
  /** limit the rule to these attributes (default: all) */
  attributes?: string[];
  severity: Severity;
  require?: RuleRequirement;
  bound?: RuleBoundOn;
}

/** The fully resolved, validated, frozen configuration of one audit. */
export interface AuditConfig {
  columns: ColumnMap;
  /** values of the prediction column that count as positive (null: 1/true/yes vs 0/false/no) */
  predictionPositive: string[] | null;
  labelPositive: string[] | null;
  /** decision = score ≥ threshold, when there is no prediction column */
  threshold: number | null;
  /** attributes: column names and intersections `a+b` */
  groups: string[];
  reference: ReferenceStrategy;
  /** explicit reference group per attribute (overrides `reference`) */
  referenceGroups: Record<string, string>;
  minGroupSize: number;
  missing: MissingMode;
  /** equal-width calibration bins for `ece` and the reliability diagram */
  bins: number;
  rules: Rule[];
  failOn: FailOn;
  /** level of every confidence interval (Wilson, Katz, Newcombe, DeLong, bootstrap) */
  confidence: number;
  /** significance level of `require: significant`, applied to Holm-adjusted p-values */
  alpha: number;
  /** per rate metric: below this denominator (e.g. tp+fn for tpr) a verdict on it is inconclusive */
  minDenominator: Partial<Record<MetricId, number>>;
  /** opt-in Poisson bootstrap of ece and brier; null when off */
  bootstrap: BootstrapSettings | null;
  /** privacy: groups with 0 < n < suppressBelow rows are masked, with complementary suppression (0 = off) */
  suppressBelow: number;
  /** any row left out of the audit (empty prediction, label or score cell) is an input error */
  strict: boolean;
}
