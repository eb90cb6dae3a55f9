import type { StratifiedId } from '../model/split-settings.js';

/** What a stratified statistic is called, its formula, and which direction is favourable to the group. */
export interface StratifiedDef {
  title: string;
  short: string;
  formula: string;
  /** `low`: smaller is better for the group (CDD > 0: it makes up more of the rejected than of the selected); `high`: a ratio, 1 is parity */
  favourable: 'low' | 'high';
}

/** The statistics compared within the strata of `--strata` (keys are the rule metrics). */
export const STRATIFIED: Record<StratifiedId, StratifiedDef> = {
  cdd: {
    title: 'conditional demographic disparity',
    short: 'CDD',
    formula: 'Σ_s n_s·(D_s − A_s) / Σ_s n_s (D, A: group share of the rejected, selected)',
    favourable: 'low',
  },
  mh_odds_ratio: {
    title: 'Mantel–Haenszel odds ratio of selection',
    short: 'MH OR',
    formula: 'Σ_s a_s·d_s/n_s / Σ_s b_s·c_s/n_s (g vs r, selected or not)',
    favourable: 'high',
  },
  standardised_rate_ratio: {
    title: 'directly standardised selection-rate ratio',
    short: 'std. ratio',
    formula: 'Σ_s w_s·rate_g,s / Σ_s w_s·rate_r,s (w_s: population share)',
    favourable: 'high',
  },
};
