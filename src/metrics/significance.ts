import type { AttributeResult, DisparityResult } from '../model/audit-result.js';
import { holmAdjust } from '../stats/holm.js';
import { testedBaseOf } from './uncertainty.js';
import { DISTRIBUTION_TESTS } from './distribution-disparities.js';
import { classMembers, judgedClasses, type JudgedClass } from './class-members.js';
import type { DisparityId, MetricId } from '../model/vocabulary.js';
import type { AuditConfig } from '../model/config.js';

/** The metrics whose rules are judged by the group's test of perfect calibration. */
export const CALIBRATION_RULE_METRICS: readonly MetricId[] = ['ece', 'calibration_in_the_large', 'brier'];

/** Which optional tests join the family: the scores' KS test when a rule judges `score_ks`, the calibration tests when a rule judges a calibration metric. */
export interface JudgedTests {
  scoreKs: boolean;
  calibration: boolean;
  /** the classes and tiers of a multi-class decision that rules judge; absent: none */
  classes?: readonly JudgedClass[];
}
const NOT_JUDGED: JudgedTests = { scoreKs: false, calibration: false };

/** The optional tests a configuration's rules judge. */
export function judgedTests(config: Pick<AuditConfig, 'rules'>): JudgedTests {
  const classes = judgedClasses(config.rules);
  return { scoreKs: config.rules.some((r) => r.metric === 'score_ks'), calibration: config.rules.some((r) => CALIBRATION_RULE_METRICS.includes(r.metric as MetricId)), ...(classes.length > 0 ? { classes } : {}) };
}

/** One test of the run's Holm family: members with the same key are the same test and share its adjusted p. */
export interface FamilyMember {
  key: string;
  p: number;
  assign(adjusted: number): void;
  /** when set, the member stands for this many untested comparisons of p = 1 (see unseenPairs), not for one test */
  untested?: number;
}

/**
 * The tests of some attributes' disparities: one per attribute × group ×
 * tested rate (selection rate, TPR, FPR). disparate_impact and
 * statistical_parity_difference share the selection-rate test, as equal
 * opportunity difference and ratio share the TPR test. The outcome's Welch
 * and KS tests are members too (mean difference and ratio share Welch's);
 * the scores' KS test only when a rule judges `score_ks` (`isScoreKsJudged`):
 * otherwise the score distributions are described, not tested, and audits
 * that had a score column before keep their family. Likewise each group's
 * test of perfect calibration (Hosmer–Lemeshow, one per attribute × group,
 * shared by the rules on ece, calibration_in_the_large and brier) is a member
 * only when such a rule is configured (`judged.calibration`), so audits
 * without calibration rules keep their family. `scope` tells the same
 * attribute in another part of the run apart (a time window).
 */
export function disparityMembers(attributes: readonly AttributeResult[], scope = '', judged: JudgedTests = NOT_JUDGED): FamilyMember[] {
  const members: FamilyMember[] = [];
  for (const attribute of attributes) {
    for (const group of attribute.groups) {
      const calibration = group.calibrationTest;
      if (judged.calibration && calibration) {
        members.push({ key: JSON.stringify([scope, attribute.name, group.key, 'calibration']), p: calibration.pValue, assign: (adjusted) => (calibration.pValueAdjusted = adjusted) });
      }
      for (const [id, d] of Object.entries(group.disparities) as [DisparityId, DisparityResult][]) {
        const test = DISTRIBUTION_TESTS[id as keyof typeof DISTRIBUTION_TESTS];
        const base = testedBaseOf(id) ?? (test === 'ks:score' && !judged.scoreKs ? undefined : test);
        if (base === undefined || d.pValue === undefined) continue;
        members.push({ key: JSON.stringify([scope, attribute.name, group.key, base]), p: d.pValue, assign: (adjusted) => (d.pValueAdjusted = adjusted) });
      }
    }
    members.push(...classMembers(attribute, scope, judged.classes ?? []));
    if (attribute.referenceStrategy === 'highest') members.push(...unseenPairs(members, scope, attribute.name));
  }
  return members;
}

/**
 * A reference chosen as the group with the highest rate is chosen by the data:
 * its m comparisons are the most extreme of all m(m+1)/2 pairs of the m + 1
 * groups, and Holm over the m alone would not hold the family-wise error rate
 * (under no disparity at all, 20 groups of 100 rows fail about a third of the
 * runs). So every pair counts: the m(m − 1)/2 untested pairs of each tested
 * rate join the family with p = 1, which makes the first step Bonferroni over
 * all pairs, a bound that holds whichever pair the data picked.
 */
function unseenPairs(members: readonly FamilyMember[], scope: string, attribute: string): FamilyMember[] {
  // disparities that share a test share its key: count each test once
  const tested = new Map<string, Set<string>>();
  for (const m of members) {
    const [memberScope, name, , base] = JSON.parse(m.key) as [string, string, string, string];
    // a calibration test is of one group alone, not against the chosen reference: it has no unseen pairs
    if (memberScope === scope && name === attribute && base !== 'calibration') tested.set(base, (tested.get(base) ?? new Set()).add(m.key));
  }
  return [...tested].map(([base, keys]): FamilyMember => ({
    key: JSON.stringify([scope, attribute, '(untested pairs)', base]),
    p: 1,
    assign: () => {},
    untested: (keys.size * (keys.size - 1)) / 2,
  }));
}

/**
 * Holm's adjustment across every comparison of the report: the attributes'
 * disparity and distribution tests, and `extra` tests of other sections (time
 * windows, strata), and the untested pairs of a highest reference (p = 1).
 * Fills the adjusted p-values in place (the results are fresh objects of the
 * report being built) and returns the family size.
 */
export function adjustAcrossReport(attributes: readonly AttributeResult[], extra: readonly FamilyMember[] = [], judged: JudgedTests = NOT_JUDGED): number {
  const family = new Map<string, { p: number; members: FamilyMember[] }>();
  for (const member of [...disparityMembers(attributes, '', judged), ...extra]) {
    const entry = family.get(member.key);
    if (entry) entry.members.push(member);
    else family.set(member.key, { p: member.p, members: [member] });
  }
  const entries = [...family.values()].filter((e) => e.members[0]!.untested === undefined);
  const untested = [...family.values()].reduce((sum, e) => sum + (e.members[0]!.untested ?? 0), 0);
  const adjusted = holmAdjust(entries.map((e) => e.p), untested);
  entries.forEach((e, i) => {
    for (const m of e.members) m.assign(adjusted[i]!);
  });
  return entries.length + untested;
}
