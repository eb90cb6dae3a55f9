import type { DisparityDef } from '../metrics/disparity.js';
import type { AttributeResult, AuditResult, Bound, Finding } from './audit-result.js';
import { formatPercent, formatValue } from './format-number.js';
import { disparityDef, metricDef, referenceValue, titleOf, type DisparityStats } from './metric-info.js';

/**
 * Plain-language sentences for reviewers (HTML and Markdown): "Female was
 * targeted at 71.4 % of the rate of Male (25.0 % vs 35.0 %); the four-fifths
 * rule requires at least 80 %." Kept beside `findingText` (the terse JSON and
 * terminal message), which it falls back to for reasons it has no sentence for.
 */


/** `targeted`, `selected`, … from the decision column's name when it reads as a verb; else `selected`. */
export function decisionVerb(result: AuditResult): string {
  const column = result.config.columns.prediction;
  return column !== undefined && /^[a-z]{3,}ed$/i.test(column) ? column.toLowerCase() : 'selected';
}

const percentOf = (x: number) => `${(x * 100).toFixed(1).replace(/\.0$/, '')} %`;

function groupLabel(f: Finding): string {
  return `${f.group} (${f.attribute})`;
}

/** `(95 % CI 65.1–78.0 %; p = 0.003 after Holm)` from whatever statistics are attached. */
function statsNote(d: DisparityStats | undefined, isPercent: boolean): string {
  if (!d) return '';
  const parts: string[] = [];
  const fmt = (x: number) => (isPercent ? (x * 100).toFixed(1) : formatValue(x));
  if (d.interval) parts.push(`95 % CI ${fmt(d.interval[0])}–${fmt(d.interval[1])}${isPercent ? ' %' : ''}`);
  if (d.pValueAdjusted !== undefined) parts.push(`p = ${formatP(d.pValueAdjusted)} after Holm's correction`);
  else if (d.pValue !== undefined) parts.push(`p = ${formatP(d.pValue)}`);
  return parts.length ? `; ${parts.join('; ')}` : '';
}

