import type { DisparityId, MetricId } from './vocabulary.js';

/**
 * Columns that split the population without being audited attributes:
 * legitimate factors (`strata`: the comparison is made within each of their
 * value combinations) and a date column cut into time windows (`period`).
 */

/** The length of a time window: a calendar day, an ISO week (Monday to Sunday) or a calendar month. */
export type WindowSize = 'day' | 'week' | 'month';
export const WINDOW_SIZES: readonly WindowSize[] = ['day', 'week', 'month'];

/** The date column, the window length, and the zone whose calendar cuts instants into windows. */
export interface PeriodSettings {
  column: string;
  every: WindowSize;
  /** an IANA zone (`Europe/Paris`) or `UTC`; dates and times written without an offset are taken as written */
  tz: string;
}

/** What a window's value is compared with: the window before it, or the first window. */
export type DriftFrom = 'previous' | 'first';
export const DRIFT_FROM: readonly DriftFrom[] = ['previous', 'first'];

/**
 * A bound on how far a metric may move between windows: |value in a window −
 * value in the window it is compared with| ≤ maxChange, per attribute and group.
 */
export interface DriftRule {
  /** stable id shown in every report: `drift(disparate_impact)<=0.1 from=previous` */
  id: string;
  metric: MetricId | DisparityId;
  maxChange: number;
  from: DriftFrom;
  severity: 'fail' | 'warn';
  /** limit the rule to these attributes (default: all) */
  attributes?: string[];
}

/** The statistics judged across the strata of a legitimate factor (rule metrics `cdd<=0.05`, `mh_odds_ratio>=0.8`, …). */
export type StratifiedId = 'cdd' | 'mh_odds_ratio' | 'standardised_rate_ratio';
export const STRATIFIED_IDS: readonly StratifiedId[] = ['cdd', 'mh_odds_ratio', 'standardised_rate_ratio'];

export function isStratified(metric: string): metric is StratifiedId {
  return (STRATIFIED_IDS as readonly string[]).includes(metric);
}
