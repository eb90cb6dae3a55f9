import { scoreHash } from './auc-accumulator.js';
import { GRID_CELLS, gridCell } from './auc-histogram.js';
import { binOf } from './calibration-bins.js';
import { LIMBS, toLimbs } from './slot-sums.js';
import type { Observation } from './tally.js';
import type { ConsentCode } from './consent-tally.js';

/**
 * What one row contributes, computed once per row and shared by every group
 * the row falls in (the fold reuses one object, so a row allocates nothing).
 */
export interface RowContribution {
  decision: 0 | 1 | null;
  label: 0 | 1 | null;
  score: number | null;
  /** calibration bin of the score */
  bin: number;
  /** (score − label)², when both are present */
  squaredError: number;
  /** the score's limbs at [0, 4), the squared error's at [4, 8), the exposure's at [8, 12) and the squared score's at [12, 16) (see slot-sums.ts), split once per row */
  limbs: Float64Array;
  isScoreInLimbs: boolean;
  /** score², for the bin's Σ score² */
  squaredScore: number;
  isSquareInLimbs: boolean;
  isErrorInLimbs: boolean;
  /** `scoreHash` and `gridCell` of the score, and the row's index in a grid (label·GRID_CELLS + cell), for the AUC accumulators */
  hash: number;
  cell: number;
  gridIndex: number;
  /** 1/log2(1 + rank) in a ranked run (its limbs at [8, 12)), else null */
  exposure: number | null;
  /** the numeric outcome (`--outcome`), and its scoreHash, for the value maps */
  outcome: number | null;
  outcomeHash: number;
  /** the candidate model's decision (`--candidate`), else null */
  candidate: 0 | 1 | null;
  /** the id of the row's class of the multi-class decision in the fold's ClassDictionary, −1 when none */
  classId: number;
  isExposureInLimbs: boolean;
  /** rank ≤ k */
  isAtK: boolean;
  /** the row's consent (`--consent`), null without a consent column */
  consent: ConsentCode | null;
}

/** Fills the per-row fields from the observation and the number of calibration bins. */
export function setContribution(row: RowContribution, o: Observation, bins: number): void {
  row.decision = o.decision;
  row.label = o.label;
  row.score = o.score;
  row.exposure = o.exposure ?? null;
  row.outcome = o.outcome ?? null;
  row.consent = o.consent ?? null;
  row.candidate = o.candidate ?? null;
  if (row.outcome !== null) row.outcomeHash = scoreHash(row.outcome);
  if (row.exposure !== null) {
    row.isAtK = o.isAtK === true;
    row.isExposureInLimbs = toLimbs(row.exposure, row.limbs, 2 * LIMBS);
  }
  if (o.score === null) return;
  row.bin = binOf(o.score, bins);
  row.isScoreInLimbs = toLimbs(o.score, row.limbs, 0);
  row.squaredScore = o.score * o.score;
  row.isSquareInLimbs = toLimbs(row.squaredScore, row.limbs, 3 * LIMBS);
  if (o.label === null) {
    row.hash = scoreHash(o.score);
    return;
  }
  const error = o.score - o.label;
  row.squaredError = error * error;
  row.isErrorInLimbs = toLimbs(row.squaredError, row.limbs, LIMBS);
  row.hash = scoreHash(o.score);
  row.cell = gridCell(o.score);
  row.gridIndex = o.label * GRID_CELLS + row.cell;
}

export function emptyContribution(): RowContribution {
  const scores = { score: null, bin: 0, squaredError: 0, isScoreInLimbs: false, isErrorInLimbs: false, squaredScore: 0, isSquareInLimbs: false, hash: 0, cell: 0, gridIndex: 0 };
  return { decision: null, label: null, ...scores, limbs: new Float64Array(4 * LIMBS), exposure: null, isExposureInLimbs: false, isAtK: false, outcome: null, outcomeHash: 0, consent: null, candidate: null, classId: -1 };
}
