import { sortedKeys } from './columnar-fold.js';
import { mergeTallies } from './tally.js';
import type { AttributeTally, GroupEntry, TallyTable } from './types.js';

/**
 * The table of the concatenated rows of two tables with the same attributes
 * and bins (pure). Tallies merge exactly (see `mergeTallies`), so any split of
 * the rows — worker ranges, shards, aggregate files — gives the table of one pass.
 */
export function mergeTallyTables(a: TallyTable, b: TallyTable): TallyTable {
  if (a.bins !== b.bins || a.attributes.length !== b.attributes.length) {
    throw new RangeError('cannot merge tally tables of different audits (bins or attributes differ)');
  }
  const rowsDropped = { ...a.rowsDropped };
  for (const [reason, count] of Object.entries(b.rowsDropped)) rowsDropped[reason] = (rowsDropped[reason] ?? 0) + count;
  return {
    capabilities: a.capabilities,
    bins: a.bins,
    attributes: a.attributes.map((attribute, i) => mergeAttributes(attribute, b.attributes[i]!)),
    overall: mergeTallies(a.overall, b.overall),
    rowsRead: a.rowsRead + b.rowsRead,
    rowsUsed: a.rowsUsed + b.rowsUsed,
    rowsDropped: sortedKeys(rowsDropped),
  };
}

function mergeAttributes(a: AttributeTally, b: AttributeTally): AttributeTally {
  if (a.spec.name !== b.spec.name) throw new RangeError(`cannot merge attribute ${a.spec.name} with ${b.spec.name}`);
  const groups = new Map<string, GroupEntry>(a.groups);
  for (const [key, entry] of b.groups) {
    const mine = groups.get(key);
    groups.set(key, mine ? { ...mine, tally: mergeTallies(mine.tally, entry.tally) } : entry);
  }
  return { spec: a.spec, groups, total: mergeTallies(a.total, b.total), rowsExcluded: a.rowsExcluded + b.rowsExcluded };
}
