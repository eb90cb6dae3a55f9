import type { MetricId, DisparityId } from '../../model/vocabulary.js';

/** What `fairgate explain <metric>` says about a metric: data, which the explain command renders. */
export interface MetricDoc {
  formula: string;
  meaning: string;
  /** when the value is null */
  undefinedWhen: string;
  sources?: string[];
}

const SINGH_JOACHIMS = 'A. Singh, T. Joachims, "Fairness of Exposure in Rankings", KDD 2018';
const JARVELIN = 'K. Järvelin, J. Kekäläinen, "Cumulated gain-based evaluation of IR techniques" (the log2 position discount), ACM TOIS 2002';

type RankingKey = Extract<MetricId, 'exposure' | 'exposure_share' | 'population_share' | 'selection_at_k' | 'relevant_exposure' | 'relevant_exposure_share' | 'relevant_share'> | Extract<DisparityId, 'exposure_ratio' | 'relevant_exposure_ratio' | 'selection_at_k_ratio'>;

/** Ranked outputs (`--rank <col>`, 1 = top; `--list <col>`; `--k`, default 10; `--label` marks relevant rows). */
export const RANKING_DOCS = {
  exposure: {
    formula: 'exposure_g = (1/n_g) · Σ_{rows of g} 1/log2(1 + rank)',
    meaning: 'The attention a group receives per row: position 1 counts 1, position 2 0.63, position 3 0.5, position 10 0.29 (the DCG discount). With --list, rank is the position within the row\'s own list.',
    undefinedWhen: 'the group has no ranked rows',
    sources: [SINGH_JOACHIMS, JARVELIN],
  },
  exposure_share: {
    formula: 'Σ exposure of g / Σ exposure of every row of the attribute',
    meaning: "The group's share of all attention. Compare it with population_share (its share of the ranked rows) and, with --label, with relevant_share: parity means the shares match.",
    undefinedWhen: 'no row has exposure',
    sources: [SINGH_JOACHIMS],
  },
  population_share: {
    formula: 'n_g / n of the attribute',
    meaning: "The group's share of the ranked rows, pooled over every list (each list contributes its rows; it is not a mean of per-list shares). exposure_share / population_share = exposure_g / exposure of the whole attribute.",
    undefinedWhen: 'the attribute has no rows',
  },
  selection_at_k: {
    formula: '#(rows of g with rank ≤ k) / n_g',
    meaning: 'How often the group is placed in the top k of its list (shown above the fold, shortlisted). A proportion: it has a Wilson interval, and minDenominator.selection_at_k can set a floor of ranked rows.',
    undefinedWhen: 'the group has no ranked rows',
  },
  relevant_exposure: {
    formula: 'Σ_{relevant rows of g} 1/log2(1 + rank) / #(relevant rows of g)',
    meaning: 'The attention the relevant rows (--label = 1) of a group receive: the ranking analogue of the true positive rate (equal opportunity of exposure).',
    undefinedWhen: 'the group has no relevant row',
    sources: [SINGH_JOACHIMS],
  },
  relevant_exposure_share: {
    formula: 'Σ exposure of the relevant rows of g / Σ exposure of all relevant rows',
    meaning: "The group's share of the attention given to relevant rows; relevant_exposure_share / relevant_share = relevant_exposure_g / relevant_exposure of the whole attribute.",
    undefinedWhen: 'no relevant row has exposure',
  },
  relevant_share: {
    formula: '#(relevant rows of g) / #(relevant rows)',
    meaning: "The group's share of the relevant rows: what exposure_share would be if attention followed relevance (Singh & Joachims' exposure proportional to relevance).",
    undefinedWhen: 'there is no relevant row',
    sources: [SINGH_JOACHIMS],
  },
  exposure_ratio: {
    formula: 'exposure_g / exposure_r',
    meaning: "A group's mean exposure against the reference group's (by default the group with the highest exposure); 1 is parity, and a rule such as exposure_ratio >= 0.8 carries the four-fifths idea to rankings.",
    undefinedWhen: 'the reference has no exposure, or no group qualifies as reference',
  },
  relevant_exposure_ratio: {
    formula: 'relevant_exposure_g / relevant_exposure_r',
    meaning: "Exposure of a group's relevant rows against the reference's: do equally relevant items get equal attention?",
    undefinedWhen: 'either group has no relevant row',
  },
  selection_at_k_ratio: {
    formula: 'selection_at_k_g / selection_at_k_r',
    meaning: 'The impact ratio of "placed in the top k", with a Katz interval and the same Fisher-or-z test as the selection rate (Holm-adjusted with the others), so rules on it accept require: significant.',
    undefinedWhen: 'the reference has no row in the top k',
  },
} as const satisfies Record<RankingKey, MetricDoc>;
