import type { ReportInfo } from './report-info.js';
import type { MetricId, DisparityId, ReferenceStrategy, BootstrapSettings } from './vocabulary.js';
import type { DriftRule, PeriodSettings, StratifiedId } from './split-settings.js';
import type { ClassRuleId } from './class-results.js';
import type { InequalityId } from './benefit-inequality.js';

export interface ColumnMap {
  /** the binary decision column (targeted / recommended / selected) */
  prediction?: string;
  /** the model score in [0, 1] */
  score?: string;
  /** the actual outcome */
  label?: string;
  /** position in a ranked output, 1 = top (ranking metrics) */
  rank?: string;
  /** one ranked list per value of this column (user, session, query); needs `rank` */
  list?: string;
  /** a numeric outcome per row: offer value, discount, price, bid (negative allowed; empty = missing) */
  outcome?: string;
  /** whether each row's person consented (opted in / opted out; empty = unknown): `--consent` */
  consent?: string;
  /** a second model's decision (or score, cut at the same threshold) on the same rows, compared with the audited one */
  candidate?: string;
  /** a multi-class decision per row: the offer, creative or tier shown (any number of classes; empty = missing) */
  decision?: string;
}

/** How the consent column reads (`--consent`), present only when it is given. */
export interface ConsentSettings {
  /** values that mean opted in, compared case-insensitively */
  yes: string[];
  /** values that mean opted out, compared case-insensitively */
  no: string[];
  /** the rule unconsented_selected==0 is on (the default); false: `consentGate: false` / `--no-consent-gate` */
  gate: boolean;
}

/** The byte between the fields of delimited text: comma, semicolon, tab or vertical bar. */
export type FieldDelimiter = ',' | ';' | '\t' | '|';

/** `group`: an empty demographic cell is its own group `(missing)`; `drop`: the row leaves that attribute only. */
export type MissingMode = 'group' | 'drop';
/** Which verdicts make the exit code non-zero. */
export type FailOn = 'fail' | 'inconclusive';
/** A breach of a `warn` rule is reported but does not fail the run. */
export type Severity = 'fail' | 'warn';

export type RuleMetric = MetricId | DisparityId | StratifiedId | ClassRuleId | InequalityId;

/** Named rule sets (see `src/presets/presets.ts`). */
export type PresetName = 'four-fifths' | 'll144' | 'strict';

/** Column mapping and options of the `ll144` preset (NYC Local Law 144 bias-audit tables). */
export interface Ll144Options {
  /** the sex column */
  sex: string;
  /** the race/ethnicity column */
  race: string;
  /** values (besides an empty cell) that mean the category is unknown, compared case-insensitively */
  unknown: string[];
  /** categories under this share of the data are excluded from impact ratios (6 RCNY §5-301(d)); 0 keeps all */
  excludeBelow: number;
}

/**
 * What a breach of the estimate must also show to fail. Absent (the default,
 * "evidence"): the group's test is significant at `alpha` after Holm, or the
 * confidence interval lies wholly outside the allowed range. `significant`: the
 * test alone. `point`: nothing — the estimate decides, as legal standards
 * defined on point estimates (the four-fifths rule, LL144's impact ratio) ask.
 * A breach not shown is a `warn` with its reason, never a pass or a fail.
 */
export type RuleRequirement = 'significant' | 'point';
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
  /** with `--baseline`: fail when the value got worse than the baseline's by more than this (in the metric's unfavourable direction) */
  maxRegression?: number;
  /** limit the rule to these attributes (default: all) */
  attributes?: string[];
  severity: Severity;
  /** the preset the rule came from, absent for the user's own rules */
  preset?: PresetName;
  require?: RuleRequirement;
  bound?: RuleBoundOn;
  /** `candidate`: the threshold judges the candidate model's value (`--candidate`), not the audited model's */
  model?: 'candidate';
  /** the class a `class_impact` or `tier_impact` rule judges (`class=premium`) */
  class?: string;
}

