import type { AttributeTally } from '../core/types.js';
import { confusion } from '../core/tally.js';
import type { Capabilities } from '../model/capabilities.js';
import { DEFAULT_ENTROPY_ALPHA, type BenefitInequality } from '../model/benefit-inequality.js';
import { benefitCounts, betweenGroupGeneralizedEntropy, generalizedEntropyIndex } from '../stats/generalized-entropy.js';

/** A finite value, or null: AIF360's +∞ (α ≤ 0 with a zero benefit) is no value a bound can be checked against in JSON. */
function finite(v: number | null): number | null {
  return v !== null && Number.isFinite(v) ? v : null;
}

/**
 * GE(α) of the benefit over the attribute's rows and its between-group part,
 * from the groups' confusion counts (the tally's sufficient statistics, so an
 * aggregate, a merge of aggregates and a `fairgate sql` result give the same
 * values). Undefined without both a decision and a label.
 */
export function benefitInequality(at: AttributeTally, caps: Capabilities, alpha = DEFAULT_ENTROPY_ALPHA): BenefitInequality | undefined {
  if (!caps.hasDecision || !caps.hasLabel) return undefined;
  // in key order: the float sums then do not depend on the order the groups were first seen (a file, a merge, a SQL result)
  const groups = [...at.groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((g) => benefitCounts(confusion(g.tally)));
  const all = benefitCounts(confusion(at.total));
  return {
    alpha,
    generalizedEntropy: finite(generalizedEntropyIndex(all, alpha)),
    betweenGroup: finite(betweenGroupGeneralizedEntropy(groups, alpha)),
    rows: at.total.n,
  };
}
