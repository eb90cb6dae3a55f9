import type { AuditConfig } from '../model/config.js';
import type { AttributeTally } from '../core/types.js';
import { OVERALL_GROUP } from '../core/types.js';
import { ConfigError } from '../model/errors.js';
import type { AttributeResult, DisparityResult, GroupResult } from '../model/audit-result.js';
import { sortNatural } from '../util/natural-order.js';
import { didYouMean, listNames } from '../util/suggest.js';
import { denominatorShortfall } from './denominators.js';
import { DISPARITIES, DISPARITY_IDS, compareValues } from './disparity.js';
import { withStatistics } from './disparity-statistics.js';
import { distributionComparison, isDistributionDisparity } from './distribution-comparison.js';
import { groupResult } from './group-result.js';
import { addClassSection } from './class-section.js';
import { intervalSettings, type IntervalSettings } from './intervals.js';
import { chooseReference, type ReferenceChoice } from './reference.js';
import { availableMetrics, rateCounts } from './registry.js';
import { benefitInequality } from './benefit-inequality.js';
import type { MetricId, DisparityId } from '../model/vocabulary.js';
import type { Capabilities } from '../model/capabilities.js';

/** A group whose counts are published (not masked by small-cell suppression). */
type CountedGroup = GroupResult & { n: number };

function explicitReference(at: AttributeTally, config: Readonly<AuditConfig>, isPart: boolean): string | undefined {
  const key = config.referenceGroups[at.spec.name];
  // in a part of the run (a time window) the reference may have no rows: its groups are then compared with nothing
  if (key === undefined || at.groups.has(key) || isPart) return key;
  const keys = [...at.groups.keys()].sort();
  throw new ConfigError('reference', [
    { path: `reference.${at.spec.name}`, message: `no group "${key}" in attribute ${at.spec.name}${didYouMean(key, keys)} Groups: ${listNames(keys)}` },
  ]);
}

/** The disparities a run can compute: every base metric must be available. */
function availableDisparities(caps: Capabilities): DisparityId[] {
  const metrics = new Set(availableMetrics(caps));
  return DISPARITY_IDS.filter((id) => DISPARITIES[id].bases.every((b) => metrics.has(b)));
}

/**
 * Per-group metrics of one attribute and each group's disparities against the
 * reference chosen for every compared metric. `masked` groups (small-cell
 * suppression) are never the reference: their rates would follow from the
 * other groups' ratios.
 */
export function attributeResult(
  at: AttributeTally,
  caps: Capabilities,
  config: Readonly<AuditConfig>,
  masked: ReadonlySet<string> = new Set(),
  isPart = false,
  /** only these disparities (a threshold sweep measures just its rules'); default: every one the inputs allow */
  only?: readonly DisparityId[],
): AttributeResult {
  const explicit = explicitReference(at, config, isPart);
  const settings = intervalSettings(config.confidence);
  // groups in natural order (`<25` before `25-34` before `65+`), the order of every report
  const groups = sortNatural(
    [...at.groups.values()].map((g) => groupResult(g.key, Object.fromEntries(at.spec.columns.map((c, i) => [c, g.values[i]!])), g.tally, caps, settings, at.total)),
    (g) => g.key,
  );
  const overall = groupResult(OVERALL_GROUP, {}, at.total, caps, settings);
  const disparityIds = availableDisparities(caps).filter((id) => only === undefined || only.includes(id));
  const candidates = groups.filter((g): g is CountedGroup => g.n !== null && !masked.has(g.key));
  const choices = chooseReferences(disparityIds, candidates, explicit, config);
  const groupsByKey = new Map<string, GroupResult>();
  for (const g of groups) if (!groupsByKey.has(g.key)) groupsByKey.set(g.key, g);
  const lookup = (key: string | null): GroupResult | undefined => (key === OVERALL_GROUP ? overall : key === null ? undefined : groupsByKey.get(key));
  // the scores' KS test (scipy's exact method costs n₁·n₂ per group) only when a rule judges it: otherwise its statistic describes
  const comparing = { ...settings, isScoreKsTested: config.rules.some((r) => r.metric === 'score_ks') };
  for (const g of groups) {
    for (const id of disparityIds) g.disparities[id] = withComparison(id, disparityOf(id, g, choices, lookup), g.key, at, comparing);
  }
  const references = Object.fromEntries([...choices].map(([m, c]) => [m, c.key]));
  const result: AttributeResult = {
    name: at.spec.name,
    columns: [...at.spec.columns],
    n: at.total.n,
    rowsExcluded: at.rowsExcluded,
    referenceStrategy: explicit !== undefined ? 'explicit' : config.reference,
    references,
    groups,
    ...withInequality(benefitInequality(at, caps, config.entropyAlpha)),
  };
  addClassSection(result, at, config, settings, masked);
  return result;
}

