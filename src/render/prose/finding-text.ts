import { regressionText } from './regression-text.js';
import type { RuleBoundOn, RuleRequirement } from '../../model/config.js';
import { DENOMINATOR_NOUNS } from '../../metrics/denominators.js';
import type { Bound, Finding } from '../../model/finding.js';
import { formatInterval, formatLevel, formatPValue, formatValue } from '../format-number.js';

/** `≥ 0.8`, `≤ 0.05`, `|x| ≤ 0.1`, `in [0.8, 1.25]`. */
export function describeBound(bound: Bound): string {
  const parts: string[] = [];
  if (bound.min !== undefined && bound.max !== undefined) parts.push(`in [${bound.min}, ${bound.max}]`);
  else if (bound.min !== undefined) parts.push(`≥ ${bound.min}`);
  else if (bound.max !== undefined) parts.push(`≤ ${bound.max}`);
  if (bound.maxAbs !== undefined) parts.push(`within ±${bound.maxAbs}`);
  if (bound.band !== undefined) parts.push(`in [${bound.band}, ${formatValue(1 / bound.band)}]`);
  if (bound.maxRegression !== undefined) parts.push(`no worse than the baseline by more than ${bound.maxRegression}`);
  return parts.join(' and ');
}

/** Which side of the bound a breaching value is on: `below 0.8`, `above 0.05`, `outside ±0.1`. */
export function describeBreach(value: number, bound: Bound): string {
  if (bound.min !== undefined && value < bound.min) return `below ${bound.min}`;
  if (bound.max !== undefined && value > bound.max) return `above ${bound.max}`;
  if (bound.maxAbs !== undefined && Math.abs(value) > bound.maxAbs) return `outside ±${bound.maxAbs}`;
  if (bound.band !== undefined) return value < bound.band ? `below ${bound.band}` : `above ${formatValue(1 / bound.band)}`;
  return `not ${describeBound(bound)}`;
}

export type FindingFacts = Omit<Finding, 'message'> & {
  minGroupSize: number;
  /** the suppression threshold, for findings of masked groups */
  suppressBelow?: number;
  confidence: number;
  alpha: number;
  require?: RuleRequirement | undefined;
  boundOn?: RuleBoundOn | undefined;
  /** regression findings: the reference of the baseline and of this run, when they differ */
  referenceChange?: { before: string | null; after: string | null };
};

/** `p = 0.0031 after Holm (two-proportion z test)`, or undefined without a test. */
function pText(f: FindingFacts): string | undefined {
  if (f.pValueAdjusted === undefined) return undefined;
  const test =
    f.test === 'fisher'
      ? `Fisher's exact test: an expected count is ${formatValue(f.minExpected, 1)}, below 5`
      : 'two-proportion z test';
  return `p ${formatPValue(f.pValueAdjusted)} after Holm (${test})`;
}

// The p-value is shown on a pass too: under the four-fifths rule a ratio above 0.8 that is
// significant may still be adverse impact (29 CFR 1607.4(D)), so a reader should see it.
function withinText(f: FindingFacts, estimate: string): string {
  const p = pText(f);
  return `${estimate}, ${describeBound(f.bound)} as required${p ? `; ${p}` : ''}`;
}

function breachText(f: FindingFacts, head: string, level: string): string {
  const side = describeBreach(f.value!, f.bound);
  const whole = f.boundOn === 'upper' ? ` with its whole ${level} CI` : '';
  const p = pText(f);
  const significance = p ? `; ${f.require === 'significant' ? `significant at α = ${f.alpha}: ` : ''}${p}` : '';
  return `${head}, ${side}${whole}${significance}`;
}

function heldBackText(f: FindingFacts, subject: string, level: string): string {
  const side = describeBreach(f.value!, f.bound);
  if (f.reason === 'interval-includes-bound') {
    return `inconclusive: ${subject} is ${formatValue(f.value)}, ${side}, but its ${level} CI ${formatInterval(f.interval!)} reaches the allowed range (bound: upper)`;
  }
  if (f.reason === 'no-interval') return `inconclusive: ${subject} is ${formatValue(f.value)}, ${side}, but has no confidence interval to judge (bound: upper)`;
  const why = pText(f) ?? 'no test against the reference was possible';
  const ci = f.interval ? ` (${level} CI ${formatInterval(f.interval)})` : '';
  return `inconclusive: ${subject} is ${formatValue(f.value)}${ci}, ${side}, but not significant at α = ${f.alpha}: ${why}`;
}

function denominatorText(f: FindingFacts): string {
  const d = f.denominator!;
  const whose = d.group === f.group ? `${f.attribute}=${f.group}` : `the reference ${f.attribute}=${d.group}`;
  return `inconclusive: ${d.metric} of ${whose} rests on ${d.count} ${DENOMINATOR_NOUNS[d.metric] ?? 'trials'}, below the minimum of ${d.minimum}`;
}

/** The one place where a finding becomes a sentence; every reporter uses it. */
export function findingText(f: FindingFacts): string {
  const subject = `${f.metric} of ${f.attribute}=${f.group}${f.reference ? ` (vs ${f.reference})` : ''}`;
  const level = formatLevel(f.confidence);
  const estimate = `${subject} is ${formatValue(f.value)}${f.interval ? ` (${level} CI ${formatInterval(f.interval)})` : ''}`;
  switch (f.reason) {
    case 'within-bound':
      return withinText(f, estimate);
    case 'breach':
      return breachText(f, estimate, level);
    case 'not-significant':
    case 'interval-includes-bound':
    case 'no-interval':
      return heldBackText(f, subject, level);
    case 'small-group':
      return `inconclusive: ${f.n} rows in ${f.attribute}=${f.group}, below the minimum of ${f.minGroupSize}`;
    case 'small-reference':
      return `inconclusive: the reference group ${f.reference} has fewer than ${f.minGroupSize} rows`;
    case 'no-reference':
      return `inconclusive: no group of ${f.attribute} has ${f.minGroupSize} rows, enough trials and a defined ${f.metric} to serve as reference`;
    case 'small-denominator':
      return denominatorText(f);
    case 'undefined-value':
      return `inconclusive: ${subject} is undefined (a denominator is zero)`;
    case 'regressed':
    case 'regression-within-bound':
    case 'not-in-baseline':
      return regressionText(f);
    case 'suppressed-primary':
      return `suppressed: ${f.attribute}=${f.group} has fewer than ${f.suppressBelow} rows (the suppression threshold), so its counts, rates and verdict are not reported`;
    case 'suppressed-secondary':
      return `suppressed: ${f.attribute}=${f.group} is hidden too, so that smaller hidden groups cannot be recovered by subtraction from the totals (complementary suppression)`;
  }
}
