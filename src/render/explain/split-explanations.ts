import type { StratifiedId } from '../../model/split-settings.js';
import type { Explanation } from './types.js';

const NO_COMPARISON = 'no group qualifies as reference (none has the minimum rows), or every row in the strata is selected, or none is';

/** The statistics compared within legitimate factors (`--strata`), keyed like STRATIFIED (completeness is tested). */
export const STRATIFIED_EXPLANATIONS: Record<StratifiedId, Explanation> = {
  cdd: {
    formula:
      'CDD = Σ_s n_s·(D_s − A_s) / Σ_s n_s over the strata s of --strata, where n_s = the rows of stratum s, ' +
      'D_s = (the group\'s rejected rows in s) / (all rejected rows in s) and A_s = (the group\'s selected rows in s) / (all selected rows in s); ' +
      'D_s or A_s is 0 when s has no rejected or no selected row',
    meaning:
      'Conditional demographic disparity, as SageMaker Clarify defines it (smclarify bias/metrics/common.py, CDD; Wachter, Mittelstadt and Russell 2021): ' +
      'within each stratum, how much more of the rejected rows than of the selected rows the group makes up, averaged with the strata\'s sizes as weights. ' +
      '0 is parity; 0.05 means the group is 5 points more of the rejected than of the selected. The group is compared with every other row of its attribute. ' +
      'Its test (require=significant) is the Cochran–Mantel–Haenszel test of the group against those rows, stratified alike.',
    undefinedWhen: 'no row at all is selected, or none is rejected (smclarify raises an error)',
    context: [
      'A legitimate factor (a region, a product the customer is eligible for, a department applied to) can explain a gap between groups, or hide one: Simpson\'s paradox. ' +
        'The UC Berkeley admissions of 1973 are the classic case: crude, women were admitted at 0.68 of men\'s rate (demographic disparity +0.144); within departments the CDD is −0.019 (Bickel, Hammel and O\'Connell, Science 187, 1975).',
    ],
    example: 'cdd<=0.05',
  },
  mh_odds_ratio: {
    formula:
      'OR_MH = Σ_s (a_s·d_s/n_s) / Σ_s (b_s·c_s/n_s), where per stratum s [[a, b], [c, d]] = the group\'s selected and not selected rows, then the reference\'s; ' +
      'interval exp(ln OR_MH ± z·se) with the Robins–Breslow–Greenland variance; test: the Cochran–Mantel–Haenszel statistic on 1 degree of freedom (statsmodels StratifiedTable)',
    meaning:
      'The odds of selection of the group over those of its reference group (the selection-rate reference; every other row when the reference is the whole population), ' +
      'pooled over the strata so that a different mix of legitimate factors does not show as a gap. 1 is parity; below 1 the group\'s odds of selection are lower within the strata.',
    undefinedWhen: `${NO_COMPARISON} in the strata where both groups have rows`,
    example: 'mh_odds_ratio>=0.8 require=significant',
  },
  standardised_rate_ratio: {
    formula: 'DSR_g = Σ_s w_s·(selected_g,s / n_g,s), w_s = the whole population\'s rows in s / its rows in the strata kept; ratio = DSR_group / DSR_reference, over the strata where both have rows',
    meaning:
      'Direct standardisation: the selection rates the group and its reference would have if both had the population\'s mix of strata, and their ratio — a four-fifths comparison with the legitimate factors held fixed. ' +
      'The report gives the share of the population in the strata kept (coverage).',
    undefinedWhen: 'no stratum has rows of both the group and its reference, or the reference\'s standardised rate is 0',
    example: 'standardised_rate_ratio>=0.8',
  },
};

/** Drift between time windows (`--period`, `--every`, `--drift`). */
export const DRIFT_EXPLANATION: Explanation = {
  formula: 'change = value in window w − value in the window it is compared with (the previous window, or with from=first the first); the rule holds when |change| ≤ maxChange',
  meaning:
    'With --period <date column> and --every day|week|month each time window is audited on its own (ISO weeks; a timestamp with an offset falls in the calendar day of --tz, UTC by default; a date or a time without an offset as written). ' +
    'A drift rule bounds how far any metric or disparity of a group may move from one window to the next, or from the first. No verdict when either window\'s value cannot be judged (too few rows, no reference, undefined).',
  undefinedWhen: 'the group has too few rows in either window, or the metric is undefined there',
  example: 'disparate_impact<=0.1 from=first',
};
