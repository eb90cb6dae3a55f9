/**
 * Functional dependencies among the audited group columns, found during the
 * fold: for an ordered pair of columns (from, to), the one value of `to` that
 * each value of `from` occurs with. When every value of `from` occurs with a
 * single value of `to`, `from` nests in `to` (a county in its state; a
 * precomputed `race_sex` column in `race` and in `sex`), and the groups of an
 * attribute over `from` add up to the groups over `to`: a linear relation a
 * reader who knows the schema has, which small-cell suppression must respect.
 *
 * A pair stays tracked while no non-empty value of `from` has occurred with
 * two values of `to`; it is dropped at the first such row, so in most data
 * every pair is gone after a few rows and the fold pays nothing per row. The
 * empty cell may occur with several values (recorded as null) without ending
 * the pair. What is kept is a function of the set of (from, to) value pairs
 * seen, so the results of threads and shards merge by union, exactly.
 */
export interface ColumnDependency {
  from: string;
  to: string;
  /** each value of `from` seen ('' = an empty cell) → the one value of `to` it occurred with, or null when several */
  values: Map<string, string | null>;
}

export interface DependencyTracker {
  /** one row: the value id of each group column */
  observe(ids: Int32Array): void;
  /** the pairs still tracked, by column name, with the value texts (`texts[column][id]`) */
  finish(names: readonly string[], texts: readonly (readonly string[])[]): ColumnDependency[];
}

const UNSEEN = 0;
const SEVERAL = -1;
const NONE = new Int32Array(0);

export function createDependencyTracker(columns: number): DependencyTracker {
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < columns; i++) for (let j = 0; j < columns; j++) if (i !== j) from.push(i), to.push(j);
  // per pair, indexed by the `from` value id: UNSEEN, SEVERAL, or 1 + the `to` value id
  const seen = from.map(() => new Int32Array(16));
  const live = Int32Array.from(from.keys());
  let liveCount = live.length;
  return {
    observe(ids) {
      for (let k = 0; k < liveCount; ) {
        const p = live[k]!;
        const a = ids[from[p]!]!;
        const b = ids[to[p]!]! + 1;
        let s = seen[p]!;
        if (a >= s.length) {
          const more = new Int32Array(Math.max(2 * s.length, a + 1));
          more.set(s);
          s = seen[p] = more;
        }
        const m = s[a]!;
        if (m === b) k++;
        else if (m === UNSEEN) (s[a] = b), k++;
        else if (a === 0) (s[a] = SEVERAL), k++;
        else (seen[p] = NONE), (live[k] = live[--liveCount]!);
      }
    },
    finish(names, texts) {
      const pairs = [...live.subarray(0, liveCount)].sort((x, y) => x - y);
      return pairs.map((p) => {
        const s = seen[p]!;
        const values = new Map<string, string | null>();
        for (let a = 0; a < Math.min(s.length, texts[from[p]!]!.length); a++) {
          if (s[a] !== UNSEEN) values.set(texts[from[p]!]![a]!, s[a] === SEVERAL ? null : texts[to[p]!]![s[a]! - 1]!);
        }
        return { from: names[from[p]!]!, to: names[to[p]!]!, values };
      });
    },
  };
}

/** The dependencies of the concatenated rows of two inputs (undefined when either is unknown, e.g. a warehouse result). */
export function mergeDependencies(a: readonly ColumnDependency[] | undefined, b: readonly ColumnDependency[] | undefined): ColumnDependency[] | undefined {
  if (a === undefined || b === undefined) return undefined;
  const theirs = new Map(b.map((d) => [`${d.from}\u0000${d.to}`, d.values]));
  const out: ColumnDependency[] = [];
  for (const d of a) {
    const other = theirs.get(`${d.from}\u0000${d.to}`);
    if (!other) continue; // the pair ended in b
    const values = new Map(d.values);
    let isLive = true;
    for (const [x, y] of other) {
      if (!values.has(x)) values.set(x, y);
      else if (values.get(x) !== y) {
        values.set(x, null);
        isLive = x === '';
        if (!isLive) break;
      }
    }
    if (isLive) out.push({ from: d.from, to: d.to, values });
  }
  return out;
}
