import { sortedClassCounts } from './class-counts.js';
import type { SideCounts } from './side-counts.js';

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
export function createClassStore(dictionary: ClassDictionary): SideCounts {
  const groups: number[][] = [];
  const of = (g: number) => {
    while (groups.length <= g) groups.push([]);
    return groups[g]!;
  };
  const store: SideCounts & { groups: number[][] } = {
    family: 'classes',
    groups,
    add(g, row) {
      if (row.classId < 0) return;
      const counts = of(g);
      counts[row.classId] = (counts[row.classId] ?? 0) + 1;
    },
    absorb(g, source, from) {
      const theirs = (source as typeof store).groups[from];
      if (!theirs) return;
      const mine = of(g);
      theirs.forEach((c, id) => (mine[id] = (mine[id] ?? 0) + c));
    },
    fill(g, t) {
      const counts = groups[g] ?? [];
      t.classes = sortedClassCounts(counts.flatMap((c, id) => (c ? [[dictionary.names[id]!, c] as const] : [])));
    },
  };
  return store;
}
