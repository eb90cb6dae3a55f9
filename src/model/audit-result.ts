import type { AuditConfig } from './config.js';
import type { Finding, Verdict } from './finding.js';
import type { Interval } from './interval.js';
import type { Notice } from './notice.js';
import type { BaselineComparison, Ll144Section, PrivacySummary, RankingSummary, SelectionSummary, SuppressionMark } from './sections.js';
import type { MetricId, DisparityId, ReferenceStrategy, BootstrapSettings, CalibrationBin, TestName } from './vocabulary.js';
import type { StrataSection } from './split-sections.js';
import type { CandidateAttributeChange, CandidateGroupChange } from './candidate-section.js';
import type { BenefitInequality } from './benefit-inequality.js';
import type { WindowSize } from './split-settings.js';
import type { AttributeClasses, GroupClasses } from './class-results.js';


/** The config as a report shows it: how the input's text was read (its separator, its decimal mark) is not part of the audit, so the same table gives the same report in any form. */
export type ReportedConfig = Omit<AuditConfig, 'delimiter' | 'decimalComma'>;

/** The version of the JSON report's shape (schema/report.schema.json). Keys may be added; renaming or removing one needs a new version. */
export const SCHEMA_VERSION = 1;

export type RunStatus = 'pass' | 'fail' | 'inconclusive';

export interface DisparityResult {
  value: number | null;
  /** the group key it was measured against (`(overall)` for the population), null when no group qualified */
  reference: string | null;
  /** for a disparity over several metrics (equalized odds): the reference of each */
  references?: Partial<Record<MetricId, string | null>>;
  /** confidence interval at `statistics.confidence`: Katz log method for ratios, Newcombe hybrid score for differences */
  interval?: Interval;
  /** two-sided p-value of the group's rate against the reference's (selection rate, TPR or FPR), before adjustment */
  pValue?: number;
  /** the p-value after Holm's adjustment across every comparison of the report */
  pValueAdjusted?: number;
  /** `fisher` when an expected count of the 2×2 table is below 5, else `z` (pooled two-proportion z test) */
  test?: TestName;
  /** the smallest expected cell count under the null hypothesis: why the test was chosen */
  minExpected?: number;
  /** a comparison computed from a grid (a map past the exact-map budget): the largest possible distance to the exact value */
  maxError?: number;
}

/** Counts are null only in a suppressed group. */
export interface GroupResult {
  key: string;
  values: Record<string, string>;
  /** present only when the group is masked (`--suppress-below`): counts and metrics are then null */
  suppressed?: SuppressionMark;
  n: number | null;
  /** confusion counts, when the run has both a decision and a label */
  tp?: number | null;
  fp?: number | null;
  tn?: number | null;
  fn?: number | null;
  /** decision-1 rows, when the run has a decision */
  selected?: number | null;
  /** label-1 rows, when the run has a label */
  positives?: number | null;
  /** rows ranked in the top k of their list, when the run has a rank column (the successes of `selection_at_k`); null when masked */
  atK?: number | null;
  metrics: Partial<Record<MetricId, number | null>>;
  /** Wilson score intervals of the rates */
  intervals: Partial<Record<MetricId, Interval>>;
  disparities: Partial<Record<DisparityId, DisparityResult>>;
  /** non-empty calibration bins (aggregates), for reliability diagrams */
  calibration?: CalibrationBin[];
  /** the group's test of perfect calibration, when the run has a score and a label: judges the calibration rules (ece, calibration_in_the_large, brier) */
  calibrationTest?: CalibrationTest;
  /** AUC computed on a score grid: the largest possible distance to the exact value */
  aucMaxError?: number;
  /** metrics computed from a grid (an outcome or score map past the exact-map budget): the largest possible distance to each exact value */
  maxErrors?: Partial<Record<MetricId, number>>;
  /** with `--decision`: the group's class shares against the reference's; absent when masked */
  classes?: GroupClasses;
}

/** A test of perfect calibration of one group's scores; its p-value is a member of the run's Holm family. */
export interface CalibrationTest {
  test: TestName;
  statistic: number;
  /** degrees of freedom of the reference distribution */
  df: number;
  pValue: number;
  /** Holm-adjusted across the run's family */
  pValueAdjusted?: number;
  /** the ECE expected under perfect calibration for this group's scores */
  expectedEce: number;
  /** ECE minus its expectation under perfect calibration, floored at 0 */
  debiasedEce: number;
}

export interface AttributeResult {
  name: string;
  columns: string[];
  /** rows analysed for this attribute */
  n: number;
  /** rows left out of this attribute only (empty cell under `--missing drop`) */
  rowsExcluded: number;
  referenceStrategy: ReferenceStrategy | 'explicit';
  /** the reference group chosen for each compared metric */
  references: Partial<Record<MetricId, string | null>>;
  groups: GroupResult[];
  /** with `--decision`: the class order, the reference and the test of independence of group × class */
  classes?: AttributeClasses;
  /** inequality of benefit ŷ − y + 1 over the attribute's rows and between its groups (with a decision and a label) */
  inequality?: BenefitInequality;
}

