/**
 * Per map size d, the bytes per entry summed over the exact maps of that
 * size: the exact budget's record (exact-budget.ts), changed on every new
 * entry of every map. Sizes below 2^18 sit in a typed array grown on demand
 * (an indexed add, where a Map update per new score was a tenth of a 1M-row
 * audit); larger ones, which few maps reach before the budget sends them to
 * their grid, in a Map.
 */
export interface SizeLevels {
  /** adds `bytes` (negative: removes) at size d; d = 0 is not kept */
  add(d: number, bytes: number): void;
  get(d: number): number;
  /** removes size d, returning what it held */
  take(d: number): number;
  /** every size that holds bytes, with them */
  entries(): [d: number, bytes: number][];
}

const DENSE = 2 ** 18;

export function createSizeLevels(): SizeLevels {
  let dense = new Int32Array(1024);
  const sparse = new Map<number, number>();
  return {
    add(d, bytes) {
      if (d === 0) return;
      if (d < DENSE) {
        if (d >= dense.length) {
          const grown = new Int32Array(Math.min(DENSE, Math.max(2 * dense.length, d + 1)));
          grown.set(dense);
          dense = grown;
        }
        dense[d]! += bytes;
        return;
      }
      const next = (sparse.get(d) ?? 0) + bytes;
      if (next === 0) sparse.delete(d);
      else sparse.set(d, next);
    },
    get: (d) => (d < DENSE ? (dense[d] ?? 0) : (sparse.get(d) ?? 0)),
    take(d) {
      if (d < DENSE) {
        const held = dense[d] ?? 0;
        if (d < dense.length) dense[d] = 0;
        return held;
      }
      const held = sparse.get(d) ?? 0;
      sparse.delete(d);
      return held;
    },
    entries() {
      const out: [number, number][] = [];
      for (let d = 1; d < dense.length; d++) if (dense[d] !== 0) out.push([d, dense[d]!]);
      return [...out, ...sparse];
    },
  };
}
