import { directionOf } from '../../policy/baseline/worsening.js';
import type { AuditResult } from '../../model/audit-result.js';
import type { Finding } from '../../model/finding.js';
import { formatPercent, formatValue } from '../format-number.js';
import { metricDef, titleOf } from '../metric-info.js';
import { groupLabel, ruleLabel } from '../verdicts.js';
import type { FindingContext } from './finding-context.js';

/**
 * Both wordings of a finding of a `maxRegression` bound (`--baseline`):
 * terse, "disparate_impact of gender=Female fell from 0.91 to 0.72 (−0.19),
 * more than the allowed 0.02"; plain, "The disparate impact (impact ratio) of
 * Female (gender) fell from 0.714 to 0.476 (−0.238) against the baseline; the
 * rule allows it to worsen by at most 0.02." For metrics whose ideal is 0 or 1
 * the distance is named when it differs from the change ("0.3 further from 1").
 */

const minus = (s: string) => s.replace(/^-/, '−');
/** Up to 3 decimals without trailing zeros: 0.91, 0.72, 0.02. */
const short = (v: number) => String(Number(v.toFixed(3)));

interface Scale {
  value: (x: number) => string;
  change: (x: number) => string;
  size: (x: number) => string;
}

/** Terse: every metric as plain numbers, as the JSON report gives them. */
const TERSE: Scale = { value: short, change: (x) => (x < 0 ? `−${short(-x)}` : `+${short(x)}`), size: (x) => short(Math.abs(x)) };

/** Plain: rates in percent and points (`25.0 %`, `−4.0 points`), everything else as `0.714`, `−0.238`. */
function plainScale(f: Finding): Scale {
  if (metricDef(f.metric)?.rate) {
    const points = (x: number) => `${(x * 100).toFixed(1)} points`;
    return { value: formatPercent, change: (x) => minus(x > 0 ? `+${points(x)}` : points(x)), size: (x) => points(Math.abs(x)).replace(/^1\.0 points$/, '1 point').replace(/\.0 points$/, ' points') };
  }
  return { value: (x) => formatValue(x), change: (x) => minus(x > 0 ? `+${formatValue(x)}` : formatValue(x)), size: (x) => String(Number(Math.abs(x).toFixed(3))) };
}

/** `fell from 0.714 to 0.476 (−0.238)`, `stayed at 0.714`, then how much further from an ideal of 0 or 1 when that differs. */
function movement(f: Finding, s: Scale, ideals: { zero: string; one: string }): string {
  const [before, after, change, worse] = [f.baseline!, f.value!, f.change!, f.worsening!];
  if (change === 0) return `stayed at ${s.value(after)}`;
  const moved = `${change < 0 ? 'fell' : 'rose'} from ${s.value(before)} to ${s.value(after)} (${s.change(change)})`;
  const direction = directionOf(f.metric);
  if ((direction !== 'towards-0' && direction !== 'towards-1') || Math.abs(Math.abs(change) - Math.abs(worse)) <= 1e-12) return moved;
  return `${moved}, ${s.size(worse)} ${worse > 0 ? 'further from' : 'closer to'} ${direction === 'towards-0' ? ideals.zero : ideals.one}`;
}

/** The terse wording. */
export function regressionText(f: Finding, context: FindingContext): string {
  const subject = `${f.metric} of ${f.attribute}=${f.group}`;
  if (f.reason === 'not-in-baseline') return `inconclusive: the baseline has no ${f.metric} for ${f.attribute}=${f.group} to compare with`;
  const change = context.referenceChange;
  const reference = change ? ` (reference was ${change.before ?? 'none'}, now ${change.after ?? 'none'})` : '';
  const allowed = short(f.bound.maxRegression ?? 0);
  const model = context.candidate === undefined ? '' : ` with candidate ${context.candidate}`;
  const head = `${subject} ${movement(f, TERSE, { zero: '0', one: '1' })}${model}${reference}`;
  if (f.reason === 'regressed') return `${head}, more than the allowed ${allowed}`;
  return `${head}, within the allowed worsening of ${allowed}`;
}

/** The plain wording; ends with a full stop. */
export function regressionProse(f: Finding, result: AuditResult, context: FindingContext): string {
  if (f.reason === 'not-in-baseline') {
    return `No verdict for ${groupLabel(f)} on ${ruleLabel(f, result.config.rules)}: the baseline report has no ${titleOf(f.metric)} of this group to compare with.`;
  }
  const scale = plainScale(f);
  const change = context.referenceChange;
  const reference = change ? ` (the reference group was ${change.before ?? 'none'} in the baseline, now ${change.after ?? 'none'})` : '';
  const allowed = `the rule allows it to worsen by at most ${scale.size(f.bound.maxRegression ?? 0)}`;
  const against = context.candidate === undefined ? 'against the baseline' : `under the candidate model (${context.candidate}) against the audited model`;
  const head = `The ${titleOf(f.metric)} of ${groupLabel(f)} ${movement(f, scale, { zero: '0', one: '1 (parity)' })} ${against}${reference}; ${allowed}`;
  if (f.reason === 'regression-within-bound') return `${head} — met.`;
  return `${head}${f.status === 'warn' ? ' (a warning, not a failure).' : '.'}`;
}
