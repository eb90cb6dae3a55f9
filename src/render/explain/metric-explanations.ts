import { CONTEXT } from './legal-context.js';
import { RANKING_METRIC_EXPLANATIONS } from './ranking-explanations.js';
import { OUTCOME_METRIC_EXPLANATIONS } from './outcome-explanations.js';
import { CONSENT_METRIC_EXPLANATIONS } from './consent-explanations.js';
import { CLASS_METRIC_EXPLANATIONS } from './class-explanations.js';
import type { Explanation } from './types.js';

const NO_ROWS = 'never, for a group that has rows (a group with no rows does not appear)';
const NO_POSITIVES = 'the group has no row with label 1 (tp + fn = 0)';
const NO_NEGATIVES = 'the group has no row with label 0 (fp + tn = 0)';
const NOBODY_SELECTED = 'nobody in the group was selected (tp + fp = 0)';
const EVERYBODY_SELECTED = 'everybody in the group was selected (tn + fn = 0)';

/** Per-group metrics, keyed like METRICS (completeness is tested). */
export const METRIC_EXPLANATIONS = {
  n: { meaning: 'The number of rows in the group. Below the minimum group size (default 30) no verdict is given.', undefinedWhen: 'never' },
  selection_rate: {
    meaning: 'The share of the group that was selected (targeted, offered, approved). The basis of the impact ratio.',
    undefinedWhen: NO_ROWS,
    context: [CONTEXT.fourFifths, CONTEXT.ll144],
    example: 'selection_rate>=0.1',
  },
  base_rate: { meaning: 'The share of the group with a positive actual outcome (label 1), whatever the decision. Differences in base rates limit which fairness criteria can hold together.', undefinedWhen: NO_ROWS, context: [CONTEXT.predictiveParity] },
  tpr: {
    meaning: 'Of the people with a positive outcome, the share that was selected (recall, sensitivity). Low TPR means deserving people are missed.',
    undefinedWhen: NO_POSITIVES,
    context: [CONTEXT.equalOpportunity],
  },
  fnr: { meaning: 'Of the people with a positive outcome, the share that was not selected: 1 − TPR.', undefinedWhen: NO_POSITIVES, context: [CONTEXT.equalOpportunity] },
  fpr: { meaning: 'Of the people with a negative outcome, the share that was selected anyway. High FPR means the group is over-targeted.', undefinedWhen: NO_NEGATIVES, context: [CONTEXT.equalOpportunity] },
  tnr: { meaning: 'Of the people with a negative outcome, the share that was not selected (specificity): 1 − FPR.', undefinedWhen: NO_NEGATIVES },
  ppv: { meaning: 'Of the people selected, the share with a positive outcome (precision). Equal PPV across groups is predictive parity.', undefinedWhen: NOBODY_SELECTED, context: [CONTEXT.predictiveParity] },
  fdr: { meaning: 'Of the people selected, the share with a negative outcome: 1 − PPV.', undefinedWhen: NOBODY_SELECTED },
  npv: { meaning: 'Of the people not selected, the share with a negative outcome.', undefinedWhen: EVERYBODY_SELECTED },
  for: { meaning: 'Of the people not selected, the share that had a positive outcome after all (false omission rate): 1 − NPV.', undefinedWhen: EVERYBODY_SELECTED },
  accuracy: { meaning: 'The share of the group whose decision matched the outcome. Equal accuracy can hide very different error types; read TPR and FPR too.', undefinedWhen: NO_ROWS },
  mean_score: { meaning: 'The average model score in the group.', undefinedWhen: NO_ROWS },
  calibration_in_the_large: {
    meaning: 'Mean score minus base rate: positive when the model over-states the group\'s chances on average, negative when it under-states them.',
    undefinedWhen: NO_ROWS,
    context: [CONTEXT.calibration],
    example: 'abs(calibration_in_the_large)<=0.02',
  },
  ece: {
    meaning: [
      'Expected calibration error: the row-weighted average gap between mean score and observed positive rate over equal-width score bins (10 by default, --bins). 0 is perfect; the reliability diagram in the HTML report shows the bins.',
      'Small groups need more than the ECE: it adds up absolute values of noisy gaps, so noise alone makes it positive, and the fewer the rows, the larger. On perfectly calibrated scores (uniform, 10 bins) a seeded simulation gives ECE > 0.05 in 99 % of groups of 100 rows and in 70 % of groups of 300.',
      'So each group also gets the ECE expected by chance if its scores were perfectly calibrated (from its size and scores), a debiased ECE (the ECE less that, floored at 0) and a Hosmer–Lemeshow test of perfect calibration; rules on ece, calibration_in_the_large and brier are judged with that test (Holm-adjusted with the run\'s other tests), so a perfectly calibrated group fails at most at rate α whatever its size.',
      'ECE\'s confidence interval combines exact (Clopper–Pearson) intervals of the bins\' positive rates, so it covers the true ECE even near 0, where a bootstrap interval does not.',
    ].join(' '),
    undefinedWhen: NO_ROWS,
    context: [CONTEXT.calibration, 'Naeini, Cooper and Hauskrecht, "Obtaining Well Calibrated Probabilities Using Bayesian Binning" (AAAI 2015); Guo et al., "On Calibration of Modern Neural Networks" (ICML 2017).'],
    example: 'ece<=0.05',
  },
  brier: { meaning: 'Mean squared difference between score and outcome (Brier, 1950): lower is better; it mixes calibration and discrimination.', undefinedWhen: NO_ROWS },
  auc: {
    meaning: 'Area under the ROC curve within the group: the probability that a random positive scores above a random negative (ties count ½). A lower AUC means the model ranks that group less well.',
    undefinedWhen: 'the group has only one outcome class (all labels 1 or all 0)',
    example: 'auc>=0.7',
  },
  ...RANKING_METRIC_EXPLANATIONS,
  ...OUTCOME_METRIC_EXPLANATIONS,
  ...CONSENT_METRIC_EXPLANATIONS,
  ...CLASS_METRIC_EXPLANATIONS,
} as const satisfies Record<string, Explanation>;
