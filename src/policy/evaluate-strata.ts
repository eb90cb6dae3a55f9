import type { AuditConfig, Rule } from '../model/config.js';
import type { AttributeResult, GroupResult } from '../model/audit-result.js';
import type { Finding, FindingReason } from '../model/finding.js';
import type { StrataAttribute, StrataGroup } from '../model/split-sections.js';
import { isStratified, type StratifiedId } from '../model/split-settings.js';
import { findGroup } from '../metrics/group-index.js';
import { boundOf, hasThresholdBound, isWithinBound } from './bounds.js';
import { breachReason, toFinding } from './evaluate.js';

const REST = '(rest)';

/** The value a stratified rule judges, the group it is compared with, and its statistics. */
function statisticsOf(metric: StratifiedId, g: StrataGroup): Pick<Finding, 'value' | 'reference' | 'interval' | 'pValue' | 'pValueAdjusted'> {
  if (metric === 'cdd') {
    return { value: g.cdd, reference: REST, ...(g.cddPValue !== undefined ? { pValue: g.cddPValue, pValueAdjusted: g.cddPValueAdjusted! } : {}) };
  }
  const value = metric === 'mh_odds_ratio' ? g.mhOddsRatio : g.standardisedRateRatio;
  const tested = g.pValue !== undefined ? { pValue: g.pValue, pValueAdjusted: g.pValueAdjusted! } : {};
  return { value, reference: g.reference, ...(metric === 'mh_odds_ratio' && g.interval ? { interval: g.interval } : {}), ...tested };
}

/** Rows of the comparison: a group's, or every other row of the attribute. */
function comparisonRows(attribute: AttributeResult, group: GroupResult, reference: string): number {
  if (reference !== REST) return findGroup(attribute.groups, reference)?.n ?? 0;
  return attribute.n - (group.n ?? 0);
}

/** The reason no verdict is possible, as for the other rules: small group, no or small comparison, undefined value. */
function blocked(attribute: AttributeResult, group: GroupResult, facts: ReturnType<typeof statisticsOf>, minGroupSize: number): FindingReason | undefined {
  if (group.n === null || group.n < minGroupSize) return 'small-group';
  if (facts.reference === null || facts.reference === undefined) return 'no-reference';
  if (comparisonRows(attribute, group, facts.reference) < minGroupSize) return 'small-reference';
  return facts.value === null ? 'undefined-value' : undefined;
}

/**
 * The rules on stratified statistics (`cdd`, `mh_odds_ratio`,
 * `standardised_rate_ratio`), per attribute and group, with the verdict
 * machinery of the other rules: minimum group size, inconclusive when
 * undefined, `require: significant` on the Holm-adjusted Cochran–Mantel–Haenszel
 * p-value, `bound: upper` on the Mantel–Haenszel interval.
 */
export function evaluateStrataRules(strata: readonly StrataAttribute[], judged: readonly AttributeResult[], config: Readonly<AuditConfig>): Finding[] {
  const rules = config.rules.filter((r): r is Rule & { metric: StratifiedId } => isStratified(r.metric) && hasThresholdBound(r));
  const findings: Finding[] = [];
  for (const section of strata) {
    const attribute = judged.find((a) => a.name === section.attribute)!;
    for (const g of section.groups) {
      const group = findGroup(attribute.groups, g.key)!;
      for (const rule of rules) {
        if (rule.attributes && !rule.attributes.includes(attribute.name)) continue;
        const facts = statisticsOf(rule.metric, g);
        const reason = blocked(attribute, group, facts, config.minGroupSize) ?? (isWithinBound(facts.value!, rule) ? 'within-bound' : breachReason(rule, facts.interval, facts.pValueAdjusted, config.alpha));
        findings.push(toFinding(rule, attribute, group, { ...facts, bound: boundOf(rule), reason }));
      }
    }
  }
  return findings;
}
