import type { RuleMetric } from './config.js';

/** Why a group's counts are hidden: it is small (`primary`), or it protects a small one (`secondary`). */
export type SuppressionMark = 'primary' | 'secondary';

/** How a cut-off on the scores made the decision (`--top-k`, `--top-percent`, the ll144 scoring rate). */
export interface SelectionSummary {
  method: 'top-k' | 'top-percent' | 'above-median';
  /** rows asked for (⌈p·n/100⌉ for top-percent); null for the median */
  k: number | null;
  percent?: number;
  /** rows ranked by score: every row the audit uses */
  rows: number;
  /** the score of the k-th row (top-k), or the sample median; null without rows */
  cutoff: number | null;
  /** selected = score ≥ cutoff (top-k: ties at the cut-off are all selected) or score > cutoff (median) */
  comparison: '>=' | '>';
  selected: number;
  /** rows whose score equals the cut-off (selected for top-k, not selected for the median) */
  tiedAtCutoff: number;
}

/** The ranked lists behind the exposure metrics (`--rank`, `--list`). */
export interface RankingSummary {
  rank: string;
  list: string | null;
  k: number;
  /** distinct lists (1 without `--list`) */
  lists: number;
  /** ranked rows */
  rows: number;
  /** lists whose largest rank exceeds their rows: the input holds part of the list */
  incompleteLists: number;
}

/** One row of an LL144 table: a category (sex, race/ethnicity, or both). */
export interface Ll144Category {
  key: string;
  values: Record<string, string>;
  /** "number of applicants"; null only for a category hidden by small-cell suppression */
  applicants: number | null;
  /** selected rows, or rows scoring above the median (null when hidden) */
  selected: number | null;
  /** selection rate or scoring rate */
  rate: number | null;
  /** rate / rate of the reference category; null for an excluded category */
  impactRatio: number | null;
  /** applicants / every row audited (null when hidden) */
  share: number | null;
  /** under `excludeBelow` of the data: shown, but left out of the impact ratios (never set on a hidden category: its size is not published) */
  isExcluded: boolean;
  /** hidden by small-cell suppression, like its group: nothing about it is published but its name */
  suppressed?: SuppressionMark;
}

export interface Ll144Table {
  kind: 'sex' | 'race' | 'intersectional';
  attribute: string;
  columns: string[];
  /** the category with the highest rate among those not excluded */
  reference: string | null;
  /** rows whose category is unknown (empty cell or a listed unknown value), not in the calculations; null when an unknown category is hidden (the sum would reveal it) */
  unknown: number | null;
  categories: Ll144Category[];
}

/** The NYC Local Law 144 bias-audit tables (6 RCNY §5-301), as data for the renderers. */
export interface Ll144Section {
  rateKind: 'selection' | 'scoring';
  /** the sample median score, for scoring rates */
  median: number | null;
  /** rows audited */
  rows: number;
  excludeBelow: number;
  /** the small-cell suppression threshold, when suppression is on (for the `<k` of hidden categories) */
  suppressBelow?: number;
  sex: string;
  race: string;
  tables: Ll144Table[];
}

export interface MetricChange {
  attribute: string;
  group: string;
  metric: RuleMetric;
  before: number | null;
  after: number | null;
  /** after − before; null when either is undefined */
  change: number | null;
  /** how much worse in the metric's unfavourable direction (negative = better); null when either is undefined */
  worsening: number | null;
  /** a disparity measured against a different reference group than in the baseline */
  reference?: { before: string | null; after: string | null };
}

/** The comparison with `--baseline`. */
export interface BaselineComparison {
  file: string;
  generatedAt: string;
  sha256: string;
  changes: MetricChange[];
  /** groups of an audited attribute seen in only one of the two reports */
  onlyInBaseline: { attribute: string; group: string }[];
  onlyInCurrent: { attribute: string; group: string }[];
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
