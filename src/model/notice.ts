import type { PrivacySummary } from './sections.js';

/** Kinds of direct identifier (GDPR Art. 4(1): data that names a person without other information). */
export type IdentifierKind = 'name' | 'email' | 'phone' | 'address' | 'date-of-birth' | 'ip-address' | 'national-id' | 'record-id';

/** A group of an audited attribute (`gender=Female`). */
export interface GroupRef {
  attribute: string;
  group: string;
}

/**
 * The arguments of each notice, by its code: the facts its sentence states,
 * no prose (render/prose/notice-sentence.ts words them). A new kind of notice
 * is a new entry here and its sentence there; neither compiles without the other.
 */
export interface NoticeArgs {
  /** rows left out of the whole audit (an empty decision, label, score, rank or list cell), by reason in the order counted */
  'rows-dropped': { rowsRead: number; dropped: { reason: string; count: number }[] };
  /** a value listed as positive (`flag`) that never occurs in its column, and the values that do */
  'unused-positive-value': { flag: string; value: string; column: string; valuesFound: string[] };
  /** the config has no rule, so nothing was judged */
  /** the inputs the run has, so the sentence can name rules that apply to them */
  'no-rules': { inputs: RuleInput[] };
  /** what small-cell suppression hid: the report's privacy section */
  'suppressed-groups': PrivacySummary;
  /** unused columns that look like direct identifiers, by header or by the values of the first `sampleRows` rows */
  'identifier-columns': { columns: { name: string; kind: IdentifierKind; by: 'header' | 'values' }[]; sampleRows: number };
  /** ranked lists whose largest rank exceeds their rows (`list`: the list column, null for one list) */
  'incomplete-lists': { list: string | null; lists: number; incompleteLists: number };
  /** a top-k cut-off that selects more than k rows because of ties at the cut-off score */
  'selection-ties': { tiedAtCutoff: number; cutoff: number | null; selected: number; k: number };
  /** groups seen in only one of the baseline (`side: 'baseline'`) and this audit (`side: 'current'`) */
  'baseline-groups': { file: string; side: 'baseline' | 'current'; groups: GroupRef[] };
  /** rules with a regression bound, not judged for want of `--baseline` */
  'no-baseline': { rules: string[] };
  /**
   * groups whose AUC is on the score grid (`gridStep`: more than `exactLimit` distinct score and label pairs, the limit the
   * run's exact-map budget of `exactMemoryMB` gave), each with its bound on the distance to the exact AUC (`attribute` null: the whole population)
   */
  'auc-approximate': { gridStep: number; exactLimit: number; exactMemoryMB?: number; groups: { attribute: string | null; group: string; maxError: number }[] };
  /**
   * groups whose outcomes are on the relative grid (`relativeError`: more than `exactLimit` distinct values, the limit the run's
   * exact-map budget of `exactMemoryMB` gave), each with the largest move of one of its values (`maxShift`); each statistic's bound is in the JSON
   */
  'outcome-approximate': { relativeError: number; exactLimit: number; exactMemoryMB: number; groups: { attribute: string | null; group: string; maxShift: number }[] };
  /** strata of the legitimate factors with fewer than `minGroupSize` rows: counted, kept in every statistic (`rows` null when a hidden stratum is among them) */
  'small-strata': { columns: string[]; count: number; strata: number; rows: number | null; minGroupSize: number };
  /** a group whose crude comparison and comparison within the strata point in opposite directions (Simpson's paradox) */
  'simpsons-paradox': {
    attribute: string;
    group: string;
    /** the group compared with, `(rest)` for every other row, null when only the demographic disparity reversed */
    reference: string | null;
    columns: string[];
    crudeRateRatio: number | null;
    mhOddsRatio: number | null;
    standardisedRateRatio: number | null;
    crudeDd: number | null;
    cdd: number | null;
  };
  /** group values of `attribute` that differ only in Unicode normalisation or invisible characters, audited separately */
  'look-alike-groups': { attribute: string; keys: string[] };
  /** an attribute of one column whose groups (more than 20) are all numbers, and edges at the quintiles of its rows for --bins */
  'numeric-attribute': { attribute: string; groups: number; suggestedEdges: number[] };
  /** with `normalizeValues`: the group keys `from` counted as `into` */
  'normalized-groups': { attribute: string; into: string; from: string[] };
  /** the statistics do not say which audited columns nest in which, so suppression protected only against the published totals */
  'nesting-unknown': Record<string, never>;
  /** audited attributes whose every group lies inside one group of another, whose sums suppression protected against too */
  'nested-attributes': { nestings: { child: string; parent: string }[] };
  /** whether opting out (`--consent`) differs across an attribute's groups: Pearson's chi-square over the published groups, and the group with the highest share */
  'consent-opt-out': { attribute: string; groups: number; chiSquare: number; df: number; pValue: number; alpha: number; overallShare: number; highest: { group: string; share: number } };
}

export type NoticeCode = keyof NoticeArgs;

/** Something a reader of the report should know that is not a finding: a code and its arguments (one member per code). */
export type Notice = { [C in NoticeCode]: { code: C; args: NoticeArgs[C] } }[NoticeCode];

/** What a run without rules measured, for the rules the no-rules notice suggests. */
export type RuleInput = 'decision' | 'label' | 'score' | 'outcome' | 'classes';
