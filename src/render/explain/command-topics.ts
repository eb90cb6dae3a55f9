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
      'Privacy: under --suppress-below k each threshold\'s masks are planned as the audit at that threshold plans them (which groups must be masked depends on the selected counts too): a group masked there publishes no count or rate at that threshold in any format, it is still judged, and the JSON\'s suppression.masked lists every group masked at some threshold. Exit codes: 0 some threshold passes every judged rule, 1 none does, 2 a usage, config or input error.',
      'For example: fairgate sweep data.csv -g gender --score score --label converted --rule "disparate_impact>=0.8" --select 30% -o sweep.html',
    ],
    seeAlso: ['rules', 'inconclusive', 'disparate_impact'],
  },
  candidate: {
    summary: 'fairgate audit --candidate <col>: a second model on the same rows, side by side with the audited one, and rules that gate the swap',
    body: [
      'The candidate is read like the audited decision: with --prediction it is a decision column decoded by the same positive values (--prediction-positive), with --score and --threshold t a score column cut at the same t. A cut-off found from the data (--top-k, --top-percent, the ll144 median) is refused, since the two models would not share it. Every row needs a candidate value: an empty or unreadable cell is an input error, not a dropped row, so that the audited model\'s results are the same with and without --candidate.',
      'The candidate\'s audit is the audited one with the candidate\'s decisions: the same groups, reference strategy, minimum group size, intervals and tests, for the metrics of a decision (and with --label of its confusion counts: TPR, FPR, PPV, …). Each model\'s disparities are measured against its own reference group.',
      'Per group the rows are paired: selected by both, by the audited model only (b), by the candidate only (c), by neither. Two flip rates, each with a Wilson interval: selected → not = b / the audited model\'s selected rows; not → selected = c / its other rows. McNemar\'s test asks whether the candidate selects the group as often as the audited model: exact, p = min(1, 2·P(X ≤ min(b, c))) for X ~ Binomial(b + c, ½), with the continuity-corrected chi-square form beside it in the JSON report (as statsmodels\' mcnemar); the exact p-values are Holm-adjusted across the section\'s groups. They describe the change; no rule judges them.',
      'Rules: candidate(disparate_impact)>=0.8 judges the candidate\'s value as a plain rule judges the audited model\'s (inconclusive when undefined or the group is small, a warning when a breach is not shown, the candidate\'s tests joining the run\'s Holm family when such a rule exists). regression(disparate_impact)<=0.05 bounds how much worse the candidate is than the audited model in each group, worse in the metric\'s unfavourable direction: for a ratio further from 1, for a difference further from 0, for a rate where higher is better lower. With --baseline too, regression bounds are refused: they would compare with two things.',
      'Every report shows the side-by-side table (selection rate and impact ratio of both models, the flip rates, McNemar); under --suppress-below the groups masked in the audit are masked in it too. fairgate aggregate --candidate keeps the paired counts, so --from-aggregates and worker threads give the one-pass result; fairgate sql refuses --candidate.',
      'For example: fairgate audit data.csv -g gender,region --prediction targeted --candidate model_b --rule "regression(disparate_impact)<=0.05"',
    ],
    seeAlso: ['model', 'maxRegression', 'disparate_impact'],
  },
};
