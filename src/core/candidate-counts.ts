import { CANDIDATE_FIELDS, type CandidateTally } from './candidate-tally.js';

const WIDTH = CANDIDATE_FIELDS.length; // selected, both, tp

/**
 * The candidate model's counts of a group store's groups (`--candidate`), in
 * one typed array made at the first row with a candidate: a run without one
 * pays a null check per row and writes nothing.
 */
export interface CandidateCounts {
  add(group: number, candidate: 0 | 1, decision: 0 | 1 | null, label: 0 | 1 | null): void;
  /** the group's counts; undefined when the store never saw a candidate */
  tally(group: number): CandidateTally | undefined;
  /** adds group `from` of `source` to `group` */
  absorb(group: number, source: CandidateCounts, from: number): void;
}

const arrays = new WeakMap<CandidateCounts, () => Float64Array | null>();

export function createCandidateCounts(): CandidateCounts {
  let counts: Float64Array | null = null;
  const reach = (g: number): Float64Array => {
    if (counts === null || WIDTH * g >= counts.length) {
      const grown = new Float64Array(WIDTH * Math.max(8, 2 * (g + 1), counts ? (2 * counts.length) / WIDTH : 0));
      if (counts) grown.set(counts);
      counts = grown;
    }
    return counts;
  };
  const self: CandidateCounts = {
    add(g, candidate, decision, label) {
      const a = reach(g);
      if (candidate !== 1) return;
      const c = WIDTH * g;
      a[c]! += 1;
      if (decision === 1) a[c + 1]! += 1;
      if (label === 1) a[c + 2]! += 1;
    },
    tally(g) {
      if (counts === null) return undefined;
      const c = WIDTH * g;
      const at = (j: number) => (c + j < counts!.length ? counts![c + j]! : 0);
      return { selected: at(0), both: at(1), tp: at(2) };
    },
    absorb(g, source, from) {
      const theirs = arrays.get(source)!();
      if (theirs === null) return;
      const a = reach(g);
      for (let j = 0; j < WIDTH; j++) a[WIDTH * g + j]! += WIDTH * from + j < theirs.length ? theirs[WIDTH * from + j]! : 0;
    },
  };
  arrays.set(self, () => counts);
  return self;
}