/** The fully resolved, validated, frozen configuration of one audit. */
export interface AuditConfig {
  columns: ColumnMap;
  /** values of the prediction column that count as positive (null: 1/true/yes vs 0/false/no) */
  predictionPositive: string[] | null;
  labelPositive: string[] | null;
  /** decision = score ≥ threshold, when there is no prediction column */
  threshold: number | null;
  /** decision = among the k highest scores (ties at the cut-off all selected); two passes over the input */
  topK: number | null;
  /** decision = among the p % highest scores, k = ⌈p·n/100⌉ (same tie rule as topK) */
  topPercent: number | null;
  /** decision = score > the sample median (the LL144 "scoring rate"); set by the ll144 preset when there is a score and no decision */
  aboveMedian: boolean;
  /** cut-off of `selection_at_k` (rank ≤ k) for ranked outputs */
  k: number;
  /** attributes: column names and intersections `a+b` */
  groups: string[];
  reference: ReferenceStrategy;
  /** explicit reference group per attribute (overrides `reference`) */
  referenceGroups: Record<string, string>;
  minGroupSize: number;
  missing: MissingMode;
  /** equal-width calibration bins for `ece` and the reliability diagram */
  bins: number;
  /** numeric group columns banded before tallying: column → increasing edges (core/value-bands.ts) */
  bands: Record<string, number[]>;
  rules: Rule[];
  failOn: FailOn;
  /** a run with rules none of whose checks could be judged (all inconclusive) exits 0 instead of 3 */
  allowNoVerdict: boolean;
  /** presets applied (their rules are in `rules`, marked with `preset`) */
  presets: PresetName[];
  /** options of the ll144 preset, null when it is not applied */
  ll144: Ll144Options | null;
  /** level of every confidence interval (Wilson, Katz, Newcombe, DeLong, bootstrap) */
  confidence: number;
  /** significance level of the rules' evidence (the default and `require: significant`), applied to Holm-adjusted p-values */
  alpha: number;
  /** per rate metric: below this denominator (e.g. tp+fn for tpr) a verdict on it is inconclusive */
  minDenominator: Partial<Record<MetricId, number>>;
  /** opt-in Poisson bootstrap of ece and brier; null when off */
  bootstrap: BootstrapSettings | null;
  /** privacy: groups with 0 < n < suppressBelow rows are masked, with complementary suppression (0 = off) */
  suppressBelow: number;
  /** any row left out of the audit (empty prediction, label or score cell) is an input error */
  strict: boolean;
  /** the field separator of delimited text; null: found from the header and first records (`.tsv`: tab) */
  delimiter: FieldDelimiter | null;
  /** scores (and outcomes) written with a decimal comma (0,82); null: found from the first records of a file not separated by commas */
  decimalComma: boolean | null;
  /** memory for the exact per-group value maps (scores for AUC, outcomes), in MB; beyond it, grids with stated bounds (`--exact-memory`) */
  exactMemoryMB: number;
  /** the classes of `columns.decision` from most to least favourable (`--favourable "premium>standard>none"`); absent: unordered */
  favourable?: string[];
  /** legitimate factors: columns (intersected) within whose values each group is compared again; absent when not given */
  strata?: string[];
  /** a date column cut into time windows: the audit per window and its trend; absent when not given */
  period?: PeriodSettings;
  /** bounds on how far a metric may move from one window to the next (or the first); absent when none */
  drift?: DriftRule[];
  /** group values that differ only in Unicode normalisation or invisible characters count as one group; absent when off */
  normalizeValues?: true;
  /** the consent column's reading; absent without `--consent` */
  consent?: ConsentSettings;
  /** α of the generalized entropy index of benefit (`--entropy-alpha`); absent: 2 */
  entropyAlpha?: number;
  /** what was audited (title, model, owner, purpose, data period, notes); null when nothing is said */
  report: ReportInfo | null;
}
