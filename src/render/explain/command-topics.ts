import type { Topic } from './types.js';

export const COMMANDS_INTRO = 'Commands whose answers need more than their --help:';

/** `fairgate explain sweep`: what the threshold sweep computes, how it judges, and what it leaves out. */
export const COMMAND_TOPICS: Readonly<Record<string, Topic>> = {
  sweep: {
    summary: 'fairgate sweep: every cut-off of a global score threshold, and the ranges of thresholds at which every rule passes',
    body: [
      'fairgate sweep reads the data once, keeps each group\'s scores by label (the maps behind AUC, within --exact-memory), and counts from the top score down: at each threshold t every group\'s selected rows (score ≥ t, as --threshold), true and false positives. At each t it measures the groups with the audit\'s own metric functions (selection rate, TPR, FPR, PPV, the disparities) and judges the rules with the audit\'s own rule evaluation.',
      'Thresholds: every distinct score while there are at most 1,000 of them (the passing ranges are then exact: a range "0.41 < t ≤ 0.62" holds for every t in it); beyond that, or when the scores were kept on a grid, a grid of step 0.001 on which only the grid points are judged. --grid 0.3,0.5,0.7 or --grid-step 0.01 choose the thresholds. A threshold above every score selects nobody and is not swept.',
      'Judgement: point estimates. Every rule is judged as require=point at each threshold (bound=upper is not applied and no p-value is adjusted), because a sweep is a what-if over many thresholds; run fairgate audit --threshold t for the verdict with its intervals and tests. A small group, a small denominator or an undefined value is inconclusive, as in the audit, and fails a threshold only under --fail-on inconclusive; a threshold at which no check could be judged does not pass (the audit would exit 3), unless --allow-no-verdict. Rules that do not change with the threshold (ece, auc and the other score metrics), stratified rules and regression-only rules are named and left to the audit.',
      '--select 20% or --select 5000 gives a target of overall selection: the sweep names the threshold nearest it and, when that one fails, the nearest passing threshold. --per-group adds a labelled what-if: one threshold per group that gives every group the target selection rate. That treats people differently because of their group (disparate treatment), which is unlawful in some settings (for US employment tests, Title VII §703(l) forbids different cut-off scores by race, colour, religion, sex or national origin); it is shown to make the trade-off visible, not as a recommendation.',
      'Privacy: under --suppress-below k the groups the audit would mask publish no count or rate at any threshold in any format; they are still judged. Exit codes: 0 some threshold passes every judged rule, 1 none does, 2 a usage, config or input error.',
      'For example: fairgate sweep data.csv -g gender --score score --label converted --rule "disparate_impact>=0.8" --select 30% -o sweep.html',
    ],
    seeAlso: ['rules', 'inconclusive', 'disparate_impact'],
  },
};
