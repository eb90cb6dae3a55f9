import type { AuditConfig } from './config.js';

type DecisionFields = Pick<AuditConfig, 'columns' | 'threshold' | 'topK' | 'topPercent' | 'aboveMedian'>;

/** Where the binary decision comes from; `none` means decision metrics are absent. */
export type DecisionSource = 'column' | 'threshold' | 'top-k' | 'top-percent' | 'above-median' | 'none';

export function decisionSource(c: DecisionFields): DecisionSource {
  if (c.columns.prediction !== undefined) return 'column';
  if (c.threshold !== null) return 'threshold';
  if (c.topK !== null) return 'top-k';
  if (c.topPercent !== null) return 'top-percent';
  if (c.aboveMedian) return 'above-median';
  return 'none';
}

/** The decision is a cut-off on the scores that only a first pass over the input can find. */
export function needsScorePass(c: DecisionFields): boolean {
  const source = decisionSource(c);
  return source === 'top-k' || source === 'top-percent' || source === 'above-median';
}
