/**
 * Poisson(1) bootstrap weights from a counter-based generator: the weight of
 * row i in replicate r is a pure function of (seed, i, r), so a run is
 * reproducible, rows can be folded in any grouping, and tallies of shards
 * merge into the tally of the whole as long as each row keeps its index
 * (see docs/statistics.md, "Bootstrap"). Poisson(1) weights are the
 * streaming form of resampling n rows with replacement (Hanley & MacGibbon,
 * Comput. Stat. Data Anal. 51 (2006) 3999–4009; Chamandy et al., "Estimating
 * uncertainty for massive data streams", Google 2012).
 */

/** 32-bit integer hash with full avalanche ("lowbias32", C. Wellons' hash prospector). */
export function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** ⌊2³²·P(W ≤ k)⌋ for W ~ Poisson(1), k = 0, 1, …, while it is below 2³². */
const THRESHOLDS: readonly number[] = (() => {
  const out: number[] = [];
  let term = Math.exp(-1);
  let cdf = 0;
  for (let k = 0; ; k++) {
    cdf += term;
    term /= k + 1;
    const t = Math.floor(cdf * 2 ** 32);
    if (t >= 2 ** 32) return out;
    out.push(t);
  }
})();

/** W ~ Poisson(1) by inversion of a uniform 32-bit integer u. */
export function poissonOne(u: number): number {
  let k = 0;
  while (k < THRESHOLDS.length && u >= THRESHOLDS[k]!) k++;
  return k;
}

/** A generator of per-row weight vectors for `replicates` replicates under `seed`. */
export interface WeightSource {
  replicates: number;
  /** fills `out` (length = replicates) with the weights of the row at 0-based index `row` */
  fill(row: number, out: Uint8Array): void;
}

export function createWeightSource(seed: number, replicates: number): WeightSource {
  const seedKey = mix32(seed ^ 0x5bd1e995);
  const replicateKeys = Uint32Array.from({ length: replicates }, (_, r) => mix32(Math.imul(r + 1, 0x9e3779b9)));
  return {
    replicates,
    fill(row, out) {
      // Row indices above 2³² (files of billions of rows) keep distinct keys through the high word.
      const rowKey = mix32(mix32(seedKey ^ row) ^ Math.floor(row / 2 ** 32));
      for (let r = 0; r < replicates; r++) out[r] = poissonOne(mix32(rowKey ^ replicateKeys[r]!));
    },
  };
}
