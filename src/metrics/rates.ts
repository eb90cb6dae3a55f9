import type { ConfusionCounts } from '../core/types.js';

/** numerator / denominator, or null when the denominator is zero (never NaN, never 0). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** A rate as its two counts, so intervals and minimum denominators can use them. */
export interface RateCounts {
  successes: number;
  trials: number;
}

/** The counts every rate is made of: the confusion matrix, the rows, and the rows ranked in the top k (ranked outputs; 0 otherwise). */
export type Counts = ConfusionCounts & { n: number; atK: number; optedOut?: number; consentKnown?: number };

/** selection_rate = (tp+fp)/n; undefined for an empty group. */
export const selectionRate = (c: Counts): RateCounts => ({ successes: c.tp + c.fp, trials: c.n });
/** base_rate = (tp+fn)/n; undefined for an empty group. */
export const baseRate = (c: Counts): RateCounts => ({ successes: c.tp + c.fn, trials: c.n });
/** tpr = tp/(tp+fn); undefined without positives. */
export const truePositiveRate = (c: Counts): RateCounts => ({ successes: c.tp, trials: c.tp + c.fn });
/** fnr = fn/(tp+fn); undefined without positives. */
export const falseNegativeRate = (c: Counts): RateCounts => ({ successes: c.fn, trials: c.tp + c.fn });
/** fpr = fp/(fp+tn); undefined without negatives. */
export const falsePositiveRate = (c: Counts): RateCounts => ({ successes: c.fp, trials: c.fp + c.tn });
/** tnr = tn/(fp+tn); undefined without negatives. */
export const trueNegativeRate = (c: Counts): RateCounts => ({ successes: c.tn, trials: c.fp + c.tn });
/** ppv = tp/(tp+fp); undefined when nobody was selected. */
export const positivePredictiveValue = (c: Counts): RateCounts => ({ successes: c.tp, trials: c.tp + c.fp });
/** fdr = fp/(tp+fp); undefined when nobody was selected. */
export const falseDiscoveryRate = (c: Counts): RateCounts => ({ successes: c.fp, trials: c.tp + c.fp });
/** npv = tn/(tn+fn); undefined when everybody was selected. */
export const negativePredictiveValue = (c: Counts): RateCounts => ({ successes: c.tn, trials: c.tn + c.fn });
/** for = fn/(tn+fn) (false omission rate); undefined when everybody was selected. */
export const falseOmissionRate = (c: Counts): RateCounts => ({ successes: c.fn, trials: c.tn + c.fn });
/** accuracy = (tp+tn)/n; undefined for an empty group. */
export const accuracy = (c: Counts): RateCounts => ({ successes: c.tp + c.tn, trials: c.n });
