import type { AttributeResult, DisparityResult } from '../model/audit-result.js';
import { holmAdjust } from '../stats/holm.js';
import { testedBaseOf } from './uncertainty.js';
import { DISTRIBUTION_TESTS } from './distribution-disparities.js';
import type { DisparityId } from '../model/vocabulary.js';

/**
 * Holm's adjustment across every comparison of the report: one family member
 * per attribute × group × tested rate (selection rate, TPR, FPR) that has a
 * p-value. disparate_impact and statistical_parity_difference share the
 * selection-rate test, as equal opportunity difference and ratio share the
 * TPR test, so each test counts once and both disparities get its adjusted p.
 * The outcome's Welch and KS tests join the family (mean difference and
 * ratio share Welch's); the scores' KS test joins it when a rule judges
 * `score_ks` (`isScoreKsJudged`): otherwise the score distributions are
 * described, not tested, and audits that had a score column before keep
 * their family. Fills `pValueAdjusted` in place (the attributes are fresh
 * objects of the report being built) and returns the family size.
 */
export function adjustAcrossReport(attributes: readonly AttributeResult[], isScoreKsJudged = false): number {
  const family = new Map<string, { p: number; members: DisparityResult[] }>();
  for (const attribute of attributes) {
    for (const group of attribute.groups) {
      for (const [id, d] of Object.entries(group.disparities) as [DisparityId, DisparityResult][]) {
        const test = DISTRIBUTION_TESTS[id as keyof typeof DISTRIBUTION_TESTS];
        const base = testedBaseOf(id) ?? (test === 'ks:score' && !isScoreKsJudged ? undefined : test);
        if (base === undefined || d.pValue === undefined) continue;
        const key = JSON.stringify([attribute.name, group.key, base]);
        const entry = family.get(key);
        if (entry) entry.members.push(d);
        else family.set(key, { p: d.pValue, members: [d] });
      }
    }
  }
  const entries = [...family.values()];
  const adjusted = holmAdjust(entries.map((e) => e.p));
  entries.forEach((e, i) => {
    for (const d of e.members) d.pValueAdjusted = adjusted[i]!;
  });
  return entries.length;
}
