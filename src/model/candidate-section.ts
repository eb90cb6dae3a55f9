import type { Interval } from './interval.js';
import type { SuppressionMark } from './sections.js';

/** A share of rows that changed decision, with its Wilson interval (null when no row could change). */
export interface FlipRate {
  /** rows that changed */
  flipped: number | null;
  /** rows that could change: those the audited model selects (selected → not), or those it does not (not → selected) */
  of: number | null;
  rate: number | null;
  interval?: Interval;
}

/** McNemar's test of one group's paired selections: does the candidate select as often as the audited model? */
export interface McNemarTest {
  /** exact binomial form: min(b, c); p = min(1, 2·P(X ≤ min(b, c))), X ~ Bin(b + c, ½) */
  statistic: number;
  pValue: number;
  /** the chi-square form with the continuity correction, (|b − c| − 1)²/(b + c); null without a discordant row */
  chiSquare: { statistic: number; pValue: number } | null;
  /** the exact p after Holm's adjustment across the section's groups */
  pValueAdjusted?: number;
}

/** One group's paired comparison of the two models; counts are null only in a masked group. */
export interface CandidateGroupChange {
  key: string;
  suppressed?: SuppressionMark;
  n: number | null;
  /** selected by both, by the audited model only (b), by the candidate only (c), by neither */
  both: number | null;
  baselineOnly: number | null;
  candidateOnly: number | null;
  neither: number | null;
  /** selected → not: the audited model's selected rows the candidate does not select */
  selectedToNot: FlipRate;
  /** not → selected: the rows the audited model does not select and the candidate does */
  notToSelected: FlipRate;
  /** candidate's selection rate − the audited model's (c − b)/n */
  selectionRateChange: number | null;
  mcnemar?: McNemarTest;
}

export interface CandidateAttributeChange {
  name: string;
  groups: CandidateGroupChange[];
}
