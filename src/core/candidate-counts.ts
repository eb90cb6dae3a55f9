import { CANDIDATE_FIELDS } from './candidate-tally.js';
import type { SideCounts } from './side-counts.js';

const WIDTH = CANDIDATE_FIELDS.length; // selected, both, tp

/**
 * The candidate model's counts of a group store's groups (`--candidate`), in
 * one typed array made at the first row with a candidate: a run without one
 * pays a null check per row and writes nothing.
 */
export function createCandidateCounts(): SideCounts {
  let counts: Float64Array | null = null;
  const reach = (g: number): Float64Array => {
    if (counts === null || WIDTH * g >= counts.length) {
      const grown = new Float64Array(WIDTH * Math.max(8, 2 * (g + 1), counts ? (2 * counts.length) / WIDTH : 0));
      if (counts) grown.set(counts);
      counts = grown;
    }
    return counts;
  };
  const self: SideCounts & { counts(): Float64Array | null } = {
    family: 'candidate',
    counts: () => counts,
    add(g, row) {
      if (row.candidate === null) return;
      const a = reach(g);
      if (row.candidate !== 1) return;
      const c = WIDTH * g;
      a[c]! += 1;
      if (row.decision === 1) a[c + 1]! += 1;
      if (row.label === 1) a[c + 2]! += 1;
    },
    fill(g, t) {
      if (counts === null) return;
      const c = WIDTH * g;
      const at = (j: number) => (c + j < counts!.length ? counts![c + j]! : 0);
      t.candidate = { selected: at(0), both: at(1), tp: at(2) };
    },
    absorb(g, source, from) {
      const theirs = (source as typeof self).counts();
      if (theirs === null) return;
      const a = reach(g);
      for (let j = 0; j < WIDTH; j++) a[WIDTH * g + j]! += WIDTH * from + j < theirs.length ? theirs[WIDTH * from + j]! : 0;
    },
  };
  return self;
}
