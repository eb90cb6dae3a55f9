import { sortedKeys } from './columnar-fold.js';
import { emptyAucHistogram } from './auc-histogram.js';
import { mergeTallies } from './tally.js';
import { mergeDependencies } from './column-dependencies.js';
import type { AttributeTally, GroupEntry, GroupTally, TallyTable } from './types.js';

/**
 * The table of the concatenated rows of two tables with the same attributes
 * and bins (pure). Tallies merge exactly (see `mergeTallies`), so any split of
 * the rows — worker ranges, shards, aggregate files — gives the table of one pass.
 */
export function mergeTallyTables(a: TallyTable, b: TallyTable, merge: TallyMerge = mergeTallies): TallyTable {
  if (a.bins !== b.bins || a.attributes.length !== b.attributes.length) {
    throw new RangeError('cannot merge tally tables of different audits (bins or attributes differ)');
  }
  const rowsDropped = { ...a.rowsDropped };
  for (const [reason, count] of Object.entries(b.rowsDropped)) rowsDropped[reason] = (rowsDropped[reason] ?? 0) + count;
  const attributes = a.attributes.map((attribute, i) => mergeAttributes(attribute, b.attributes[i]!, merge));
  // Under `--missing group` a fold's population is its first attribute's total, the same object (every row is in
  // one of its groups): it stays so, merged once — a second, in-place merge would add into it through both.
  const overall = a.overall === a.attributes[0]?.total ? attributes[0]!.total : merge(a.overall, b.overall);
  const dependencies = mergeDependencies(a.dependencies, b.dependencies);
  return {
    capabilities: a.capabilities,
    bins: a.bins,
    attributes,
    overall,
    rowsRead: a.rowsRead + b.rowsRead,
    rowsUsed: a.rowsUsed + b.rowsUsed,
    rowsDropped: sortedKeys(rowsDropped),
    ...(dependencies ? { dependencies } : {}),
  };
}

type TallyMerge = (a: GroupTally, b: GroupTally) => GroupTally;

/**
 * mergeTallies that may add `b`'s AUC grid into `a`'s in place: for tables a
 * caller owns and drops (worker ranges), it saves a grid per group.
 */
export function absorbTally(a: GroupTally, b: GroupTally): GroupTally {
  if (a.auc.step === null || b.auc.step === null) return mergeTallies(a, b);
  const grid = a.auc;
  const merged = mergeTallies({ ...a, auc: emptyAucHistogram() }, { ...b, auc: emptyAucHistogram() });
  for (let i = 0; i < grid.counts.length; i++) grid.counts[i]! += b.auc.counts[i]!;
  merged.auc = grid;
  return merged;
}

function mergeAttributes(a: AttributeTally, b: AttributeTally, merge: TallyMerge): AttributeTally {
  if (a.spec.name !== b.spec.name) throw new RangeError(`cannot merge attribute ${a.spec.name} with ${b.spec.name}`);
  const groups = new Map<string, GroupEntry>(a.groups);
  for (const [key, entry] of b.groups) {
    const mine = groups.get(key);
    groups.set(key, mine ? { ...mine, tally: merge(mine.tally, entry.tally) } : entry);
  }
  return { spec: a.spec, groups, total: merge(a.total, b.total), rowsExcluded: a.rowsExcluded + b.rowsExcluded };
}
