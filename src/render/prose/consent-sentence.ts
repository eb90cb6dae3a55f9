import type { Finding } from '../../model/finding.js';
import { COUNT_METRICS } from '../../metrics/consent-metrics.js';
import { countOf } from '../../util/plural.js';
import { groupLabel } from '../verdicts.js';
import { describeBound } from './finding-text.js';
import type { NoticeArgs } from '../../model/notice.js';
import { formatPercent, formatPValue } from '../format-number.js';

/** Whether a finding judges a count of rows (the consent gate), worded by this module. */
export function isCountFinding(f: Pick<Finding, 'metric'>): boolean {
  return COUNT_METRICS.includes(f.metric);
}

/** What the counted rows are, after "N rows". */
const WHAT: Record<string, string> = {
  unconsented_selected: 'selected although they opted out',
  unknown_consent_selected: 'selected with their consent unknown',
};

/**
 * A consent count judged against its bound. The group is named, the rows never
 * are (only how many): terse "unconsented_selected of region=West is 3, above 0
 * (rows selected although they opted out)"; plain "3 rows of West (region) were
 * selected although they opted out; the rule unconsented_selected==0 allows 0."
 */
export function countSentence(f: Finding, wording: 'terse' | 'plain'): string {
  const what = WHAT[f.metric] ?? f.metric;
  const limit = f.bound.max ?? 0;
  if (f.value === null) return hiddenCountSentence(f, what, limit, wording);
  const count = f.value;
  const isMet = f.reason === 'within-bound';
  if (wording === 'terse') {
    const side = isMet ? `${describeBound(f.bound)} as required` : `above ${limit}`;
    return `${f.metric} of ${f.attribute}=${f.group} is ${count}, ${side} (rows ${what})`;
  }
  const head = count === 0 ? `No row of ${groupLabel(f)} was ${what}` : `${countOf(count, 'rows')} of ${groupLabel(f)} ${count === 1 ? 'was' : 'were'} ${what}`;
  return `${head}; the rule ${f.rule} allows ${limit === 0 ? 'none' : `at most ${limit}`}${isMet ? ' — met.' : f.status === 'warn' ? ' (a warning, not a failure).' : '.'}`;
}

/** A breach in a group hidden by small-cell suppression: named, its count not given. */
function hiddenCountSentence(f: Finding, what: string, limit: number, wording: 'terse' | 'plain'): string {
  if (wording === 'terse') return `${f.metric} of ${f.attribute}=${f.group} is above ${limit} (rows ${what}; the count is hidden: small group)`;
  return `Rows of ${groupLabel(f)} were ${what} (how many is hidden: the group is under the small-cell limit); the rule ${f.rule} allows ${limit === 0 ? 'none' : `at most ${limit}`}${f.status === 'warn' ? ' (a warning, not a failure).' : '.'}`;
}

/**
 * "opting out differs across age_band (χ² = 312.4, df = 5, p < 0.0001): 16.1 %
 * of 65+ opted out, 7.8 % of all": whether opting out clusters in one group.
 */
export function optOutSentence(a: NoticeArgs['consent-opt-out']): string {
  const test = `χ² = ${a.chiSquare.toFixed(1)}, df = ${a.df}, p ${formatPValue(a.pValue)}`;
  const shares = `${formatPercent(a.highest.share)} of ${a.highest.group} opted out, ${formatPercent(a.overallShare)} of the ${a.groups} groups' rows with a known consent`;
  return a.pValue < a.alpha
    ? `opting out differs across ${a.attribute} (${test}): ${shares}`
    : `opting out does not differ significantly across ${a.attribute} at α = ${a.alpha} (${test}); ${shares}`;
}
