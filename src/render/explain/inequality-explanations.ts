import type { InequalityId } from '../../model/benefit-inequality.js';
import type { Explanation } from './types.js';

/** The inequality of benefit (with a decision and a label), keyed like INEQUALITY_IDS (completeness is typed). */
export const INEQUALITY_EXPLANATIONS: Record<InequalityId, Explanation & { title: string; short: string }> = {
  generalized_entropy: {
    title: 'generalized entropy index of benefit',
    short: 'GE(α) = Σ_i ((b_i/μ)^α − 1) / (n·α(α − 1)), b = ŷ − y + 1',
    formula:
      'each row\'s benefit b = ŷ − y + 1 is 0 for a false negative, 1 for a correct decision, 2 for a false positive; with μ the mean benefit over the attribute\'s n rows, ' +
      'GE(α) = Σ_i ((b_i/μ)^α − 1) / (n·α(α − 1)) for α ∉ {0, 1}; α = 1 (Theil): Σ_i ln((b_i/μ)^b_i) / (n·μ); α = 0: −Σ_i ln(b_i/μ) / (n·μ) — ' +
      'AIF360\'s generalized_entropy_index, including its extra division by μ at α = 0 and 1. α is --entropy-alpha (config entropyAlpha), 2 by default.',
    meaning:
      'How unequally the model\'s errors fall on individuals (Speicher et al., "A unified approach to quantifying algorithmic unfairness", KDD 2018): 0 when every row gets the same benefit; ' +
      'larger when some rows are wrongly refused (benefit 0) and others wrongly granted (benefit 2). It measures the whole attribute, not a group: one value per attribute, on its rows ' +
      '(the same for every attribute unless --missing drop leaves rows out). It comes from the confusion counts alone, so aggregates, their merge and fairgate sql give it exactly. ' +
      'It has no interval and no test: a rule on it is judged on its value (a point rule), and fails when the value is beyond the bound.',
    undefinedWhen: 'the attribute has no row with a decision and a label, or every row is a false negative (μ = 0); at α ≤ 0 also when any row is a false negative (AIF360 gives +∞), so a rule on it is inconclusive',
    example: 'generalized_entropy<=0.2',
  },
  between_group_entropy: {
    title: 'between-group generalized entropy of benefit',
    short: 'GE(α) of the rows\' group mean benefits',
    formula:
      'every row\'s benefit b = ŷ − y + 1 replaced by its group\'s mean benefit, then GE(α) of those values (see generalized_entropy) — ' +
      'AIF360\'s between_group_generalized_entropy_error over all the attribute\'s groups (its between_all_groups_generalized_entropy_index).',
    meaning:
      'The part of the inequality of benefit that lies between the attribute\'s groups rather than within them: 0 when every group has the same mean benefit, ' +
      'so it grows when one group is wrongly refused (or wrongly granted) more often than another. The report gives its share of the whole GE. ' +
      'One value per attribute; no interval and no test: a point rule. Under small-cell suppression an attribute with a hidden group does not publish it (it would tell the hidden group\'s mean).',
    undefinedWhen: 'as generalized_entropy, or withheld by small-cell suppression',
    context: ['Speicher et al. show that lowering the between-group part can raise the within-group part: read both numbers together.'],
    example: 'between_group_entropy<=0.01',
  },
};
