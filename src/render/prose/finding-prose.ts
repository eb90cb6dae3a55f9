import { findingContext } from './finding-context.js';
import type { DisparityDef } from '../../metrics/disparity.js';
import type { AttributeResult, AuditResult } from '../../model/audit-result.js';
import type { Bound, Finding } from '../../model/finding.js';
import { formatLevel, formatPercent, formatValue } from '../format-number.js';
import { percentAndRange, valueAndRange, valueBeside } from '../interval-text.js';
import { limitsOf } from './finding-text.js';
import type { Interval } from '../../model/interval.js';
import { disparityDef, metricDef, referenceValue, titleOf } from '../metric-info.js';
import { groupLabel } from '../verdicts.js';
import { stratifiedCore } from './split-prose.js';
import { countOf } from '../../util/plural.js';

/**
 * The plain wording of a judged value, for reviewers: "Female (gender) was
 * targeted at 71.4 % of the rate of Male (25.0 % vs 35.0 %); the four-fifths
 * rule requires at least 80 %." Composed through `findingSentence`.
 */

import { findGroup } from '../../metrics/group-index.js';
type Scale = 'percent' | 'points' | 'plain';

/** `targeted`, `selected`, … from the decision column's name when it reads as a verb; else `selected`. */
export function decisionVerb(result: AuditResult): string {
  const column = result.config.columns.prediction;
  return column !== undefined && /^[a-z]{3,}ed$/i.test(column) ? column.toLowerCase() : 'selected';
}

const percentOf = (x: number) => `${(x * 100).toFixed(1).replace(/\.0$/, '')} %`;
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A number on a scale: `71.4 %`, `-21.4 points`, `0.080`. */
function onScale(x: number, scale: Scale): string {
  if (scale === 'percent') return formatPercent(x);
  if (scale === 'points') return `${(x * 100).toFixed(1)} points`;
  return formatValue(x);
}

/** The finding's value on a scale, at the digits its interval is printed with (`71.43 %` beside `71.41–71.46 %`). */
function estimateOnScale(f: Finding, scale: Scale): string {
  if (scale === 'plain' && !f.interval && f.value !== null) return valueBeside(f.value, limitsOf(f.bound));
  if (!f.interval || f.value === null) return onScale(f.value!, scale);
  if (scale === 'percent') return percentAndRange(f.value, f.interval).value;
  if (scale === 'points') return percentAndRange(f.value, f.interval, ' points').value;
  return valueAndRange(f.value, f.interval).value;
}

/**
 * `95 % CI 65.1–78.0 %; statistically significant`, from what the finding
 * carries. The test and its Holm-adjusted p-value are named once, in the
 * report's note on the statistics (and in full in the JSON `message`), not in
 * every sentence.
 */
function statsNote(f: Finding, result: AuditResult, scale: Scale): string {
  const parts: string[] = [];
  if (f.interval && f.value !== null) parts.push(`${formatLevel(result.config.confidence)} CI ${rangeOnScale(f.value, f.interval, scale)}`);
  if (f.pValueAdjusted !== undefined) parts.push(f.pValueAdjusted < result.config.alpha ? 'statistically significant' : 'not statistically significant');
  return parts.length ? `; ${parts.join('; ')}` : '';
}

/** `10 points`, `2.5 points`, `1 point`: a bound in points, `.0` dropped. */
const wholePoints = (text: string) => countOf(Number(text), 'points', { format: () => text.replace(/\.0$/, '') });
/** An interval on a scale, with digits enough to tell its ends from the value: `65.1–78.0 %`, `-23.2 points to 1.0 points`, `0.021–0.034`. */
function rangeOnScale(value: number, interval: Interval, scale: Scale): string {
  if (scale === 'percent') return percentAndRange(value, interval).interval;
  if (scale === 'points') return percentAndRange(value, interval, ' points').interval;
  return valueAndRange(value, interval).interval;
}

/** A bound in words: `at least 80 %`, `a gap of at most 10 points either way`, `at most 0.05`. */
function boundWords(b: Bound, scale: Scale): string {
  const v = (x: number) => (scale === 'percent' ? percentOf(x) : scale === 'points' ? wholePoints(formatValue(x * 100, 1)) : String(x));
  const parts: string[] = [];
  if (b.min !== undefined && b.max !== undefined) parts.push(`between ${v(b.min)} and ${v(b.max)}`);
  else if (b.min !== undefined) parts.push(`at least ${v(b.min)}`);
  else if (b.max !== undefined) parts.push(`at most ${v(b.max)}`);
  if (b.maxAbs !== undefined) parts.push(scale === 'points' ? `a gap of at most ${v(b.maxAbs)} either way` : `within ±${v(b.maxAbs)}`);
  if (b.band !== undefined) parts.push(`between ${v(b.band)} and ${v(1 / b.band)}`);
  return parts.join(' and ');
}

/** What the rule asks for, in words: the four-fifths rule gets its name. */
function requirement(f: Finding, scale: Scale): string {
  const b = f.bound;
  const isMinOnly = b.min !== undefined && b.max === undefined && b.maxAbs === undefined && b.band === undefined;
  if (f.metric === 'disparate_impact' && isMinOnly && b.min === 0.8) return 'the four-fifths rule requires at least 80 %';
  return `the rule requires ${boundWords(b, scale)}`;
}

