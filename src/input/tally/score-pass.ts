import type { AuditConfig } from '../../model/config.js';
import { aboveMedianSelection, topKSelection, topPercentSelection, type ScoreHistogram } from './score-cutoff.js';
import type { SelectionSummary } from '../../model/sections.js';

/** Reads every row the audit will use and hands on its score (pass 1 of 2). */
export type RowScanner = (onScore: (score: number) => void) => Promise<void>;

/**
 * Pass 1 of a score cut-off: count each distinct score of the rows the audit
 * uses, then find the cut-off. Exact, with memory bounded by the number of
 * distinct scores (scores with 4 decimals: at most 10,001 entries).
 */
export async function scoreSelection(config: Readonly<AuditConfig>, scan: RowScanner): Promise<SelectionSummary> {
  const histogram: ScoreHistogram = new Map();
  await scan((score) => histogram.set(score, (histogram.get(score) ?? 0) + 1));
  if (config.topK !== null) return topKSelection(histogram, config.topK);
  if (config.topPercent !== null) return topPercentSelection(histogram, config.topPercent);
  return aboveMedianSelection(histogram);
}
