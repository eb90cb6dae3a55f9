/**
 * The rows of a group per class of the multi-class decision (`--decision`):
 * class → count, the sufficient statistic of every class share, distance and
 * test. Counts add, so any split of the rows merges into the counts of one
 * pass; maps are kept in class-name order so that a merge does not depend on
 * which shard saw a class first.
 */
export type ClassCountMap = Map<string, number>;

/** A map in class-name order (code-unit order, as every report lists them). */
export function sortedClassCounts(entries: Iterable<readonly [string, number]>): ClassCountMap {
  return new Map([...entries].filter(([, c]) => c !== 0).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** The counts of the rows of both maps. */
export function mergeClassCounts(a: ReadonlyMap<string, number> | undefined, b: ReadonlyMap<string, number> | undefined): ClassCountMap {
  return sumClassCounts([a, b]);
}

/** The counts of the rows of all maps (absent maps count nothing). */
export function sumClassCounts(maps: Iterable<ReadonlyMap<string, number> | undefined>): ClassCountMap {
  const out = new Map<string, number>();
  for (const m of maps) if (m) for (const [k, c] of m) out.set(k, (out.get(k) ?? 0) + c);
  return sortedClassCounts(out);
}

/** Class names numbered in the order first seen, shared by every store of a fold (a row's class is looked up once). */
export interface ClassDictionary {
  idOf(name: string): number;
  readonly names: readonly string[];
}

export function createClassDictionary(): ClassDictionary {
  const ids = new Map<string, number>();
  const names: string[] = [];
  return {
    idOf(name) {
      let id = ids.get(name);
      if (id === undefined) ids.set(name, (id = names.push(name) - 1));
      return id;
    },
    names,
  };
}

/** Per dense group id, the rows of each class id (the hot-path form of a ClassCountMap). */
export interface ClassStore {
  add(group: number, classId: number): void;
  absorb(group: number, source: ClassStore, from: number): void;
  counts(group: number): ClassCountMap;
}

const arrays = new WeakMap<ClassStore, number[][]>();

export function createClassStore(dictionary: ClassDictionary): ClassStore {
  const groups: number[][] = [];
  const of = (g: number) => {
    while (groups.length <= g) groups.push([]);
    return groups[g]!;
  };
  const store: ClassStore = {
    add(g, id) {
      const counts = of(g);
      counts[id] = (counts[id] ?? 0) + 1;
    },
    absorb(g, source, from) {
      const theirs = arrays.get(source)![from];
      if (!theirs) return;
      const mine = of(g);
      theirs.forEach((c, id) => (mine[id] = (mine[id] ?? 0) + c));
    },
    counts(g) {
      const counts = groups[g] ?? [];
      return sortedClassCounts(counts.flatMap((c, id) => (c ? [[dictionary.names[id]!, c] as const] : [])));
    },
  };
  arrays.set(store, groups);
  return store;
}
