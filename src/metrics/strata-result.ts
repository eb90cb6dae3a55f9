import { OVERALL_GROUP, type AttributeTally } from '../core/types.js';
import type { AttributeResult } from '../model/audit-result.js';
import type { StrataAttribute, StrataGroup, StratumRow } from '../model/split-sections.js';
import { conditionalDemographicDisparity } from '../stats/conditional-demographic-disparity.js';
import { mantelHaenszel } from '../stats/mantel-haenszel.js';
import { standardisedRateRatio } from '../stats/standardised-rate.js';
import type { FamilyMember } from './significance.js';
import { countsIn, strataCounts, twoByTwo, type Counts, type StratumCounts } from './strata-counts.js';

/** The comparison of `(overall)` within strata: every other row of the attribute (a group is not compared with rows it is part of). */
export const REST_GROUP = '(rest)';

const rate = (c: Counts) => (c.n > 0 ? c.selected / c.n : null);
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);

/** Crude and stratified comparisons on opposite sides of "no difference". */
function isReversed(crude: number | null, stratified: number | null, neutral: number): boolean {
  if (crude === null || stratified === null || !Number.isFinite(crude) || !Number.isFinite(stratified)) return false;
  return (crude < neutral && stratified > neutral) || (crude > neutral && stratified < neutral);
}

/** Demographic disparity of a group against the rest of the attribute, within each stratum (one stratum: the crude one). */
function demographicDisparity(strata: readonly StratumCounts[], group: string) {
  return conditionalDemographicDisparity(
    strata.map((s) => {
      const own = countsIn(s, group);
      const rest = countsIn(s, group, true);
      return { facetSelected: own.selected, facetRejected: own.n - own.selected, otherSelected: rest.selected, otherRejected: rest.n - rest.selected };
    }),
  )?.value ?? null;
}

function pooled(strata: readonly StratumCounts[]): StratumCounts {
  const groups = new Map<string, Counts>();
  const total = { n: 0, selected: 0 };
  for (const s of strata) {
    total.n += s.total.n;
    total.selected += s.total.selected;
    for (const [g, c] of s.groups) groups.set(g, { n: (groups.get(g)?.n ?? 0) + c.n, selected: (groups.get(g)?.selected ?? 0) + c.selected });
  }
  return { key: '', values: [], population: total, total, groups };
}

/** One group's comparisons across the strata (see StrataGroup). */
function strataGroup(strata: readonly StratumCounts[], crude: StratumCounts, key: string, n: number, reference: string | null, settings: { confidence: number; alpha: number }): StrataGroup {
  const { confidence } = settings;
  const isRest = reference === REST_GROUP;
  const out: StrataGroup = { key, n, reference, crudeDd: demographicDisparity([crude], key), cdd: demographicDisparity(strata, key), crudeRateRatio: null, crudeOddsRatio: null, mhOddsRatio: null, standardisedRateRatio: null, paradox: false };
  const rest = mantelHaenszel(strata.map((s) => twoByTwo(countsIn(s, key), countsIn(s, key, true))), confidence);
  if (rest?.test) out.cddPValue = rest.test.pValue;
  if (key === reference) {
    // the reference is compared with nothing: every ratio is 1, without an interval or a test (as its disparate impact)
    Object.assign(out, { crudeRateRatio: 1, crudeOddsRatio: 1, mhOddsRatio: 1, standardisedRateRatio: 1 });
  } else if (reference !== null) {
    const other = (s: StratumCounts) => countsIn(s, isRest ? key : reference, isRest);
    out.crudeRateRatio = ratio(rate(countsIn(crude, key)), rate(other(crude)));
    const crudeTable = twoByTwo(countsIn(crude, key), other(crude));
    out.crudeOddsRatio = crudeTable.b * crudeTable.c > 0 ? (crudeTable.a * crudeTable.d) / (crudeTable.b * crudeTable.c) : null;
    const mh = mantelHaenszel(strata.map((s) => twoByTwo(countsIn(s, key), other(s))), confidence);
    if (mh && Number.isFinite(mh.oddsRatio)) out.mhOddsRatio = mh.oddsRatio;
    if (mh?.interval) out.interval = mh.interval;
    if (mh?.test) out.pValue = mh.test.pValue;
    const dsr = standardisedRateRatio(
      strata.map((s) => ({ groupSelected: countsIn(s, key).selected, groupRows: countsIn(s, key).n, referenceSelected: other(s).selected, referenceRows: other(s).n, populationRows: s.population.n })),
    );
    if (dsr) {
      out.standardisedRateRatio = dsr.ratio;
      out.standardised = { group: dsr.groupRate, reference: dsr.referenceRate, coverage: dsr.coverage };
    }
  }
  // Opposite directions, and one of the two comparisons significant (noise around parity is no paradox). The reference
  // is not compared with itself; without one, the demographic disparity against the rest tells.
  const isSignificant = (...ps: (number | undefined)[]) => ps.some((p) => p !== undefined && p < settings.alpha);
  const crudeP = (other: Counts) => mantelHaenszel([twoByTwo(countsIn(crude, key), other)], settings.confidence)?.test?.pValue;
  const byRatio = reference !== null && isReversed(out.crudeRateRatio, out.mhOddsRatio, 1) && isSignificant(out.pValue, crudeP(countsIn(crude, isRest ? key : reference, isRest)));
  const byShare = (reference === null || isRest) && isReversed(out.crudeDd, out.cdd, 0) && isSignificant(out.cddPValue, crudeP(countsIn(crude, key, true)));
  out.paradox = key !== reference && (byRatio || byShare);
  return out;
}