function formatP(p: number): string {
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

/** A bound in words; `asPercent` for ratios (80 %), `asPoints` for differences of rates (10 points). */
function boundWords(b: Bound, scale: 'percent' | 'points' | 'plain'): string {
  const v = (x: number) => (scale === 'percent' ? percentOf(x) : scale === 'points' ? `${formatValue(x * 100, 1).replace(/\.0$/, '')} points` : String(x));
  const parts: string[] = [];
  if (b.min !== undefined && b.max !== undefined) parts.push(`between ${v(b.min)} and ${v(b.max)}`);
  else if (b.min !== undefined) parts.push(`at least ${v(b.min)}`);
  else if (b.max !== undefined) parts.push(`at most ${v(b.max)}`);
  if (b.maxAbs !== undefined) parts.push(scale === 'points' ? `a gap of at most ${v(b.maxAbs)} either way` : `within ±${v(b.maxAbs)}`);
  if (b.band !== undefined) parts.push(`between ${v(b.band)} and ${v(1 / b.band)}`);
  return parts.join(' and ');
}

/** What the rule asks for, in words: the four-fifths rule gets its name. */
function requirement(f: Finding, scale: 'percent' | 'points' | 'plain'): string {
  const b = f.bound;
  const isMinOnly = b.min !== undefined && b.max === undefined && b.maxAbs === undefined && b.band === undefined;
  if (f.metric === 'disparate_impact' && isMinOnly && b.min === 0.8) return 'the four-fifths rule requires at least 80 %';
  return `the rule requires ${boundWords(b, scale)}`;
}

/** Differences of proportions read as percentage points. */
function isRateBased(def: DisparityDef): boolean {
  return def.bases.every((b) => metricDef(b)?.rate !== undefined);
}

function ratioSentence(f: Finding, def: DisparityDef, attribute: AttributeResult, result: AuditResult, d: DisparityStats | undefined): string {
  const base = def.bases[0]!;
  const own = attribute.groups.find((g) => g.key === f.group)?.metrics[base] ?? null;
  const ref = referenceValue(attribute, f.reference, base);
  const values = own !== null && ref !== null ? ` (${formatPercent(own)} vs ${formatPercent(ref)})` : '';
  const ratio = formatPercent(f.value);
  const subject = base === 'selection_rate'
    ? `${groupLabel(f)} was ${decisionVerb(result)} at ${ratio} of the rate of ${f.reference}`
    : `the ${titleOf(base)} of ${groupLabel(f)} was ${ratio} of that of ${f.reference}`;
  return `${subject}${values}${statsNote(d, true)}`;
}

function differenceSentence(f: Finding, def: DisparityDef, attribute: AttributeResult, d: DisparityStats | undefined): string {
  const base = def.bases[0]!;
  const own = attribute.groups.find((g) => g.key === f.group)?.metrics[base] ?? null;
  const ref = referenceValue(attribute, f.reference, base);
  const isPoints = isRateBased(def);
  const show = isPoints ? formatPercent : formatValue;
  const size = isPoints ? `${Math.abs(f.value! * 100).toFixed(1)} points` : formatValue(Math.abs(f.value!));
  const gap = f.value === 0 ? 'equal to' : `${size} ${f.value! < 0 ? 'below' : 'above'}`;
  const values = own !== null && ref !== null ? ` (${show(own)} vs ${show(ref)})` : '';
  return `the ${titleOf(base)} of ${groupLabel(f)} was ${gap} that of ${f.reference}${values}${statsNote(d, isPoints)}`;
}

function disparitySentence(f: Finding, def: DisparityDef, attribute: AttributeResult, result: AuditResult): string {
  const disparities = attribute.groups.find((g) => g.key === f.group)?.disparities as Record<string, DisparityStats | undefined> | undefined;
  const d = disparities?.[f.metric];
  if (def.kind === 'ratio') return `${ratioSentence(f, def, attribute, result, d)}; ${requirement(f, 'percent')}`;
  if (def.kind === 'difference') return `${differenceSentence(f, def, attribute, d)}; ${requirement(f, isRateBased(def) ? 'points' : 'plain')}`;
  const refs = d?.references ? Object.entries(d.references).map(([m, r]) => `${titleOf(m)} vs ${r}`).join(', ') : `vs ${f.reference}`;
  return `the ${titleOf(f.metric)} of ${groupLabel(f)} was ${formatValue(f.value)} (${refs})${statsNote(d, false)}; ${requirement(f, isRateBased(def) ? 'points' : 'plain')}`;
}

function valueSentence(f: Finding): string {
  const def = metricDef(f.metric);
  const shown = def?.rate ? formatPercent(f.value) : formatValue(f.value);
  return `the ${titleOf(f.metric)} of ${groupLabel(f)} was ${shown}; ${requirement(f, def?.rate ? 'percent' : 'plain')}`;
}

function judgedSentence(f: Finding, result: AuditResult): string {
  const attribute = result.attributes.find((a) => a.name === f.attribute);
  const def = disparityDef(f.metric);
  if (def && attribute && f.value !== null) return disparitySentence(f, def, attribute, result);
  return valueSentence(f);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A finding as a sentence a reviewer can read aloud; ends with a full stop. */
export function findingProse(f: Finding, result: AuditResult): string {
  const min = result.config.minGroupSize;
  switch (f.reason) {
    case 'within-bound':
      return `${capitalise(judgedSentence(f, result))} — met.`;
    case 'breach':
      return `${capitalise(judgedSentence(f, result))}${f.status === 'warn' ? ' (a warning, not a failure).' : '.'}`;
    case 'small-group':
      return `No verdict for ${groupLabel(f)} on ${f.rule}: ${f.n} rows, fewer than the minimum of ${min}.`;
    case 'small-reference':
      return `No verdict for ${groupLabel(f)} on ${f.rule}: the reference group ${f.reference} has fewer than ${min} rows.`;
    case 'no-reference':
      return `No verdict for ${groupLabel(f)} on ${f.rule}: no group of ${f.attribute} has ${min} rows and a defined ${titleOf(f.metric)} to compare with.`;
    case 'undefined-value':
      return `No verdict for ${groupLabel(f)} on ${f.rule}: the ${titleOf(f.metric)} is undefined (a denominator is zero).`;
    default:
      return capitalise(f.message.endsWith('.') ? f.message : `${f.message}.`);
  }
}
