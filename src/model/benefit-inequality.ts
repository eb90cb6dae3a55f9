/**
 * Inequality of benefit (Speicher et al., KDD 2018): with a decision and a
 * label every row has a benefit b = ŷ − y + 1 (0 for a false negative, 1 when
 * correct, 2 for a false positive). Two statistics per attribute, judged by
 * rules like the other metrics (`generalized_entropy<=0.2`,
 * `between_group_entropy<=0.01`): the generalized entropy index GE(α) over
 * the attribute's rows, and its between-group component over the attribute's
 * groups. They have no interval and no test: a rule on them is a point rule.
 */
export type InequalityId = 'generalized_entropy' | 'between_group_entropy';
export const INEQUALITY_IDS: readonly InequalityId[] = ['generalized_entropy', 'between_group_entropy'];

export function isInequality(metric: string): metric is InequalityId {
  return (INEQUALITY_IDS as readonly string[]).includes(metric);
}

/** α of GE(α) when the config does not give `entropyAlpha` (half the squared coefficient of variation). */
export const DEFAULT_ENTROPY_ALPHA = 2;

/** The two statistics of one attribute, as reports publish them. */
export interface BenefitInequality {
  alpha: number;
  /** GE(α) of the benefit over the attribute's rows; null when undefined (no rows, no benefit, or infinite: α ≤ 0 with a false negative) */
  generalizedEntropy: number | null;
  /** GE(α) of the rows' group mean benefits; null when undefined, or withheld because a group is hidden by small-cell suppression */
  betweenGroup: number | null;
  /** rows behind both (those with a decision and a label) */
  rows: number;
}