/** How the report's intervals and tests were made (the method section of a report). */
export interface StatisticsInfo {
  confidence: number;
  alpha: number;
  /** comparisons in the Holm family: every attribute × group × tested rate with a p-value */
  comparisons: number;
  adjustment: 'holm';
  methods: {
    rate: 'wilson';
    ratio: 'katz-log';
    difference: 'newcombe-hybrid-score';
    auc: 'delong';
    test: 'fisher-exact-if-expected-below-5-else-pooled-z';
    /** with `--bootstrap`: Brier's interval (ECE's is never bootstrapped: see `ece`) */
    calibration: 'poisson-bootstrap-bias-corrected-percentile' | null;
    /** with a score and a label: ECE's interval, from Clopper–Pearson intervals of the bins' positive rates, Bonferroni over the non-empty bins */
    ece?: 'bonferroni-clopper-pearson-bins';
    /** with a score and a label: each group's test of perfect calibration (fixed bins, one df a bin, moment-matched reference) */
    calibrationTest?: 'hosmer-lemeshow-moment-matched';
    /** with `--outcome`: numpy's linear quantiles, Welch's t for means, scipy's two-sample KS (method 'auto') for distributions */
    outcome?: { quantile: 'numpy-linear'; mean: 'welch'; distribution: 'kolmogorov-smirnov-scipy-auto' };
    /** with `--decision`: class shares (Wilson), their ratios (Katz), TVD and JS divergence (base 2) against the reference, scipy's chi2_contingency for group × class */
    classes?: { share: 'wilson'; ratio: 'katz-log'; divergence: 'jensen-shannon-base-2'; test: 'chi-square-scipy-chi2-contingency' };
  };
  bootstrap: BootstrapSettings | null;
  /** the exact per-group value maps: their budget (`--exact-memory`) and the limit of entries per map it gave (null: every map exact) */
  exactMaps?: { memoryMB: number; limit: number | null };
}

/** One file of statistics an audit read (an aggregate or a warehouse query's result). */
export interface InputSourceRecord {
  file: string;
  sha256: string;
  bytes: number;
  kind: 'aggregate' | 'sql-result';
  /** for an aggregate: the data file it was computed from */
  data?: { file: string; sha256: string; bytes: number };
}

/** The config file a run read: its path as given to --config, or its name when found in the working directory. */
export interface ConfigFileRecord {
  path: string;
  foundBy: 'flag' | 'working-directory';
}

export interface AuditResult {
  schemaVersion: typeof SCHEMA_VERSION;
  status: RunStatus;
  tool: { name: string; version: string };
  generatedAt: string;
  command?: string[];
  /** the config file read, absent when the run had none (flags and defaults only) */
  configFile?: ConfigFileRecord;
  input: {
    file: string;
    sha256: string;
    bytes: number;
    rowsRead: number;
    rowsUsed: number;
    rowsDropped: Record<string, number>;
    /**
     * With --from-aggregates: each file of statistics read, in order, and the
     * data it summarises; `file`, `sha256` and `bytes` then describe those files.
     */
    sources?: InputSourceRecord[];
  };
  config: ReportedConfig;
  overall: GroupResult;
  attributes: AttributeResult[];
  findings: Finding[];
  summary: Record<Verdict, number> & { rules: number };
  statistics: StatisticsInfo;
  notices: Notice[];
  /** the score cut-off that made the decision (`--top-k`, `--top-percent`, ll144 scoring rate) */
  selection?: SelectionSummary;
  /** the ranked lists (`--rank`) */
  ranking?: RankingSummary;
  /** tables of presets that publish more than rules */
  presets?: { ll144?: Ll144Section };
  /** the comparison with `--baseline` */
  baseline?: BaselineComparison;
  /** present when `suppressBelow` > 0 */
  privacy?: PrivacySummary;
  /** the comparisons within legitimate factors (`--strata`) */
  strata?: StrataSection;
  /** the audit per time window (`--period`) */
  windows?: WindowSection;
  /** a second model on the same rows (`--candidate`): its audit and the paired changes */
  candidate?: CandidateSection;
}

// The windows hold audits of their own, so their types live here (split-sections.ts holds the strata).
/** The audit of one time window. */
export interface WindowAudit {
  window: string;
  /** first day and the day after the last (ISO dates); null for the window of rows without a date */
  start: string | null;
  end: string | null;
  overall: GroupResult;
  attributes: AttributeResult[];
  /** the verdict of this window's findings (threshold and drift rules) */
  status: RunStatus;
}

/** The audit per time window (`--period`, `--every`), oldest window first; the run's other sections are the whole. */
export interface WindowSection {
  column: string;
  every: WindowSize;
  tz: string;
  windows: WindowAudit[];
}

/**
 * `--candidate`: a second model's decisions on the same rows. `attributes` and
 * `overall` are the candidate's own audit (the same metrics, disparities,
 * references and intervals as the audited model's, from the candidate's
 * decisions); `changes` pair the two models group by group (candidate-section.ts).
 */
export interface CandidateSection {
  column: string;
  overall: GroupResult;
  attributes: AttributeResult[];
  overallChange: CandidateGroupChange;
  changes: CandidateAttributeChange[];
}
