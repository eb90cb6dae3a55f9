import type { DisparityId, MetricId } from '../model/vocabulary.js';
import { ratio } from './rates.js';
import { DISTRIBUTION_DISPARITIES } from './distribution-disparities.js';

/**
 * How a group's value compares with its reference's:
 * - `ratio`: g / r (undefined when r = 0)
 * - `difference`: g − r
 * - `max-abs-difference`: max over the bases of |g − r| (equalized odds)
 * - `two-sample`: a function of both groups' samples, not of their metrics (KS, Wasserstein, ABROCA: distribution-comparison.ts)
 */
export type DisparityKind = 'ratio' | 'difference' | 'max-abs-difference' | 'two-sample';

export interface DisparityDef {
  title: string;
  /** column label in narrow tables */
  short: string;
  formula: string;
  kind: DisparityKind;
  /** the group metrics it compares; each is measured against its own reference */
  bases: readonly MetricId[];
}

/** Disparities: a group's metric compared with the attribute's reference group, as a ratio or a difference. */
export const DISPARITIES = {
  disparate_impact: {
    title: 'disparate impact (impact ratio)', short: 'impact',
    formula: 'selection_rate_g / selection_rate_r',
    kind: 'ratio',
    bases: ['selection_rate'],
  },
  statistical_parity_difference: {
    title: 'statistical parity difference', short: 'Δselection',
    formula: 'selection_rate_g − selection_rate_r',
    kind: 'difference',
    bases: ['selection_rate'],
  },
  equal_opportunity_difference: {
    title: 'equal opportunity difference', short: 'ΔTPR',
    formula: 'tpr_g − tpr_r',
    kind: 'difference',
    bases: ['tpr'],
  },
  equal_opportunity_ratio: { title: 'equal opportunity ratio', short: 'TPR ratio', formula: 'tpr_g / tpr_r', kind: 'ratio', bases: ['tpr'] },
  fpr_difference: { title: 'false positive rate difference', short: 'ΔFPR', formula: 'fpr_g − fpr_r', kind: 'difference', bases: ['fpr'] },
  equalized_odds_difference: {
    title: 'equalized odds difference', short: 'Δodds',
    formula: 'max(|tpr_g − tpr_r|, |fpr_g − fpr_r|)',
    kind: 'max-abs-difference',
    bases: ['tpr', 'fpr'],
  },
  predictive_parity_ratio: { title: 'predictive parity ratio', short: 'PPV ratio', formula: 'ppv_g / ppv_r', kind: 'ratio', bases: ['ppv'] },
  ece_difference: { title: 'calibration error difference', short: 'ΔECE', formula: 'ece_g − ece_r', kind: 'difference', bases: ['ece'] },
  calibration_difference: {
    title: 'calibration-in-the-large difference', short: 'Δcal. gap',
    formula: 'calibration_in_the_large_g − calibration_in_the_large_r',
    kind: 'difference',
    bases: ['calibration_in_the_large'],
  },
  exposure_ratio: { title: 'exposure ratio', short: 'exp. ratio', formula: 'exposure_g / exposure_r', kind: 'ratio', bases: ['exposure'] },
  relevant_exposure_ratio: {
    title: 'exposure ratio of relevant rows', short: 'rel. exp. ratio',
    formula: 'relevant_exposure_g / relevant_exposure_r',
    kind: 'ratio',
    bases: ['relevant_exposure'],
  },
  selection_at_k_ratio: {
    title: 'selection-at-k ratio', short: 'sel@k ratio',
    formula: 'selection_at_k_g / selection_at_k_r',
    kind: 'ratio',
    bases: ['selection_at_k'],
  },
  ...DISTRIBUTION_DISPARITIES,
} as const satisfies Record<DisparityId, DisparityDef>;

export const DISPARITY_IDS = Object.keys(DISPARITIES) as DisparityId[];

/** Compares group values with reference values, base by base; null if any value is null. */
export function compareValues(
  kind: DisparityKind,
  groupValues: readonly (number | null)[],
  referenceValues: readonly (number | null)[],
): number | null {
  if (groupValues.some((v) => v === null) || referenceValues.some((v) => v === null)) return null;
  const g = groupValues as number[];
  const r = referenceValues as number[];
  switch (kind) {
    case 'ratio':
      return ratio(g[0]!, r[0]!);
    case 'difference':
      return g[0]! - r[0]!;
    case 'max-abs-difference':
      return Math.max(...g.map((v, i) => Math.abs(v - r[i]!)));
    case 'two-sample':
      return null;
  }
}
