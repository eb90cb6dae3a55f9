import type { MissingMode } from '../config/types.js';
import { addObservation, emptyTally, sumTallies, type Observation } from './tally.js';
import type { AttributeSpec, AttributeTally, Capabilities, GroupEntry, TallyTable } from './types.js';
import { MISSING_GROUP } from './types.js';

/** An attribute and the record positions of its columns. */
export interface BoundAttribute {
  spec: AttributeSpec;
  indices: readonly number[];
}

export interface FoldOptions {
  capabilities: Capabilities;
  bins: number;
  missing: MissingMode;
  attributes: readonly BoundAttribute[];
}

/** The streaming fold: rows in, one TallyTable out. Memory grows with groups, never with rows. */
export interface Fold {
  /** a row that was read but left out of the audit, with the reason */
  drop(reason: string): void;
  add(fields: readonly string[], o: Observation): void;
  finish(): TallyTable;
}

export function createFold(options: FoldOptions): Fold {
  const { bins, missing } = options;
  const overall = emptyTally(bins);
  const rowsDropped: Record<string, number> = {};
  let rowsRead = 0;
  const attributes: AttributeTally[] = options.attributes.map((a) => ({
    spec: a.spec,
    groups: new Map<string, GroupEntry>(),
    total: emptyTally(bins),
    rowsExcluded: 0,
  }));

  const addToAttribute = (a: number, fields: readonly string[], o: Observation) => {
    const { indices } = options.attributes[a]!;
    const target = attributes[a]!;
    const values: string[] = [];
    for (const index of indices) {
      const value = (fields[index] ?? '').trim();
      if (value === '') {
        if (missing === 'drop') {
          target.rowsExcluded += 1;
          return;
        }
        values.push(MISSING_GROUP);
      } else values.push(value);
    }
    const key = values.length === 1 ? values[0]! : values.join('|');
    let entry = target.groups.get(key);
    if (!entry) target.groups.set(key, (entry = { key, values, tally: emptyTally(bins) }));
    addObservation(entry.tally, o);
  };

  return {
    drop(reason) {
      rowsRead += 1;
      rowsDropped[reason] = (rowsDropped[reason] ?? 0) + 1;
    },
    add(fields, o) {
      rowsRead += 1;
      addObservation(overall, o);
      for (let a = 0; a < attributes.length; a++) addToAttribute(a, fields, o);
    },
    finish() {
      const rowsUsed = overall.n;
      // An attribute's population is the sum of its groups: cheaper than a second tally per row.
      for (const a of attributes) a.total = sumTallies([...a.groups.values()].map((g) => g.tally), bins);
      return { capabilities: options.capabilities, bins, attributes, overall, rowsRead, rowsUsed, rowsDropped };
    },
  };
}
