import type { NoticeArgs } from '../../model/notice.js';
import { formatPercent, formatPValue } from '../format-number.js';

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
