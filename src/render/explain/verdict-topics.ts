import { DEFAULT_CONFIG, DEFAULT_MIN_DENOMINATOR } from '../../model/defaults.js';
import type { FindingReason, Verdict } from '../../model/finding.js';
import type { Topic } from './types.js';

const { minGroupSize, alpha, confidence } = DEFAULT_CONFIG;
const MIN_TRIALS = Math.min(...Object.values(DEFAULT_MIN_DENOMINATOR));
const NO_PASS = 'It is never a pass: fairgate does not pass what it cannot judge.';

/** The five verdicts a check (a rule applied to one group) can have. */
export const VERDICT_TOPICS: Readonly<Record<Verdict, Topic>> = {
  pass: {
    summary: 'the rule holds for the group',
    body: [
      'The value of the group meets the bound of the rule (reason within-bound), or, for a maxRegression bound, it worsened against the --baseline by no more than allowed (regression-within-bound).',
      'Only a value that could be judged passes: a group too small, a rate from too few trials or an undefined value is inconclusive, never a pass.',
    ],
    seeAlso: ['within-bound', 'inconclusive'],
  },
  fail: {
    summary: 'the group breaches a rule whose severity is fail (the default)',
    body: [
      `The value is outside the bound of the rule and the data show it (reason breach), or it worsened against the --baseline by more than maxRegression (regressed). By default a breach must be significant at --alpha (default ${alpha}) after Holm's adjustment, or, for a metric without a test, its whole confidence interval must be outside the allowed range; require: significant asks for the test, bound: upper for the interval, require: point for the estimate alone (the four-fifths and ll144 presets, as the rules are written).`,
      'One failed check makes the run FAIL and the exit code 1. In JUnit it is a failure; under GitHub Actions an ::error annotation.',
    ],
    seeAlso: ['breach', 'severity', 'require', 'bound'],
  },
  warn: {
    summary: 'the estimate breaches a rule, but the breach is not shown, or the rule\'s severity is warn',
    body: [
      `A breach of the estimate that the data do not show is a warning, never a pass and never a failure: its test is not significant at --alpha (default ${alpha}) after Holm (not-significant), its confidence interval still reaches the allowed range (interval-includes-bound), or it has neither a test nor an interval (no-interval). Under no disparity at all this keeps the default audit's false alarms at α or below (README, "What a verdict guarantees"); the sentence says which reason applies, with the numbers.`,
      'A shown breach of a rule with severity: warn is a warning too (reason breach).',
      'Either way the warning is reported in every format (a passing JUnit test case with the warning in system-out, a ::warning annotation under GitHub Actions) and does not change the exit code.',
      'The ll144 preset warns on the four-fifths benchmark: the law asks for the tables to be published, not for a pass mark.',
    ],
    seeAlso: ['require', 'not-significant', 'severity', 'll144'],
  },
  inconclusive: {
    summary: 'no verdict is possible: too little data, no reference or an undefined value',
    body: [
      `fairgate will not pass or fail a check it cannot judge. A check is inconclusive when the group has fewer than the minimum rows (--min-group-size, default ${minGroupSize}: small-group), its reference group does (small-reference) or no group can be the reference (no-reference); when a rate rests on too few trials (--min-denominator, default ${MIN_TRIALS} for the conditional rates: small-denominator); when the value is undefined (undefined-value); and when the --baseline has no value to compare with (not-in-baseline). A breach the statistics do not show is a warning, not inconclusive (see warn).`,
      'The sentence of each finding says which of these applies, with the numbers. The exit code stays 0 unless --fail-on inconclusive, which makes it 3 when nothing failed. In JUnit it is a skipped test case.',
      'What to do: gather more rows for the small groups, or merge categories; lower the minimums only with a reason you can defend; run `fairgate explain <reason>` for each reason.',
    ],
    seeAlso: ['reasons', 'small-group', 'warn'],
  },
  suppressed: {
    summary: 'the group is hidden by small-cell suppression (--suppress-below)',
    body: [
      'With --suppress-below k, groups of fewer than k rows (suppressed-primary), and enough other groups that those cannot be recovered by subtraction from the totals (suppressed-secondary), are masked in every report: counts, rates, intervals and verdict.',
      'They still count in the overall figures and the attribute totals, and their true verdict still counts for the exit code.',
    ],
    seeAlso: ['suppressed-primary', 'suppressed-secondary'],
  },
};

