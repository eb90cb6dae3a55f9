import { CONSENT_FIELDS, CONSENT_UNKNOWN, emptyConsentTally, OPTED_OUT } from './consent-tally.js';
import type { SideCounts } from './side-counts.js';

const WIDTH = CONSENT_FIELDS.length; // opted out, unknown, selected ∧ opted out, selected ∧ unknown

/**
 * The consent counts (consent-tally.ts) of a group store's groups
 * (`--consent`), in one typed array: an opted-in row writes nothing, an
 * opted-out or unknown one its count and, when selected, its selected count.
 */
export function createConsentCounts(): SideCounts {
  let counts = new Float64Array(WIDTH * 8);
  const reach = (g: number) => {
    if (WIDTH * g < counts.length) return;
    const grown = new Float64Array(Math.max(2 * counts.length, WIDTH * (g + 1)));
    grown.set(counts);
    counts = grown;
  };
  const self: SideCounts & { counts(): Float64Array } = {
    family: 'consent',
    counts: () => counts,
    add(g, row) {
      if (row.consent === null) return;
      const at = row.consent === OPTED_OUT ? 0 : row.consent === CONSENT_UNKNOWN ? 1 : -1;
      if (at < 0) return;
      reach(g);
      counts[WIDTH * g + at]! += 1;
      if (row.decision === 1) counts[WIDTH * g + at + 2]! += 1;
    },
    absorb(g, source, from) {
      const theirs = (source as typeof self).counts();
      if (WIDTH * from >= theirs.length) return;
      reach(g);
      for (let j = 0; j < WIDTH; j++) counts[WIDTH * g + j]! += theirs[WIDTH * from + j]!;
    },
    fill(g, t) {
      const c = emptyConsentTally();
      if (WIDTH * g < counts.length) CONSENT_FIELDS.forEach((f, j) => (c[f] = counts[WIDTH * g + j]!));
      t.consent = c;
    },
  };
  return self;
}
