/**
 * Rows by their benefit b = ŷ − y + 1 (Speicher et al., KDD 2018): 0 for a
 * false negative, 1 for a correct decision, 2 for a false positive.
 */
export interface BenefitCounts {
  /** false negatives (b = 0) */
  zero: number;
  /** true positives and true negatives (b = 1) */
  one: number;
  /** false positives (b = 2) */
  two: number;
}

/** Benefit counts from a confusion table. */
export function benefitCounts(c: { tp: number; fp: number; tn: number; fn: number }): BenefitCounts {
  return { zero: c.fn, one: c.tp + c.tn, two: c.fp };
}

/**
 * AIF360's generalized entropy index of values v with multiplicities w
 * (aif360.sklearn.metrics.generalized_entropy_index, read from its source),
 * with μ the weighted mean and n = Σw:
 *
 *   α ∉ {0, 1}:  GE = Σ w·((v/μ)^α − 1) / (n·α(α − 1))
 *   α = 1 (Theil):  GE = Σ w·ln((v/μ)^v) / (n·μ)   — (v/μ)^v = 1 at v = 0, so zeros add 0
 *   α = 0:  GE = −Σ w·ln(v/μ) / (n·μ)               — +∞ when any v is 0, as numpy gives
 *
 * The α = 0 and α = 1 forms divide by μ once more than the textbook mean log
 * deviation and Theil index (T. Speicher et al., "A unified approach to
 * quantifying algorithmic unfairness", KDD 2018, eq. 2); this follows AIF360's
 * code, which is what its users compare with. Null when n = 0 or μ = 0.
 */
function entropyOf(values: readonly number[], weights: readonly number[], alpha: number): number | null {
  let n = 0;
  let total = 0;
  values.forEach((v, i) => ((n += weights[i]!), (total += weights[i]! * v)));
  if (!(n > 0)) return null;
  const mu = total / n;
  if (!(mu > 0)) return null;
  let sum = 0;
  values.forEach((v, i) => {
    const w = weights[i]!;
    if (w === 0) return;
    if (alpha === 0) sum += w * -Math.log(v / mu);
    else if (alpha === 1) sum += v === 0 ? 0 : w * v * Math.log(v / mu);
    else sum += w * ((v / mu) ** alpha - 1);
  });
  if (alpha === 0 || alpha === 1) return sum / n / mu;
  return sum / n / (alpha * (alpha - 1));
}

/** GE(α) of the benefit over all rows: AIF360's `generalized_entropy_error(y_true, y_pred, alpha)`. α = 2 by default. */
export function generalizedEntropyIndex(c: BenefitCounts, alpha = 2): number | null {
  return entropyOf([0, 1, 2], [c.zero, c.one, c.two], alpha);
}

/**
 * The between-group component: every row's benefit replaced by its group's
 * mean benefit, then GE(α) of that — AIF360's
 * `between_group_generalized_entropy_error(y_true, y_pred, prot_attr, alpha=α)`
 * with one entry per group (for its `priv_group=` form, pass two: the
 * privileged group and everyone else). Groups must be disjoint; empty groups
 * are ignored. Null when there are no rows or no benefit at all.
 */
export function betweenGroupGeneralizedEntropy(groups: readonly BenefitCounts[], alpha = 2): number | null {
  const means: number[] = [];
  const sizes: number[] = [];
  for (const g of groups) {
    const n = g.zero + g.one + g.two;
    if (n === 0) continue;
    means.push((g.one + 2 * g.two) / n);
    sizes.push(n);
  }
  return entropyOf(means, sizes, alpha);
}
