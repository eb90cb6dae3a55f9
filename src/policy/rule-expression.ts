import { DISPARITY_IDS } from '../metrics/disparity.js';
import { METRIC_IDS } from '../metrics/registry.js';
import { didYouMean } from '../util/suggest.js';
import type { Rule, RuleMetric } from '../model/config.js';
import { STRATIFIED_IDS } from '../model/split-settings.js';
import { CLASS_RULE_IDS } from '../model/class-results.js';
import { INEQUALITY_IDS } from '../model/benefit-inequality.js';

export const RULE_METRICS: readonly RuleMetric[] = [...DISPARITY_IDS, ...STRATIFIED_IDS, ...CLASS_RULE_IDS, ...INEQUALITY_IDS, ...METRIC_IDS.filter((m) => m !== 'n' && m !== 'class_n')];

export type ParsedRule = { ok: true; rule: Rule } | { ok: false; message: string };

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const NAME = String.raw`[A-Za-z_][A-Za-z0-9_]*`;
const FORMS: { pattern: RegExp; build: (m: RegExpMatchArray) => Omit<Rule, 'id' | 'severity'> }[] = [
  { pattern: new RegExp(`^regression\\((${NAME})\\)<=(${NUMBER})$`), build: (m) => ({ metric: m[1] as RuleMetric, maxRegression: Number(m[2]) }) },
  { pattern: new RegExp(`^abs\\((${NAME})\\)<=(${NUMBER})$`), build: (m) => ({ metric: m[1] as RuleMetric, maxAbs: Number(m[2]) }) },
  {
    pattern: new RegExp(`^(${NUMBER})<=(${NAME})<=(${NUMBER})$`),
    build: (m) => ({ metric: m[2] as RuleMetric, min: Number(m[1]), max: Number(m[3]) }),
  },
  { pattern: new RegExp(`^(${NAME})==(${NUMBER})$`), build: (m) => ({ metric: m[1] as RuleMetric, min: Number(m[2]), max: Number(m[2]) }) },
  { pattern: new RegExp(`^(${NAME})>=(${NUMBER})$`), build: (m) => ({ metric: m[1] as RuleMetric, min: Number(m[2]) }) },
  { pattern: new RegExp(`^(${NAME})<=(${NUMBER})$`), build: (m) => ({ metric: m[1] as RuleMetric, max: Number(m[2]) }) },
];

/** Canonical text of a rule, used as its id: `disparate_impact>=0.8`, `disparate_impact>=0.8 require=significant`. */
export function formatRule(rule: Omit<Rule, 'id' | 'severity'>): string {
  const options = [...(rule.class !== undefined ? [`class=${rule.class}`] : []), ...(rule.require ? [`require=${rule.require}`] : []), ...(rule.bound ? [`bound=${rule.bound}`] : [])];
  return [formatBound(rule), ...options].join(' ');
}

function formatBound(written: Omit<Rule, 'id' | 'severity'>): string {
  const parts: string[] = [];
  // `candidate(metric)` stands where the metric does (a candidate rule has no regression bound)
  const rule = written.model === 'candidate' ? { ...written, metric: `candidate(${written.metric})` } : written;
  if (rule.band !== undefined) parts.push(`${rule.band}<=${rule.metric}<=${1 / rule.band}`);
  if (rule.maxAbs !== undefined) parts.push(`abs(${rule.metric})<=${rule.maxAbs}`);
  if (rule.min !== undefined && rule.min === rule.max) parts.push(`${rule.metric}==${rule.min}`);
  else if (rule.min !== undefined && rule.max !== undefined) parts.push(`${rule.min}<=${rule.metric}<=${rule.max}`);
  else if (rule.min !== undefined) parts.push(`${rule.metric}>=${rule.min}`);
  else if (rule.max !== undefined) parts.push(`${rule.metric}<=${rule.max}`);
  if (rule.maxRegression !== undefined) parts.push(`regression(${rule.metric})<=${rule.maxRegression}`);
  return parts.join(' and ');
}

const CANDIDATE = new RegExp(String.raw`candidate\((${NAME})\)`);
const OPTION = /\s+(require|bound|class)\s*=\s*(\S+)/g;
const OPTION_VALUES: Record<string, readonly string[]> = { require: ['significant', 'point'], bound: ['estimate', 'upper'] };

/** Splits `… require=significant bound=upper` off the comparison; an error message for a bad option. */
function readOptions(text: string): { body: string; options: Pick<Rule, 'require' | 'bound' | 'class'> } | { error: string } {
  const options: Pick<Rule, 'require' | 'bound' | 'class'> = {};
  for (const [, key, value] of text.matchAll(OPTION)) {
    if (key === 'class') {
      options.class = value!;
      continue;
    }
    if (!OPTION_VALUES[key!]!.includes(value!)) {
      return { error: `"${key}=${value}" in rule "${text}": ${key} can be ${OPTION_VALUES[key!]!.join(' or ')}` };
    }
    if (key === 'require') options.require = value as NonNullable<Rule['require']>;
    else if (value === 'upper') options.bound = 'upper';
  }
  return { body: text.replace(OPTION, ''), options };
}

/**
 * Parses a command-line rule: `disparate_impact>=0.8`, `ece<=0.05`,
 * `abs(equal_opportunity_difference)<=0.1`, `0.8<=disparate_impact<=1.25`,
 * `regression(disparate_impact)<=0.02` (worse than the `--baseline` by at most 0.02),
 * optionally followed by `require=significant` or `require=point` and/or `bound=upper` (they qualify the threshold, not the regression).
 */
export function parseRuleExpression(text: string): ParsedRule {
  const read = readOptions(text);
  if ('error' in read) return { ok: false, message: read.error };
  const spaced = read.body.replace(/\s+/g, '');
  // `candidate(metric)` in place of the metric: the rule judges the candidate model (`--candidate`)
  const compact = spaced.replace(CANDIDATE, '$1');
  const model = compact === spaced ? {} : { model: 'candidate' as const };
  for (const form of FORMS) {
    const m = compact.match(form.pattern);
    if (!m) continue;
    const body = { ...form.build(m), ...model };
    if (!RULE_METRICS.includes(body.metric)) {
      return {
        ok: false,
        message: `unknown metric "${body.metric}" in rule "${text}"${didYouMean(body.metric, RULE_METRICS)} (see \`fairgate explain\` for the list)`,
      };
    }
    const rule = { ...body, ...read.options };
    return { ok: true, rule: { ...rule, id: formatRule(rule), severity: 'fail' } };
  }
  return {
    ok: false,
    message: `cannot read rule "${text}"; expected "metric>=number", "metric<=number", "metric==number", "abs(metric)<=number", "low<=metric<=high" or "regression(metric)<=number", optionally followed by require=significant or require=point and/or bound=upper, e.g. "disparate_impact>=0.8 require=significant"`,
  };
}
