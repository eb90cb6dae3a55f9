import type { AuditConfig, Rule, Severity } from './config.js';
import type { Interval } from './interval.js';
import type { BaselineComparison, Ll144Section, RankingSummary, SelectionSummary, SuppressionMark } from './sections.js';
import type { MetricId, DisparityId, ReferenceStrategy, BootstrapSettings, CalibrationBin, TestName } from './vocabulary.js';

/** The JSON report contract (SPEC §4). Keys may be added; renaming or removing one needs a new version. */
export const SCHEMA_VERSION = 1;

export type Verdict = 'pass' | 'fail' | 'warn' | 'inconclusive' | 'suppressed';
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
  /** AUC computed on a score grid: the largest possible distance to the exact value */
  aucMaxError?: number;
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
}

/**
 * Why a finding has its status; prose comes from `findingText`.
 * - `small-denominator`: a rate of the group or its reference rests on fewer trials than `minDenominator`;
 * - `not-significant`: a breach under `require: significant` whose Holm-adjusted p is not below `alpha`;
 * - `interval-includes-bound`: a breach under `bound: upper` whose interval still reaches the allowed range;
 * - `no-interval`: a breach under `bound: upper` with no interval to judge (e.g. AUC with one positive);
 * - `regression-within-bound`, `regressed`, `not-in-baseline`: a `maxRegression` bound judged against `--baseline`.
 */
export type FindingReason =
  | 'within-bound'
  | 'breach'
  | 'small-group'
  | 'small-reference'
  | 'no-reference'
  | 'small-denominator'
  | 'undefined-value'
  | 'not-significant'
  | 'interval-includes-bound'
  | 'no-interval'
  | 'regression-within-bound'
  | 'regressed'
  | 'not-in-baseline'
  | 'suppressed-primary'
  | 'suppressed-secondary';

export interface Bound {
  min?: number;
  max?: number;
  maxAbs?: number;
  band?: number;
  /** the largest allowed worsening against the baseline */
  maxRegression?: number;
}

export interface Finding {
  rule: string;
  metric: Rule['metric'];
  attribute: string;
  group: string;
  value: number | null;
  bound: Bound;
  status: Verdict;
  reason: FindingReason;
  severity: Severity;
  /** the reference group of a disparity */
  reference?: string | null;
  /** rows in the group (null when the group is suppressed) */
  n: number | null;
  /** the confidence interval of the value */
  interval?: Interval;
  /** raw and Holm-adjusted p-values and the test, for disparities that have one */
  pValue?: number;
  pValueAdjusted?: number;
  test?: TestName;
  minExpected?: number;
  /** for `small-denominator`: which group's rate fell short, and by how much */
  denominator?: { group: string; metric: MetricId; count: number; minimum: number };
  /** regression findings: the baseline's value, after − before, and the worsening in the unfavourable direction */
  baseline?: number | null;
  change?: number | null;
  worsening?: number | null;
  message: string;
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
    calibration: 'poisson-bootstrap-bias-corrected-percentile' | null;
  };
  bootstrap: BootstrapSettings | null;
}

export interface Notice {
  code:
    | 'rows-dropped'
    | 'unused-positive-value'
    | 'no-rules'
    | 'auc-approximate'
    | 'suppressed-groups'
    | 'identifier-columns'
    | 'incomplete-lists'
    | 'selection-ties'
    | 'baseline-groups'
    | 'no-baseline'
    | 'nested-attributes'
    | 'nesting-unknown'
    | 'look-alike-groups'
    | 'normalized-groups';
  message: string;
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

/** What small-cell suppression hid (`--suppress-below`); see docs on its guarantees and limits. */
export interface PrivacySummary {
  suppressBelow: number;
  groupsMasked: { primary: number; secondary: number };
  /** rows in masked groups, summed over attributes (a row masked in two attributes counts twice) */
  rowsMasked: number;
  attributes: { name: string; primary: number; secondary: number; rowsMasked: number }[];
  /** verdicts behind `suppressed` findings that still count in the run's status */
  hiddenVerdicts: { fail: number; inconclusive: number };
  /** per-bin calibration (reliability diagram data) left out because some bin had fewer than suppressBelow rows */
  calibrationWithheld: boolean;
  /** masked groups with a count that the always-published totals still determine (nothing is left to hide them with) */
  unprotected: { attribute: string; group: string }[];
}

export interface AuditResult {
  schemaVersion: typeof SCHEMA_VERSION;
  status: RunStatus;
  tool: { name: string; version: string };
  generatedAt: string;
  command?: string[];
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
  config: AuditConfig;
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
}