/** Each reason a finding can have (its `reason` in the JSON), with the verdict it gives. */
export const REASON_TOPICS: Readonly<Record<FindingReason, Topic & { gives: readonly Verdict[] }>> = {
  'within-bound': { gives: ['pass'], summary: 'the value meets every part of the bound of the rule', body: ['The value of the group is within min, max, maxAbs or band (all that the rule gives).'] },
  breach: {
    gives: ['fail', 'warn'],
    summary: 'the value is outside the bound, and the data show it as the rule asks',
    body: ['The value is outside the bound of the rule, and the rule\'s requirement is met: by default its test is significant after Holm (or, without a test, its whole interval is outside the allowed range); under require: point the estimate alone is enough. The severity of the rule decides between fail and warn.'],
  },
  'small-group': {
    gives: ['inconclusive'],
    summary: `the group has fewer rows than --min-group-size (default ${minGroupSize})`,
    body: [`Rates from a few rows swing widely: with 10 rows one person moves a rate by 10 points. ${NO_PASS}`, 'Set the minimum with --min-group-size or minGroupSize:, knowing what it lets through.'],
  },
  'small-reference': {
    gives: ['inconclusive'],
    summary: 'the reference group has fewer rows than --min-group-size',
    body: [`A disparity compares the group with its reference group; a reference chosen explicitly (--reference attr=value) may be too small to compare with. ${NO_PASS}`],
    seeAlso: ['references'],
  },
  'no-reference': {
    gives: ['inconclusive'],
    summary: 'no group of the attribute can serve as the reference',
    body: [`The highest and largest strategies choose among groups that have --min-group-size rows, enough trials for the compared rate and a defined value, and are not "(missing)"; none qualifies. ${NO_PASS}`],
    seeAlso: ['references', 'highest'],
  },
  'small-denominator': {
    gives: ['inconclusive'],
    summary: `a rate of the group or of its reference rests on fewer trials than --min-denominator (default ${MIN_TRIALS})`,
    body: [`A true positive rate counts only the rows whose outcome was positive: a group of 500 rows may hold 12 of them. Each conditional rate (tpr, fnr, fpr, tnr, ppv, fdr, npv, for) needs ${MIN_TRIALS} trials by default; set others with --min-denominator tpr=50. ${NO_PASS}`],
  },
  'undefined-value': {
    gives: ['inconclusive'],
    summary: 'the value is undefined: a denominator is zero',
    body: ['For example the true positive rate of a group without positive outcomes, or an impact ratio against a reference selected at 0 %. The JSON report gives null, never 0 or NaN.'],
  },
  'not-significant': {
    gives: ['warn'],
    summary: `a breach of the estimate whose Holm-adjusted p-value is not below --alpha (default ${alpha})`,
    body: [
      'The estimate breaches the bound, but the test of the group (against its reference, or of perfect calibration for ece, calibration_in_the_large and brier) cannot tell the gap from chance once every comparison of the report is accounted for (Holm\'s adjustment). The default requirement and require: significant give it.',
      'It is a warning: confirm it on more data before acting on it. To fail on the estimate instead, add require=point to the rule.',
    ],
    seeAlso: ['require', 'warn'],
  },
  'interval-includes-bound': {
    gives: ['warn'],
    summary: `a breach of the estimate whose ${confidence * 100} % confidence interval still reaches the allowed range`,
    body: ['The estimate breaches the bound, but the most favourable plausible value does not: the data are consistent with a group that meets the rule. It is a warning, given by bound: upper, or by default to a metric with an interval but no test.'],
    seeAlso: ['bound', 'warn'],
  },
  'no-interval': {
    gives: ['warn'],
    summary: 'a breach of the estimate with nothing to show it: no test and no confidence interval (under bound: upper, no interval)',
    body: ['The value has neither a test nor an interval here (a calibration metric without its test of perfect calibration, a group metric such as accuracy without an interval, an AUC with a single positive under bound: upper), so the data cannot show the breach. It is a warning; add require=point to fail such a rule on its estimate.'],
    seeAlso: ['bound', 'require', 'warn'],
  },
  'regression-within-bound': { gives: ['pass'], summary: 'against the --baseline, the value worsened by no more than maxRegression', body: ['Or it improved. The change is measured in the unfavourable direction of the metric.'], seeAlso: ['maxRegression'] },
  regressed: {
    gives: ['fail', 'warn'],
    summary: 'against the --baseline, the value worsened by more than maxRegression',
    body: ['Worse means the unfavourable direction of the metric: lower for a rate where higher is better, further from 1 for a ratio, further from 0 for a difference.'],
    seeAlso: ['maxRegression'],
  },
  'not-in-baseline': {
    gives: ['inconclusive'],
    summary: 'the --baseline report has no value of this metric for this group',
    body: [`A group that is new, or whose value was undefined in the earlier run, has nothing to be compared with. ${NO_PASS}`],
    seeAlso: ['maxRegression'],
  },
  'suppressed-primary': { gives: ['suppressed'], summary: 'the group has fewer rows than --suppress-below', body: ['Its counts, rates, intervals and verdict are masked in every report.'], seeAlso: ['suppressed'] },
  'suppressed-secondary': {
    gives: ['suppressed'],
    summary: 'the group is hidden too, so that smaller hidden groups cannot be recovered from the totals',
    body: ['Complementary suppression: without it a hidden count could be worked out by subtraction from the published totals.'],
    seeAlso: ['suppressed'],
  },
  'drift-within-bound': {
    gives: ['pass'],
    summary: 'a metric moved between two time windows by no more than the drift bound allows',
    body: ['With --period and a drift rule (--drift "disparate_impact<=0.1"), the value of a window is compared with the previous window (from=previous) or the first (from=first); a change within the bound passes.'],
    seeAlso: ['drift'],
  },
  drifted: {
    gives: ['fail', 'warn'],
    summary: 'a metric moved between two time windows by more than the drift bound allows',
    body: ['The change of the value from the earlier window is larger than maxChange; the severity of the drift rule decides between fail and warn.'],
    seeAlso: ['drift'],
  },
  'no-earlier-value': {
    gives: ['inconclusive'],
    summary: 'a drift rule could not compare: the earlier window has no value for the group',
    body: ['The group is absent, too small or undefined in the window compared with, so its change cannot be measured. ' + NO_PASS],
    seeAlso: ['drift'],
  },
};
