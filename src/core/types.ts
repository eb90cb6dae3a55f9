import type { Capabilities } from '../model/capabilities.js';
import type { ExactSum } from './exact-sum.js';
import type { BootstrapTally } from '../stats/bootstrap.js';
import type { ValueHistogram } from './value-histogram.js';
import type { CandidateTally } from './candidate-tally.js';
import type { AttributeRole } from '../model/split-attributes.js';
import type { ColumnDependency } from './column-dependencies.js';
import type { ConsentTally } from './consent-tally.js';

/**
 * The sufficient statistics of an audit. Everything a metric, an interval or a
 * test needs is a sum over rows, so tallies from any split of the data merge
 * into the tally of the whole (see `mergeTallies`).
 */

/** The float-sum fields of a GroupTally, kept exactly (tally-fields.ts checks this list against TALLY_FIELDS). */
export type SumField = 'sumScore' | 'sumSquaredError' | 'sumExposure' | 'sumRelevantExposure';

/** The exact partials behind a tally's float sums: each sum field, and Σ score and Σ score² per calibration bin. */
export type ExactSums = Record<SumField, ExactSum> & { binScores: ExactSum[]; binSquares: ExactSum[] };

/**
 * Score counts by label for AUC. While the run's maps fit their memory
 * budget (exact-limit.ts: always for a group of at most 10,000 distinct
 * (score, label) pairs) the keys are the exact scores and the AUC is exact;
 * beyond that the counts are on a grid of width `step` (1e-4) and the AUC is
 * approximate, with a stated bound.
 */
export type AucHistogram = ExactAucHistogram | GridAucHistogram;

export interface ExactAucHistogram {
  step: null;
  /** distinct scores, ascending (−0 stored as 0): typed arrays, as a Map costs about five times the payload */
  scores: Float64Array;
  /** rows with label 1 at each score */
  pos: Float64Array;
  /** rows with label 0 at each score */
  neg: Float64Array;
}

export interface GridAucHistogram {
  step: number;
  /** rows with label 0 in cell c at [c], with label 1 at [GRID_CELLS + c] (cell c = round(score / step)) */
  counts: Float64Array;
}

/** Per-group sums. Confusion counts follow from four numbers (see `confusion`). */
export interface GroupTally {
  /** rows */
  n: number;
  /** rows with decision 1 (tp + fp) */
  selected: number;
  /** rows with label 1 (tp + fn) */
  positives: number;
  /** rows with decision 1 and label 1 */
  tp: number;
  /** Σ score */
  sumScore: number;
  /** Σ (score − label)² */
  sumSquaredError: number;
  /** Σ exposure, exposure = 1/log2(1 + rank) (ranked outputs) */
  sumExposure: number;
  /** Σ exposure over the rows with label 1 (relevant rows) */
  sumRelevantExposure: number;
  /** rows with rank ≤ k */
  atK: number;
  /** calibration bins: for bin b, [3b] = rows, [3b+1] = Σ score, [3b+2] = Σ label */
  bins: Float64Array;
  /** Σ score² of each calibration bin at [b]: with the bins' Σ score it gives the variance Σs(1 − s) of a bin's positives under perfect calibration (the calibration test) */
  binSquares: Float64Array;
  auc: AucHistogram;
  /**
   * The exact sums behind `sumScore`, `sumSquaredError` and each bin's Σ score
   * and Σ score² (those numbers are these sums rounded once), so that merging tallies is
   * exact and a report does not depend on how the rows were split.
   */
  exact: ExactSums;
  /** replicate sums of the opt-in Poisson bootstrap (`--bootstrap`); absent when it is off */
  bootstrap?: BootstrapTally;
  /** the outcome's values (`--outcome`); absent when the run has none */
  outcome?: ValueHistogram;
  /** the scores' values when the run has a score but no label (with a label, `auc` holds them) */
  scores?: ValueHistogram;
  /** consent counts (`--consent`); absent when the run has no consent column */
  consent?: ConsentTally;
  /** the candidate model's counts (`--candidate`); absent when the run has none */
  candidate?: CandidateTally;
  /** rows per class of the multi-class decision (`--decision`), in class-name order; absent when the run has none */
  classes?: Map<string, number>;
}

export interface ConfusionCounts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** One demographic attribute (a column, or an intersection `a+b`). */
export interface AttributeSpec {
  /** as written by the user: `race`, `race+sex` */
  name: string;
  columns: readonly string[];
  /** an internal intersection of a split (strata, time windows), not reported as an attribute; absent for audited attributes */
  role?: AttributeRole;
  /** for an internal intersection: the audited attribute it splits (null: the time window alone) */
  of?: string | null;
}

export interface GroupEntry {
  key: string;
  values: readonly string[];
  tally: GroupTally;
}

export interface AttributeTally {
  spec: AttributeSpec;
  /** group key -> entry; keys are the values joined with `|` */
  groups: Map<string, GroupEntry>;
  /** every row analysed for this attribute (equals the overall tally unless `--missing drop`) */
  total: GroupTally;
  /** rows left out of this attribute only (`--missing drop`) */
  rowsExcluded: number;
}

export interface TallyTable {
  capabilities: Capabilities;
  bins: number;
  attributes: AttributeTally[];
  overall: GroupTally;
  rowsRead: number;
  rowsUsed: number;
  rowsDropped: Record<string, number>;
  /** the budget of the exact value maps in bytes (exact-limit.ts); absent: the default */
  exactBytes?: number;
  /** the limit L* the budget gave (entries per map), null when every map fit; set once the rule is applied */
  exactLimit?: number | null;
  /** which audited columns nest in which (see column-dependencies.ts); absent when unknown (a warehouse result, an older aggregate) */
  dependencies?: ColumnDependency[];
}

/** The label of the group that holds rows whose demographic cell is empty. */
export const MISSING_GROUP = '(missing)';
/** The key used for the whole population when the reference is `overall`. */
export const OVERALL_GROUP = '(overall)';
