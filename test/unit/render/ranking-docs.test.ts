import { describe, expect, it } from 'vitest';
import { DISPARITIES } from '../../../src/metrics/disparity.js';
import { RANKING_DOCS } from '../../../src/render/explain/ranking-docs.js';
import { METRICS } from '../../../src/metrics/registry.js';
import { RANKING_METRICS } from '../../../src/metrics/ranking-metrics.js';

describe('explanations of the ranking metrics', () => {
  const rankingDisparities = Object.entries(DISPARITIES)
    .filter(([, d]) => d.bases.every((b) => METRICS[b].needs.includes('rank' as never)))
    .map(([k]) => k);

  it('cover every ranking metric and disparity, and nothing else', () => {
    expect(Object.keys(RANKING_DOCS).sort()).toEqual([...Object.keys(RANKING_METRICS), ...rankingDisparities].sort());
  });

  it('state the disparity formulas the registry computes', () => {
    for (const id of rankingDisparities) expect(RANKING_DOCS[id as keyof typeof RANKING_DOCS].formula).toBe(DISPARITIES[id as keyof typeof DISPARITIES].formula);
  });
});
