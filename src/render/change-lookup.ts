import type { MetricChange } from '../model/sections.js';

type ChangeIndex = Map<string, Map<string, Map<string, MetricChange>>>;

// Built once per list of changes (lists are built, never edited): reporters look up every group's change, which a search of the list made quadratic.
const indexes = new WeakMap<readonly MetricChange[], ChangeIndex>();

/** The first change of this attribute, group and metric since the baseline, as `changes.find` would return it. */
export function findChange(changes: readonly MetricChange[], attribute: string, group: string, metric: string): MetricChange | undefined {
  let index = indexes.get(changes);
  if (index === undefined) {
    index = new Map();
    for (const c of changes) {
      let groups = index.get(c.attribute);
      if (groups === undefined) index.set(c.attribute, (groups = new Map()));
      let metrics = groups.get(c.group);
      if (metrics === undefined) groups.set(c.group, (metrics = new Map()));
      if (!metrics.has(c.metric)) metrics.set(c.metric, c);
    }
    indexes.set(changes, index);
  }
  return index.get(attribute)?.get(group)?.get(metric);
}
