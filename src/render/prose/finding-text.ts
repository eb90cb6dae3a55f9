import type { Bound, Finding } from '../../model/finding.js';
import { formatLevel, formatPValue, formatValue } from '../format-number.js';
import { valueAndRange, valueBeside } from '../interval-text.js';
import type { FindingContext } from './finding-context.js';
import { isStratified } from '../../model/split-settings.js';
import { OVERALL_GROUP } from '../../core/types.js';

/** `≥ 0.8`, `≤ 0.05`, `|x| ≤ 0.1`, `in [0.8, 1.25]`. */
export function describeBound(bound: Bound): string {
  const parts: string[] = [];
  if (bound.min !== undefined && bound.min === bound.max) parts.push(`= ${bound.min}`);
  else if (bound.min !== undefined && bound.max !== undefined) parts.push(`in [${bound.min}, ${bound.max}]`);
  else if (bound.min !== undefined) parts.push(`≥ ${bound.min}`);
  else if (bound.max !== undefined) parts.push(`≤ ${bound.max}`);
  if (bound.maxAbs !== undefined) parts.push(`within ±${bound.maxAbs}`);
  if (bound.band !== undefined) parts.push(`in [${bound.band}, ${formatValue(1 / bound.band)}]`);
  if (bound.maxRegression !== undefined) parts.push(`no worse than the baseline by more than ${bound.maxRegression}`);
  if (bound.maxChange !== undefined) parts.push(`a change of at most ±${bound.maxChange} between time windows`);
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

/** A finding with the context its sentence reads. */
type Facts = Finding & FindingContext;

/** `p = 0.0031 after Holm (two-proportion z test)`, or undefined without a test. */
function pText(f: Facts): string | undefined {
  if (f.pValueAdjusted === undefined) return undefined;
  const test = isStratified(f.metric)
    ? 'Cochran–Mantel–Haenszel test'
    : f.test === 'fisher'
      ? `Fisher's exact test: an expected count is ${formatValue(f.minExpected, 1)}, below 5`
      : f.test === 'welch'
        ? "Welch's t test of equal means"
        : f.test === 'ks-exact' || f.test === 'ks-asymptotic'
          ? `two-sample Kolmogorov–Smirnov test, ${f.test === 'ks-exact' ? 'exact' : 'asymptotic'}`
          : f.test === 'hosmer-lemeshow'
            ? 'Hosmer–Lemeshow test of perfect calibration'
            : f.test === 'chi-square'
              ? 'chi-square test of the two class distributions'
              : 'two-proportion z test';
  return `p ${formatPValue(f.pValueAdjusted)} after Holm (${test})`;
}

// The p-value is shown on a pass too: under the four-fifths rule a ratio above 0.8 that is
// significant may still be adverse impact (29 CFR 1607.4(D)), so a reader should see it.
function withinText(f: Facts, estimate: string): string {
  const p = pText(f);
  return `${estimate}, ${describeBound(f.bound)} as required${p ? `; ${p}` : ''}`;
}

/** Whether a failed breach was shown by its interval lying wholly outside the allowed range (bound: upper, or the default without a test). */
function isShownByInterval(f: Facts): boolean {
  return f.boundOn === 'upper' || (f.require === undefined && f.pValueAdjusted === undefined && f.interval !== undefined);
}

function breachText(f: Facts, head: string, level: string): string {
  const side = describeBreach(f.value!, f.bound);
  const whole = isShownByInterval(f) ? ` with its whole ${level} CI` : '';
  const p = pText(f);
  const isGated = f.require !== 'point' && !whole;
  const significance = p ? `; ${isGated ? `significant at α = ${f.alpha}: ` : ''}${p}` : '';
  return `${head}, ${side}${whole}${significance}`;
}

/** A breach of the estimate the rule's requirement does not let fail: a warning, and why. */
function heldBackText(f: Facts, subject: string, level: string): string {
  const side = describeBreach(f.value!, f.bound);
  if (f.reason === 'interval-includes-bound') {
    const shown = valueAndRange(f.value!, f.interval!);
    return `${subject} is ${shown.value}, ${side}, but its ${level} CI ${shown.interval} reaches the allowed range${f.boundOn === 'upper' ? ' (bound: upper)' : ''}, so the breach is not shown`;
  }
  if (f.reason === 'no-interval') {
    const missing = f.boundOn === 'upper' ? 'no confidence interval to judge (bound: upper)' : 'neither a test nor a confidence interval to show the breach';
    return `${subject} is ${valueBeside(f.value!, limitsOf(f.bound))}, ${side}, but has ${missing}`;
  }
  const why = pText(f) ?? 'no test against the reference was possible';
  return `${estimateText(f, subject, level)}, ${side}, but not significant at α = ${f.alpha}: ${why}`;
}

/** The limits a value is judged against: a value beside them prints with digits enough to differ from each. */
export function limitsOf(b: Bound): number[] {
  return [b.min, b.max, b.maxAbs, b.maxAbs === undefined ? undefined : -b.maxAbs, b.band, b.band ? 1 / b.band : undefined].filter((x): x is number => x !== undefined);
}

/** `… is 0.714 (95 % CI 0.684–0.746)`: the value and its interval, with digits enough to tell them apart (and a value without one from its bound). */
function estimateText(f: Finding, subject: string, level: string): string {
  if (f.value === null) return `${subject} is ${formatValue(f.value)}`;
  if (!f.interval) return `${subject} is ${valueBeside(f.value, limitsOf(f.bound))}`;
  const shown = valueAndRange(f.value, f.interval);
  return `${subject} is ${shown.value} (${level} CI ${shown.interval})`;
}

/** `disparate_impact of gender=Female (vs Male)`: the terse wording's name of what a rule measured. */
export function subjectText(f: Pick<Finding, 'metric' | 'attribute' | 'group' | 'reference' | 'class'>): string {
  // `(rest)`: a comparison within strata with every other row of the attribute; `[premium]`: the class a class rule judged
  // a rule on a whole attribute (the inequality of benefit) is judged on the attribute's rows
  if (f.group === OVERALL_GROUP) return `${f.metric} of ${f.attribute} (all groups)`;
  return `${f.metric}${f.class !== undefined ? `[${f.class}]` : ''} of ${f.attribute}=${f.group}${f.reference ? ` (vs ${f.reference === '(rest)' ? 'the rest' : f.reference})` : ''}`;
}

/**
 * A judged value in the terse wording (the JSON `message`, the terminal table,
 * JUnit's message attribute): "disparate_impact of gender=Female (vs Male) is
 * 0.714 (95 % CI 0.62–0.82), below 0.8; p = 0.0031 after Holm (…)".
 */
export function measuredText(f: Finding, context: FindingContext): string {
  const facts = { ...f, ...context };
  const subject = subjectText(f);
  const level = formatLevel(context.confidence);
  const estimate = estimateText(f, subject, level);
  if (f.reason === 'within-bound') return withinText(facts, estimate);
  if (f.reason === 'breach') return breachText(facts, estimate, level);
  return heldBackText(facts, subject, level);
}
