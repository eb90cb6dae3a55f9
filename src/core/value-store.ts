import type { ExactBudget } from './exact-budget.js';
import { absorbValueAccumulator, addToValueAccumulator, emptyValueAccumulator, valueHistogramOfAccumulator, type ValueAccumulator } from './value-accumulator.js';
import type { ValueHistogram } from './value-histogram.js';

/** Which value maps a run keeps per group: the outcome's (`--outcome`), and the score's when there is no label (with a label, the AUC map holds the scores). */
export interface ValueKinds {
  outcome: boolean;
  scores: boolean;
}

/** What a row gives the value maps (set once per row, shared by its groups). */
export interface RowValues {
  outcome: number | null;
  /** scoreHash(outcome) */
  outcomeHash: number;
  score: number | null;
  /** scoreHash(score) */
  hash: number;
}

/** The value maps of a group store, indexed by the same dense group id. */
export interface ValueStore {
  add(group: number, row: RowValues): void;
  absorb(group: number, source: ValueStore, from: number): void;
  /** the group's maps as tally fields (on the grid when the budget's limit has passed them) */
  histograms(group: number): { outcome?: ValueHistogram; scores?: ValueHistogram };
}

const stores = new WeakMap<ValueStore, { outcome: ValueAccumulator[]; scores: ValueAccumulator[] }>();

/** null when the run keeps no value map. */
export function createValueStore(kinds: ValueKinds, budget: ExactBudget): ValueStore | null {
  if (!kinds.outcome && !kinds.scores) return null;
  const outcome: ValueAccumulator[] = [];
  const scores: ValueAccumulator[] = [];
  const reach = (g: number) => {
    while (outcome.length <= g && kinds.outcome) outcome.push(emptyValueAccumulator());
    while (scores.length <= g && kinds.scores) scores.push(emptyValueAccumulator());
  };
  const store: ValueStore = {
    add(g, row) {
      reach(g);
      if (kinds.outcome && row.outcome !== null) addToValueAccumulator(outcome[g]!, row.outcome, row.outcomeHash, budget);
      if (kinds.scores && row.score !== null) addToValueAccumulator(scores[g]!, row.score, row.hash, budget);
    },
    absorb(g, source, from) {
      reach(g);
      const theirs = stores.get(source)!;
      if (kinds.outcome && from < theirs.outcome.length) absorbValueAccumulator(outcome[g]!, theirs.outcome[from]!, budget);
      if (kinds.scores && from < theirs.scores.length) absorbValueAccumulator(scores[g]!, theirs.scores[from]!, budget);
    },
    histograms(g) {
      reach(g);
      return {
        ...(kinds.outcome ? { outcome: valueHistogramOfAccumulator(outcome[g]!, budget.limit) } : {}),
        ...(kinds.scores ? { scores: valueHistogramOfAccumulator(scores[g]!, budget.limit) } : {}),
      };
    },
  };
  stores.set(store, { outcome, scores });
  return store;
}
