import { sumTallies } from '../core/tally.js';
import type { AttributeTally, GroupEntry, GroupTally, TallyTable } from '../core/types.js';
import { MISSING_GROUP } from '../core/types.js';
import { strataName, windowName } from '../model/split-attributes.js';

/** The audited attributes of a table (the internal intersections of the splits left out). */
export function auditedTallies(table: TallyTable): AttributeTally[] {
  return table.attributes.filter((a) => a.spec.role === undefined);
}

/** The internal intersection of an attribute by name, if the table has it. */
export function internalTally(table: TallyTable, name: string): AttributeTally | undefined {
  return table.attributes.find((a) => a.spec.role !== undefined && a.spec.name === name);
}

/** The strata intersection of an audited attribute (its values: the attribute's, then the strata columns'). */
export function strataTally(table: TallyTable, attribute: string): AttributeTally | undefined {
  return internalTally(table, strataName(attribute));
}

/** The tallies of one time window: the window's population and each audited attribute's groups within it. */
export interface WindowTallies {
  window: string;
  overall: GroupTally;
  attributes: AttributeTally[];
}

/** Windows in time order, the window of rows without a date last. */
function byTime(a: string, b: string): number {
  if (a === MISSING_GROUP || b === MISSING_GROUP) return a === b ? 0 : a === MISSING_GROUP ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The tallies of each time window, split off the window intersections: the
 * group `2024-03|Female` of `window:gender` is group `Female` of gender in
 * window 2024-03. Each window's attribute is what a pass over that window's
 * rows alone would tally.
 */
export function windowTallies(table: TallyTable): WindowTallies[] {
  const whole = internalTally(table, windowName(null));
  if (!whole) return [];
  const bins = table.bins;
  const audited = auditedTallies(table);
  return [...whole.groups.values()]
    .map((w) => w.values[0]!)
    .sort(byTime)
    .map((window) => {
      const overall = whole.groups.get(window)!.tally;
      const attributes = audited.map((a): AttributeTally => {
        const split = internalTally(table, windowName(a.spec.name));
        const groups = new Map<string, GroupEntry>();
        for (const g of split?.groups.values() ?? []) {
          if (g.values[0] !== window) continue;
          const values = g.values.slice(1);
          const key = values.join('|');
          groups.set(key, { key, values, tally: g.tally });
        }
        const total = sumTallies([...groups.values()].map((g) => g.tally), bins);
        return { spec: a.spec, groups, total, rowsExcluded: overall.n - total.n };
      });
      return { window, overall, attributes };
    });
}
