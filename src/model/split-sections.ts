import type { Interval } from './interval.js';
import type { SuppressionMark } from './sections.js';

/** One group's counts within one stratum (null when hidden by small-cell suppression). */
export interface StratumGroupCell {
  group: string;
  n: number | null;
  selected: number | null;
  suppressed?: SuppressionMark;
}

/** One stratum (a combination of the legitimate factors' values): the whole population's rows in it, and each group's. */
export interface StratumRow {
  key: string;
  values: Record<string, string>;
  n: number | null;
  selected: number | null;
  /** fewer rows than minGroupSize: counted here and in `smallStrata`, still part of every statistic */
  isSmall: boolean;
  suppressed?: SuppressionMark;
  groups: StratumGroupCell[];
}

/**
 * One group's comparison across the strata:
 * - `cdd`: conditional demographic disparity of the group against every other row of the attribute (SageMaker Clarify's CDD);
 * - `mhOddsRatio`: the Mantel–Haenszel common odds ratio of selection against `reference`, its interval and the Cochran–Mantel–Haenszel test;
 * - `standardisedRateRatio`: the directly standardised selection-rate ratio against `reference` (weights: the whole population's stratum mix);
 * - the crude counterparts, and `paradox` when crude and stratified comparisons point in opposite directions
 *   and one of them is significant at alpha (unadjusted): Simpson's paradox, not noise around parity.
 * Every statistic is null when undefined, and when the group, the reference or
 * one of their stratum cells is hidden by small-cell suppression (`suppressed`).
 */
export interface StrataGroup {
  key: string;
  n: number | null;
  suppressed?: SuppressionMark;
  /** the group compared with: the attribute's selection-rate reference, `(rest)` for every other row (reference `overall`), null when none qualified */
  reference: string | null;
  crudeDd: number | null;
  cdd: number | null;
  /** CMH test of the group against every other row: the test of `cdd` */
  cddPValue?: number;
  cddPValueAdjusted?: number;
  crudeRateRatio: number | null;
  crudeOddsRatio: number | null;
  mhOddsRatio: number | null;
  interval?: Interval;
  pValue?: number;
  pValueAdjusted?: number;
  standardisedRateRatio: number | null;
  /** the two standardised rates and the share of the population in the strata where both groups have rows */
  standardised?: { group: number; reference: number; coverage: number };
  paradox: boolean;
}

export interface StrataAttribute {
  attribute: string;
  /** strata with rows in this attribute's population */
  strata: number;
  /** strata with fewer than minGroupSize rows, and their rows */
  smallStrata: { count: number; rows: number | null };
  rows: StratumRow[];
  groups: StrataGroup[];
}

/** The comparisons within legitimate factors (`--strata`). */
export interface StrataSection {
  columns: string[];
  attributes: StrataAttribute[];
}
