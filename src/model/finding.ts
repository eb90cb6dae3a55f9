import type { Rule, Severity } from './config.js';
import type { Interval } from './interval.js';
import type { MetricId, TestName } from './vocabulary.js';

/** A check's outcome: met, failed (or warned, by the rule's severity), no verdict possible, or hidden by small-cell suppression. */
export type Verdict = 'pass' | 'fail' | 'warn' | 'inconclusive' | 'suppressed';

/**
 * Why a finding has its status: the finding's code. The judging layers set it
 * and the facts below; render/prose/finding-sentence.ts words each code (a new
 * code does not compile until it has its sentences there).
 * - `small-group`, `small-reference`, `no-reference`, `undefined-value`: no verdict before any bound is looked at;
 * - `small-denominator`: a rate of the group or its reference rests on fewer trials than `minDenominator`;
 * - `not-significant`, `interval-includes-bound`, `no-interval`: a breach of the estimate that the rule's
 *   requirement does not let fail (policy/evaluate.ts, breachReason), status `warn` whatever the severity:
 *   its test's Holm-adjusted p is not below `alpha`; its interval still reaches the allowed range (the
 *   default without a test, or `bound: upper`); it has neither a test nor an interval (or, under
 *   `bound: upper`, no interval, e.g. AUC with one positive);
 * - `regression-within-bound`, `regressed`, `not-in-baseline`: a `maxRegression` bound judged against `--baseline`;
 * - `suppressed-primary`, `suppressed-secondary`: the group is hidden by small-cell suppression;
 * - `drift-within-bound`, `drifted`, `no-earlier-value`: a drift bound judged between two time windows.
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
  | 'suppressed-secondary'
  | 'drift-within-bound'
  | 'drifted'
  | 'no-earlier-value';

export interface Bound {
  min?: number;
  max?: number;
  maxAbs?: number;
  band?: number;
  /** the largest allowed worsening against the baseline */
  maxRegression?: number;
  /** the largest allowed change between two time windows */
  maxChange?: number;
}

/**
 * One rule applied to one group: its code (`reason`), the verdict it gives, and
 * the facts a sentence about it states — no prose. Which facts a code carries:
 * every code the rule, group, value and bound; measured values (`within-bound`,
 * `breach`, the held-back reasons) the interval and test; `small-denominator`
 * the `denominator`; the regression codes `baseline`, `change` and `worsening`.
 * The JSON report adds each finding's sentence as `message`.
 */
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
  /** the decision class a class_impact or tier_impact rule judged */
  class?: string;
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
  /** a finding on one time window (`--period`): its label */
  window?: string;
  /** drift findings: the window compared with, its value (change is then value − earlier value) and, for a disparity, its reference there */
  earlier?: { window: string; value: number | null; reference?: string | null };
}
