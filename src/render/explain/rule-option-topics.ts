import { CALIBRATION_TESTED, TESTED_METRICS } from '../../metrics/uncertainty.js';
import { DEFAULT_CONFIG } from '../../model/defaults.js';
import type { Rule } from '../../model/config.js';
import type { Topic } from './types.js';

/** The keys of a rule in the config file, each a topic (the metric is explained by `fairgate explain <metric>`). */
export type RuleOptionName = Exclude<keyof Rule, 'metric' | 'preset'>;

const { alpha, confidence } = DEFAULT_CONFIG;

/** What each key of a rule means; a new key does not compile until it is explained here. */
export const RULE_OPTION_TOPICS: Readonly<Record<RuleOptionName, Topic>> = {
  min: {
    summary: 'the value must be at least this',
    body: ['For rates and ratios where higher is better for the group, such as the impact ratio of the four-fifths rule.'],
    example: 'disparate_impact>=0.8        { metric: disparate_impact, min: 0.8 }',
  },
  max: {
    summary: 'the value must be at most this',
    body: ['For quantities where lower is better, such as the calibration error. With min as well, the value must lie between the two.'],
    example: 'ece<=0.05                     { metric: ece, max: 0.05 }\n0.8<=disparate_impact<=1.25   { metric: disparate_impact, min: 0.8, max: 1.25 }',
  },
  maxAbs: {
    summary: 'the value must lie within ± this: for differences, whose ideal is 0',
    body: ['A gap in either direction breaches: a group favoured by 0.15 breaches maxAbs: 0.1 as much as one disfavoured by 0.15.'],
    example: 'abs(equal_opportunity_difference)<=0.1   { metric: equal_opportunity_difference, maxAbs: 0.1 }',
  },
  band: {
    summary: 'τ ≤ value ≤ 1/τ: for ratios, whose ideal is 1',
    body: ['band: 0.8 allows 0.8 to 1.25: a ratio is judged the same whichever group is on top of the fraction. (Aequitas calls τ its fairness threshold.)'],
    example: '{ metric: disparate_impact, band: 0.8 }   (on the command line: 0.8<=disparate_impact<=1.25)',
  },
  maxRegression: {
    summary: 'with --baseline: the value may worsen by at most this against the earlier report; with --candidate: the candidate may be worse than the audited model by at most this',
    body: [
      'Worse is the unfavourable direction of the metric. The change is judged against the JSON report of an earlier run of the same audit (--baseline report.json); without a baseline the rule is not judged. A rule can have a threshold and a maxRegression, or only the latter.',
      'With --candidate (and no --baseline) the same bound judges a model swap: each group\'s value under the candidate against its value under the audited model, in the same direction. For a ratio such as disparate_impact worse is further from 1 (|candidate − 1| − |audited − 1|), so a drop towards less fair counts, and so does a rise above 1 by the same amount; for a difference worse is further from 0; for a rate where higher is better (tpr), lower. A run with --candidate and --baseline refuses regression rules, since they would compare with two things.',
    ],
    example: 'regression(disparate_impact)<=0.02   { metric: disparate_impact, min: 0.8, maxRegression: 0.02 }',
    seeAlso: ['regressed', 'not-in-baseline'],
  },
  model: {
    summary: 'candidate: judge the candidate model (--candidate) instead of the audited one',
    body: [
      'The rule candidate(metric)>=0.8 judges the candidate\'s value of the metric in each group, from its audit on the same rows (same groups, references, minimum group size, intervals and tests), with the same verdicts as a plain rule: inconclusive when the value is undefined or the group too small, a warning when a breach is not shown, the candidate\'s tests joining the run\'s Holm family. Only metrics of a decision (with --label: of its confusion counts) can be judged on the candidate: it has no scores of its own in the audit.',
    ],
    example: 'candidate(disparate_impact)>=0.8   { metric: disparate_impact, min: 0.8, model: candidate }',
    seeAlso: ['maxRegression'],
  },
  require: {
    summary: 'what a breach of the estimate must also show to fail: evidence by default, significant, or point',
    body: [
      `By default (no require) a breach fails only when the data show it: the group's test (against its reference — Fisher's exact test, the pooled z test, Welch's t, Kolmogorov–Smirnov, Cochran–Mantel–Haenszel — or, for ece, calibration_in_the_large and brier, its test of perfect calibration) gives a p-value below --alpha (default ${alpha}) after Holm's adjustment across every comparison of the report; a metric without a test needs its whole confidence interval outside the allowed range. A breach not shown is a warning (not-significant, interval-includes-bound, no-interval): never a pass, never a failure. Under no disparity at all the default audit fails at most α of the runs (README, "What a verdict guarantees").`,
      `require: significant asks for the test alone (${[...TESTED_METRICS, ...CALIBRATION_TESTED].join(', ')}). require: point judges the estimate alone, as legal standards defined on point estimates do: the four-fifths and ll144 presets use it, and their findings still show the p-value beside the verdict. It suits any rule, but it has no error-rate guarantee: small groups breach by chance.`,
    ],
    example: 'disparate_impact>=0.8 require=point   { metric: disparate_impact, min: 0.8, require: point }',
    seeAlso: ['not-significant', 'warn', 'bound', 'four-fifths'],
  },
  bound: {
    summary: 'upper: a breach fails only when the whole confidence interval breaches',
    body: [
      `Under bound: upper even the most favourable end of the ${confidence * 100} % interval (--confidence) must be outside the allowed range, whether or not the metric has a test; otherwise the check warns (interval-includes-bound, or no-interval when there is none). bound: estimate is the default and changes nothing (the require option decides). With require: significant both must hold.`,
    ],
    example: '0.8<=disparate_impact<=1.25 bound=upper   { metric: disparate_impact, band: 0.8, bound: upper }',
    seeAlso: ['interval-includes-bound', 'require'],
  },
  class: {
    summary: 'the class of the multi-class decision (--decision) that class_impact or tier_impact judges',
    body: [
      'class_impact judges the ratio of the group\'s share of this class to the reference\'s share (disparate impact per class, Katz interval, Fisher or pooled z test); tier_impact, with --favourable, the ratio of the shares receiving this class or a better one. The class must be one of the decision\'s classes (for tier_impact not the least favourable, which every row reaches). On the command line a class name has no spaces; in a config file any name works.',
    ],
    example: 'class_impact>=0.8 class=premium   { metric: class_impact, min: 0.8, class: premium }',
    seeAlso: ['class_impact', 'tier_impact'],
  },
  severity: {
    summary: 'fail (default) or warn: what a breach of the rule is',
    body: ['A breach of a warn rule is reported as warn and does not change the exit code; a breach of a fail rule fails the run (exit 1).'],
    example: '{ metric: disparate_impact, band: 0.8, severity: warn }',
    seeAlso: ['fail', 'warn'],
  },
  attributes: {
    summary: 'the attributes the rule applies to (default: every audited attribute)',
    body: ['Each must be one of the audited attributes (groups: or -g), an intersection such as gender+ethnicity included.'],
    example: '{ metric: equal_opportunity_difference, maxAbs: 0.1, attributes: [gender] }',
  },
  id: {
    summary: 'the name of the rule in every report (default: its expression)',
    body: ['A short stable name makes the rule easy to find in JUnit test names, annotations and baselines.'],
    example: '{ metric: disparate_impact, band: 0.8, severity: warn, id: di-band }',
  },
};

/** What a rule is, before the list of its options. */
export const RULES_INTRO =
  'A rule bounds one metric or disparity, and applies to every group of every attribute (or of those it names): each rule × group is one check, with a verdict. On the command line: --rule "metric>=x", "metric<=x", "abs(metric)<=x", "low<=metric<=high", "regression(metric)<=x", each optionally followed by require=significant or require=point and bound=upper; with --candidate, candidate(metric) in place of the metric judges the candidate model. In the config file, under rules:, a mapping with these keys:';
