import { DENOMINATOR_NOUNS } from '../../metrics/denominators.js';
import type { AuditResult } from '../../model/audit-result.js';
import type { Finding, FindingReason } from '../../model/finding.js';
import { titleOf } from '../metric-info.js';
import { groupLabel, ruleLabel } from '../verdicts.js';
import { findingContext, type FindingContext } from './finding-context.js';
import { capitalise, measuredProse } from './finding-prose.js';
import { measuredText, subjectText } from './finding-text.js';
import { regressionProse, regressionText } from './regression-sentence.js';
import { driftProse, driftText, inWindow, windowView } from './split-prose.js';
import { countOf } from '../../util/plural.js';
import { countSentence, isCountFinding } from './consent-sentence.js';

/**
 * Two wordings of a finding are published, and both are composed here:
 * - `terse`: "disparate_impact of gender=Female (vs Male) is 0.714 …, below 0.8"
 *   — the JSON `message`, the terminal table, JUnit's `message` attribute;
 * - `plain`: "Female (gender) was targeted at 71.4 % of the rate of Male …; the
 *   four-fifths rule requires at least 80 %." — Markdown, HTML, JUnit bodies,
 *   GitHub annotations.
 * Each format escapes the sentence for its own markup.
 */
export type FindingWording = 'terse' | 'plain';

type Composer = (f: Finding, result: AuditResult, context: FindingContext, wording: FindingWording) => string;

/** A value judged against a threshold (the long sentences, with the statistics). */
const measured: Composer = (f, result, context, wording) => {
  if (isCountFinding(f)) return countSentence(f, wording);
  return wording === 'terse' ? measuredText(f, context) : measuredProse(f, result);
};

/** A change judged against the baseline. */
const regression: Composer = (f, result, context, wording) => (wording === 'terse' ? regressionText(f, context) : regressionProse(f, result, context));

/**
 * A finding with no verdict: its terse sentence, and the plain one after "No
 * verdict for <group> on <rule>: " — or, without a plain tail, the terse one
 * capitalised (a hidden group's sentence is the same in both).
 */
function noVerdict(terse: (f: Finding, c: FindingContext) => string, plain?: (f: Finding, c: FindingContext) => string | undefined): Composer {
  return (f, result, context, wording) => {
    const text = terse(f, context);
    if (wording === 'terse') return text;
    const tail = plain?.(f, context);
    return tail === undefined ? capitalise(text.endsWith('.') ? text : `${text}.`) : `No verdict for ${groupLabel(f)} on ${ruleLabel(f, result.config.rules)}: ${tail}`;
  };
}

const denominatorNoun = (d: NonNullable<Finding['denominator']>) => DENOMINATOR_NOUNS[d.metric] ?? 'trials';

/** A change between two time windows judged against a drift bound. */
const drift: Composer = (f, result, context, wording) => (wording === 'terse' ? driftText(f) : driftProse(f, result, context));

/** Every reason's sentences; a new reason does not compile until it has them. */
const COMPOSERS: Record<FindingReason, Composer> = {
  'within-bound': measured,
  breach: measured,
  'not-significant': measured,
  'interval-includes-bound': measured,
  'no-interval': measured,
  regressed: regression,
  'regression-within-bound': regression,
  'not-in-baseline': regression,
  'drift-within-bound': drift,
  drifted: drift,
  'no-earlier-value': drift,
  'small-group': noVerdict(
    (f, c) => `inconclusive: ${countOf(f.n as number, 'rows')} in ${f.attribute}=${f.group}, below the minimum of ${c.minGroupSize}`,
    (f, c) => `${countOf(f.n as number, 'rows')}, fewer than the minimum of ${c.minGroupSize}.`,
  ),
  'small-reference': noVerdict(
    (f, c) => `inconclusive: the reference group ${f.reference} has fewer than ${countOf(c.minGroupSize, 'rows')}`,
    (f, c) => `the reference group ${f.reference} has fewer than ${countOf(c.minGroupSize, 'rows')}.`,
  ),
  'no-reference': noVerdict(
    (f, c) => `inconclusive: no group of ${f.attribute} has ${countOf(c.minGroupSize, 'rows')}, enough trials and a defined ${f.metric} to serve as reference`,
    (f, c) => `no group of ${f.attribute} has ${countOf(c.minGroupSize, 'rows')} and a defined ${titleOf(f.metric)} to compare with.`,
  ),
  'small-denominator': noVerdict(
    (f) => {
      const d = f.denominator!;
      const whose = d.group === f.group ? `${f.attribute}=${f.group}` : `the reference ${f.attribute}=${d.group}`;
      return `inconclusive: ${d.metric} of ${whose} rests on ${countOf(d.count, denominatorNoun(d))}, below the minimum of ${d.minimum}`;
    },
    (f) => {
      const d = f.denominator;
      const whose = d?.group === f.group ? groupLabel(f) : `the reference group ${d?.group}`;
      return d && `the ${titleOf(d.metric)} of ${whose} rests on ${countOf(d.count, denominatorNoun(d))}, fewer than the minimum of ${d.minimum}.`;
    },
  ),
  'undefined-value': noVerdict(
    (f) => `inconclusive: ${subjectText(f)} is undefined (a denominator is zero)`,
    (f) => `the ${titleOf(f.metric)} is undefined (a denominator is zero).`,
  ),
  'suppressed-primary': noVerdict(
    (f, c) => `suppressed: ${f.attribute}=${f.group} has fewer than ${countOf(c.suppressBelow, 'rows')} (the suppression threshold), so its counts, rates and verdict are not reported`,
  ),
  'suppressed-secondary': noVerdict(
    (f) => `suppressed: ${f.attribute}=${f.group} is hidden too, so that smaller hidden groups cannot be recovered by subtraction from the totals (complementary suppression)`,
  ),
};

/**
 * The one place a finding becomes a sentence, for every format. A finding
 * carries its code (`reason`) and its arguments (value, bound, reference,
 * interval, p-values, denominator, baseline facts); the run's settings come
 * from the report (`findingContext`).
 */
export function findingSentence(f: Finding, result: AuditResult, wording: FindingWording): string {
  // a window's finding reads that window's groups (its reference, its rates)
  const view = windowView(result, f);
  const context = findingContext(f, view);
  return onCandidate(f, context, inWindow(f, COMPOSERS[f.reason](f, view, context, wording), wording), wording);
}

/** A threshold finding on the candidate model says so first (its regression findings say it in their own sentence). */
function onCandidate(f: Finding, context: FindingContext, text: string, wording: FindingWording): string {
  if (context.candidate === undefined || f.bound.maxRegression !== undefined) return text;
  return wording === 'terse' ? `candidate ${context.candidate}: ${text}` : `With the candidate model (${context.candidate}): ${text}`;
}