/** Differences of proportions read as percentage points. */
function isRateBased(def: DisparityDef): boolean {
  return def.bases.every((b) => metricDef(b)?.rate !== undefined);
}

interface Judged {
  /** what was measured, with its comparison and statistics */
  core: string;
  scale: Scale;
}

function disparityCore(f: Finding, def: DisparityDef, a: AttributeResult, result: AuditResult): Judged {
  const base = def.bases[0]!;
  const own = findGroup(a.groups, f.group)?.metrics[base] ?? null;
  const ref = referenceValue(a, f.reference, base);
  const value = f.value!;
  if (def.kind === 'ratio') {
    // the ratio reads as a percentage of the reference; its two values only when they are rates (exposure is not)
    const show = isRateBased(def) ? formatPercent : formatValue;
    const note = `${own !== null && ref !== null ? `${show(own)} vs ${show(ref)}` : ''}${statsNote(f, result, 'percent')}`.replace(/^; /, '');
    const subject = base === 'selection_rate'
      ? `${groupLabel(f)} was ${decisionVerb(result)} at ${estimateOnScale(f, 'percent')} of the rate of ${f.reference}`
      : `the ${titleOf(base)} of ${groupLabel(f)} was ${estimateOnScale(f, 'percent')} of that of ${f.reference}`;
    return { core: `${subject}${note ? ` (${note})` : ''}`, scale: 'percent' };
  }
  if (def.kind === 'difference') {
    const scale: Scale = isRateBased(def) ? 'points' : 'plain';
    const show = scale === 'points' ? formatPercent : formatValue;
    const size = estimateOnScale(f, scale).replace(/^-/, '');
    const gap = value === 0 ? 'equal to' : `${size} ${value < 0 ? 'below' : 'above'}`;
    const note = `${own !== null && ref !== null ? `${show(own)} vs ${show(ref)}` : ''}${statsNote(f, result, scale)}`.replace(/^; /, '');
    return { core: `the ${titleOf(base)} of ${groupLabel(f)} was ${gap} that of ${f.reference}${note ? ` (${note})` : ''}`, scale };
  }
  const scale: Scale = isRateBased(def) ? 'points' : 'plain';
  const disparity = findGroup(a.groups, f.group)?.disparities[f.metric as keyof AttributeResult['groups'][number]['disparities']];
  const refs = disparity?.references ? Object.entries(disparity.references).map(([m, r]) => `${titleOf(m)} vs ${r}`).join(', ') : `vs ${f.reference}`;
  return { core: `the ${titleOf(f.metric)} of ${groupLabel(f)} was ${estimateOnScale(f, 'plain')} (${refs}${statsNote(f, result, 'plain')})`, scale };
}

function judged(f: Finding, result: AuditResult): Judged {
  const stratified = stratifiedCore(f, result);
  if (stratified) return stratified;
  const a = result.attributes.find((x) => x.name === f.attribute);
  const def = disparityDef(f.metric);
  if (def && a && f.value !== null) return disparityCore(f, def, a, result);
  const scale: Scale = metricDef(f.metric)?.rate ? 'percent' : 'plain';
  const note = statsNote(f, result, scale).replace(/^; /, '');
  // a class rule: `the disparate impact of class "premium" of …`, against its reference
  const name = f.class !== undefined ? `${titleOf(f.metric)} "${f.class}"` : titleOf(f.metric);
  const vs = f.class !== undefined && f.reference ? `vs ${f.reference}; ` : '';
  return { core: `the ${name} of ${groupLabel(f)} was ${estimateOnScale(f, scale)}${note || vs ? ` (${`${vs}${note}`.replace(/; $/, '')})` : ''}`, scale };
}

/** A breach of the estimate that the rule's requirement did not let fail: a warning, with the reason. */
function heldBack(f: Finding, result: AuditResult, boundOn: 'upper' | undefined): string {
  const { core, scale } = judged(f, result);
  const head = `${capitalise(core)}; ${requirement(f, scale)}`;
  const tail = 'so this is a warning, not a failure';
  if (f.reason === 'not-significant') return `${head}, but the breach is not statistically significant at α = ${result.config.alpha}, ${tail}.`;
  const judgedEnd = boundOn === 'upper' ? " (the rule judges the interval's favourable end)" : '';
  if (f.reason === 'interval-includes-bound') {
    return `${head}, but the ${formatLevel(result.config.confidence)} confidence interval still reaches the allowed range${judgedEnd}, ${tail}.`;
  }
  if (boundOn === 'upper') return `${head}, but there is no confidence interval to judge${judgedEnd}, ${tail}.`;
  return `${head}, but there is neither a test nor a confidence interval to show the breach, ${tail}.`;
}

/**
 * A judged value in the plain wording (Markdown, HTML, JUnit bodies, GitHub
 * annotations); ends with a full stop.
 */
export function measuredProse(f: Finding, result: AuditResult): string {
  if (f.reason !== 'within-bound' && f.reason !== 'breach') return heldBack(f, result, findingContext(f, result).boundOn);
  const { core, scale } = judged(f, result);
  const sentence = `${capitalise(core)}; ${requirement(f, scale)}`;
  if (f.reason === 'within-bound') return `${sentence} — met.`;
  return `${sentence}${f.status === 'warn' ? ' (a warning, not a failure).' : '.'}`;
}
