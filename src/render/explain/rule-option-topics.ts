import { TESTED_METRICS } from '../../metrics/uncertainty.js';
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
    summary: 'with --baseline: the value may worsen by at most this against the earlier report',
    body: [
      'Worse is the unfavourable direction of the metric. The change is judged against the JSON report of an earlier run of the same audit (--baseline report.json); without a baseline the rule is not judged. A rule can have a threshold and a maxRegression, or only the latter.',
    ],
    example: 'regression(disparate_impact)<=0.02   { metric: disparate_impact, min: 0.8, maxRegression: 0.02 }',
    seeAlso: ['regressed', 'not-in-baseline'],
  },
  require: {
    summary: 'significant: a breach fails only when it is statistically significant',
    body: [
      `The test of the group against its reference (Fisher's exact test or the pooled z test) must give a p-value below --alpha (default ${alpha}) after Holm's adjustment across every comparison of the report; otherwise the check is inconclusive (not-significant), never a pass. It guards against failing a group on noise.`,
      `Only disparities with a test can require it: ${TESTED_METRICS.join(', ')}.`,
    ],
    example: 'disparate_impact>=0.8 require=significant   { metric: disparate_impact, min: 0.8, require: significant }',
    seeAlso: ['not-significant', 'bound'],
  },
  bound: {
    summary: 'upper: a breach fails only when the whole confidence interval breaches (default: estimate)',
    body: [
      `By default (bound: estimate) the estimate is judged. Under bound: upper even the most favourable end of its ${confidence * 100} % interval (--confidence) must be outside the allowed range; otherwise the check is inconclusive (interval-includes-bound, or no-interval when there is none). It asks the data to show the breach, not just suggest it.`,
    ],
    example: '0.8<=disparate_impact<=1.25 bound=upper   { metric: disparate_impact, band: 0.8, bound: upper }',
    seeAlso: ['interval-includes-bound', 'require'],
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
  'A rule bounds one metric or disparity, and applies to every group of every attribute (or of those it names): each rule × group is one check, with a verdict. On the command line: --rule "metric>=x", "metric<=x", "abs(metric)<=x", "low<=metric<=high", "regression(metric)<=x", each optionally followed by require=significant and bound=upper. In the config file, under rules:, a mapping with these keys:';
