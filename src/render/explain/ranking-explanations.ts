import { RANKING_DOCS, type MetricDoc } from './ranking-docs.js';
import { RANKING_METRICS } from '../../metrics/ranking-metrics.js';
import type { Explanation } from './types.js';

type RankingKey = keyof typeof RANKING_DOCS;
type RankingMetricKey = Extract<RankingKey, keyof typeof RANKING_METRICS>;
type RankingDisparityKey = Exclude<RankingKey, RankingMetricKey>;

/** Example rules for the ranking disparities, which are what a rule usually bounds. */
const EXAMPLES: Partial<Record<RankingKey, string>> = {
  exposure_ratio: 'exposure_ratio>=0.8',
  relevant_exposure_ratio: 'relevant_exposure_ratio>=0.8',
  selection_at_k_ratio: 'selection_at_k_ratio>=0.8',
};

function explanationOf(key: RankingKey, doc: MetricDoc): Explanation {
  const example = EXAMPLES[key];
  return {
    formula: doc.formula,
    meaning: doc.meaning,
    undefinedWhen: doc.undefinedWhen,
    ...(doc.sources?.length ? { context: doc.sources } : {}),
    ...(example ? { example } : {}),
  };
}

const isMetric = (key: RankingKey): key is RankingMetricKey => Object.hasOwn(RANKING_METRICS, key);
const KEYS = Object.keys(RANKING_DOCS) as RankingKey[];

/**
 * The ranking metrics and disparities (`--rank`), explained from their one
 * source, `RANKING_DOCS` in `src/metrics/ranking-docs.ts`, so no text is kept
 * twice; split like the registries into per-group metrics and disparities.
 */
export const RANKING_METRIC_EXPLANATIONS = Object.fromEntries(
  KEYS.filter(isMetric).map((k) => [k, explanationOf(k, RANKING_DOCS[k])]),
) as Record<RankingMetricKey, Explanation>;

export const RANKING_DISPARITY_EXPLANATIONS = Object.fromEntries(
  KEYS.filter((k) => !isMetric(k)).map((k) => [k, explanationOf(k, RANKING_DOCS[k])]),
) as Record<RankingDisparityKey, Explanation>;