/**
 * The strata section of one attribute: each stratum's counts (the strata
 * table), and each group compared within the strata with the attribute's
 * selection-rate reference — with every other row of the attribute when the
 * reference is the whole population.
 */
export function strataAttribute(audited: AttributeResult, split: AttributeTally, population: AttributeTally, settings: { confidence: number; alpha: number; minGroupSize: number }): StrataAttribute {
  const strata = strataCounts(split, population, audited.columns.length);
  const crude = pooled(strata);
  const chosen = audited.references.selection_rate ?? null;
  const reference = chosen === OVERALL_GROUP ? REST_GROUP : chosen;
  const rows: StratumRow[] = strata
    .filter((s) => s.population.n > 0)
    .map((s) => ({
      key: s.key,
      values: Object.fromEntries(population.spec.columns.map((c, i) => [c, s.values[i]!])),
      n: s.population.n,
      selected: s.population.selected,
      isSmall: s.population.n < settings.minGroupSize,
      groups: audited.groups.map((g) => ({ group: g.key, ...countsIn(s, g.key) })),
    }));
  const small = rows.filter((r) => r.isSmall);
  return {
    attribute: audited.name,
    strata: strata.filter((s) => s.total.n > 0).length,
    smallStrata: { count: small.length, rows: small.reduce((sum, r) => sum + r.n!, 0) },
    rows,
    groups: audited.groups.map((g) => strataGroup(strata, crude, g.key, g.n ?? countsIn(crude, g.key).n, reference, settings)),
  };
}

/** The Cochran–Mantel–Haenszel tests of the strata section, for the run's Holm family (against the reference, and against the rest: one test when they are the same). */
export function strataMembers(attributes: readonly StrataAttribute[]): FamilyMember[] {
  return attributes.flatMap((a) =>
    a.groups.flatMap((g) => {
      // A test of two groups is the same test either way round; with two groups, "every other row" is the other group.
      const others = a.groups.filter((x) => x.key !== g.key);
      const pair = (against: string) => (against === REST_GROUP && others.length === 1 ? others[0]!.key : against);
      const key = (against: string) => JSON.stringify(['strata', a.attribute, ...[g.key, pair(against)].sort()]);
      const members: FamilyMember[] = [];
      if (g.cddPValue !== undefined) members.push({ key: key(REST_GROUP), p: g.cddPValue, assign: (p) => (g.cddPValueAdjusted = p) });
      if (g.pValue !== undefined) members.push({ key: key(g.reference!), p: g.pValue, assign: (p) => (g.pValueAdjusted = p) });
      return members;
    }),
  );
}
