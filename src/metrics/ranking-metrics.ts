import {
  exposureShare,
  meanExposure,
  populationShare,
  relevantExposure,
  relevantExposureShare,
  relevantShare,
} from './rank-exposure.js';
import type { MetricDef } from './metric-def.js';

const RL = ['rank', 'label'] as const;

/**
 * Per-group metrics of ranked outputs (`--rank`): exposure, shares and selection at k, merged into METRICS.
 * Shares divide by the attribute's population (every row analysed for that
 * attribute), so a group's shares over an attribute sum to 1. The shares are
 * descriptive: `favourable` only matters for the `highest` reference and for
 * `maxRegression`, where a larger share counts as better for the group.
 */
export const RANKING_METRICS = {
  exposure: {
    title: 'mean position-discounted exposure',
    short: 'exposure',
    formula: 'Σ 1/log2(1 + rank) / n',
    needs: ['rank'],
    favourable: 'high',
    compute: meanExposure,
  },
  exposure_share: {
    title: 'share of total exposure',
    short: 'exp. share',
    formula: 'Σ exposure_g / Σ exposure',
    needs: ['rank'],
    favourable: 'high',
    compute: exposureShare,
  },
  population_share: {
    title: 'share of ranked rows',
    short: 'row share',
    formula: 'n_g / n',
    needs: ['rank'],
    favourable: 'high',
    compute: populationShare,
  },
  selection_at_k: {
    title: 'selection at k (share of rows ranked in the top k)',
    short: 'sel@k',
    formula: '#(rank ≤ k) / n',
    needs: ['rank'],
    favourable: 'high',
    rate: (c) => ({ successes: c.atK, trials: c.n }),
  },
  relevant_exposure: {
    title: 'mean exposure of relevant rows',
    short: 'rel. exposure',
    formula: 'Σ_{label=1} 1/log2(1 + rank) / #(label=1)',
    needs: RL,
    favourable: 'high',
    compute: relevantExposure,
  },
  relevant_exposure_share: {
    title: "share of relevant rows' exposure",
    short: 'rel. exp. share',
    formula: 'Σ_{label=1} exposure_g / Σ_{label=1} exposure',
    needs: RL,
    favourable: 'high',
    compute: relevantExposureShare,
  },
  relevant_share: {
    title: 'share of relevant rows',
    short: 'rel. share',
    formula: '#(label=1)_g / #(label=1)',
    needs: RL,
    favourable: 'high',
    compute: relevantShare,
  },
} as const satisfies Record<string, MetricDef>;
