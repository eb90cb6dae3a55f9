import { directionOf } from '../baseline/worsening.js';
import type { AuditResult, Finding } from './audit-result.js';
import { findChange } from './change-lookup.js';
import { formatPercent, formatValue } from './format-number.js';
import { metricDef, titleOf } from './metric-info.js';
import { groupLabel, ruleLabel } from './verdicts.js';

/**
 * Sentences for findings of a `maxRegression` bound (`--baseline`): "The
 * disparate impact (impact ratio) of Female (gender) fell from 0.714 to 0.476
 * (−0.238) against the baseline; the rule allows it to worsen by at most 0.02."
 * Rates read in percent and points, everything else as plain numbers (as the
 * JSON report and `findingText` give them).
 */

const minus = (s: string) => s.replace(/^-/, '−');

/** A value, a signed change and a size on the metric's scale: `25.0 %` / `−4.0 points`, or `0.714` / `−0.238`. */
function scaleOf(f: Finding): { value: (x: number) => string; change: (x: number) => string; size: (x: number) => string } {
  if (metricDef(f.metric)?.rate) {
    const points = (x: number) => `${(x * 100).toFixed(1)} points`;
    return { value: formatPercent, change: (x) => minus(x > 0 ? `+${points(x)}` : points(x)), size: (x) => points(Math.abs(x)).replace(/\.0 points$/, ' points') };
  }
  return { value: (x) => formatValue(x), change: (x) => minus(x > 0 ? `+${formatValue(x)}` : formatValue(x)), size: (x) => String(Number(Math.abs(x).toFixed(3))) };
}

/** `fell from 0.714 to 0.476 (−0.238)`, `stayed at 0.714`; for a value whose ideal is 0 or 1, how much further from it. */
function movement(f: Finding): string {
  const s = scaleOf(f);
  const [before, after, change, worse] = [f.baseline!, f.value!, f.change!, f.worsening!];
  if (change === 0) return `stayed at ${s.value(after)}`;
  const moved = `${change < 0 ? 'fell' : 'rose'} from ${s.value(before)} to ${s.value(after)} (${s.change(change)})`;
  const direction = directionOf(f.metric);
  if ((direction !== 'towards-0' && direction !== 'towards-1') || Math.abs(Math.abs(change) - Math.abs(worse)) <= 1e-12) return moved;
  const ideal = direction === 'towards-0' ? '0' : '1 (parity)';
  return `${moved}, ${s.size(worse)} ${worse > 0 ? 'further from' : 'closer to'} ${ideal}`;
}

/** The reference a disparity was measured against, when it changed since the baseline. */
function referenceNote(f: Finding, result: AuditResult): string {
  const change = (result.baseline && findChange(result.baseline.changes, f.attribute, f.group, f.metric))?.reference;
  return change ? ` (the reference group was ${change.before ?? 'none'} in the baseline, now ${change.after ?? 'none'})` : '';
}

/** A regression finding as a sentence a reviewer can read aloud; ends with a full stop. */
export function regressionProse(f: Finding, result: AuditResult): string {
  const subject = `The ${titleOf(f.metric)} of ${groupLabel(f)}`;
  const allowed = `the rule allows it to worsen by at most ${scaleOf(f).size(f.bound.maxRegression ?? 0)}`;
  if (f.reason === 'not-in-baseline') {
    return `No verdict for ${groupLabel(f)} on ${ruleLabel(f, result.config.rules)}: the baseline report has no ${titleOf(f.metric)} of this group to compare with.`;
  }
  const head = `${subject} ${movement(f)} against the baseline${referenceNote(f, result)}; ${allowed}`;
  if (f.reason === 'regression-within-bound') return `${head} — met.`;
  return `${head}${f.status === 'warn' ? ' (a warning, not a failure).' : '.'}`;
}