function withInequality(inequality: AttributeResult['inequality']): Pick<AttributeResult, 'inequality'> {
  return inequality ? { inequality } : {};
}

/** The reference of every compared metric; a group needs enough rows and enough trials for that metric. */
function chooseReferences(ids: readonly DisparityId[], groups: readonly CountedGroup[], explicit: string | undefined, config: Readonly<AuditConfig>) {
  const bases = [...new Set(ids.flatMap((id) => DISPARITIES[id].bases))] as MetricId[];
  const isEligibleFor = (m: MetricId) => (g: GroupResult) => denominatorShortfall(m, g, config.minDenominator) === undefined;
  return new Map<MetricId, ReferenceChoice>(
    bases.map((m) => [m, chooseReference(m, groups, config.reference, explicit, config.minGroupSize, isEligibleFor(m))]),
  );
}

/** The disparity with its interval and test; the reference itself is compared with nothing and gets neither. */
function withComparison(id: DisparityId, d: DisparityResult, groupKey: string, at: AttributeTally, settings: IntervalSettings & { isScoreKsTested: boolean }): DisparityResult {
  const { z } = settings;
  if (isDistributionDisparity(id)) {
    if (d.reference === null) return d;
    const tallyOf = (key: string) => (key === OVERALL_GROUP ? at.total : at.groups.get(key)!.tally);
    const compared = { group: tallyOf(groupKey), reference: tallyOf(d.reference), population: at.total, isOverall: d.reference === OVERALL_GROUP, isSelf: d.reference === groupKey };
    return distributionComparison(id, d, compared, settings);
  }
  const base = DISPARITIES[id].bases[0] as MetricId;
  if (d.reference === null || d.reference === groupKey || rateCounts(base, at.total) === undefined) return d;
  if (d.reference !== OVERALL_GROUP && !at.groups.has(d.reference)) return d;
  const countsOf = (key: string) => rateCounts(base, key === OVERALL_GROUP ? at.total : at.groups.get(key)!.tally)!;
  return withStatistics(id, d, { group: countsOf(groupKey), reference: countsOf(d.reference), isOverall: d.reference === OVERALL_GROUP }, z);
}

function disparityOf(
  id: DisparityId,
  g: GroupResult,
  choices: ReadonlyMap<MetricId, ReferenceChoice>,
  lookup: (key: string | null) => GroupResult | undefined,
): DisparityResult {
  const { bases, kind } = DISPARITIES[id];
  const refs = bases.map((b) => lookup(choices.get(b)!.key));
  const first = choices.get(bases[0]!)!.key;
  const value = refs.some((r) => r === undefined)
    ? null
    : compareValues(
        kind,
        bases.map((b) => g.metrics[b] ?? null),
        bases.map((b, i) => refs[i]!.metrics[b] ?? null),
      );
  const result: DisparityResult = { value, reference: first };
  if (bases.length > 1) result.references = Object.fromEntries(bases.map((b) => [b, choices.get(b)!.key]));
  return result;
}
