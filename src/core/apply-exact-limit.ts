import { aucEntries, gridAucHistogram } from './auc-histogram.js';
import { budgetBytes, DEFAULT_EXACT_MEMORY_MB, exactLimit, PAIR_BYTES, VALUE_BYTES, type LimitMember } from './exact-limit.js';
import { gridValueHistogram, valueEntries } from './value-histogram.js';
import type { AttributeTally, GroupTally, TallyTable } from './types.js';

/**
 * The maps the budget is shared by: the population's and every group's. An
 * attribute's total is a sum made at the end, the same as the population
 * under `--missing group`; whether it is one object with it or a copy (read
 * from a file) must not change the limit, so totals are not counted. They
 * follow the limit like every map.
 */
function budgetedTallies(table: TallyTable): GroupTally[] {
  return [table.overall, ...table.attributes.flatMap((a) => [...a.groups.values()].map((g) => g.tally))];
}

function membersOf(t: GroupTally): LimitMember[] {
  const members: LimitMember[] = [{ entries: aucEntries(t.auc), bytes: PAIR_BYTES }];
  if (t.outcome) members.push({ entries: valueEntries(t.outcome), bytes: VALUE_BYTES });
  if (t.scores) members.push({ entries: valueEntries(t.scores), bytes: VALUE_BYTES });
  return members;
}

/** The tally with each map larger than `limit` on its grid (the same object when none is). */
function limited(t: GroupTally, limit: number): GroupTally {
  const isAucOver = aucEntries(t.auc) > limit && t.auc.step === null;
  const isOutcomeOver = t.outcome !== undefined && !t.outcome.isGrid && valueEntries(t.outcome) > limit;
  const isScoresOver = t.scores !== undefined && !t.scores.isGrid && valueEntries(t.scores) > limit;
  if (!isAucOver && !isOutcomeOver && !isScoresOver) return t;
  return {
    ...t,
    ...(isAucOver ? { auc: gridAucHistogram(t.auc) } : {}),
    ...(isOutcomeOver ? { outcome: gridValueHistogram(t.outcome!) } : {}),
    ...(isScoresOver ? { scores: gridValueHistogram(t.scores!) } : {}),
  };
}

/**
 * The run-wide rule of exact-limit.ts applied to a finished table: its limit
 * L* over the maps of the population and of every group, and each map above
 * it (totals too) on its grid. A fold
 * applies it when it finishes, a merge of tables after merging (pure: a new
 * table, tallies replaced rather than changed). Applying it twice changes
 * nothing, and applied to merged parts it gives the table of one pass.
 */
export function applyExactLimit(table: TallyTable): TallyTable {
  const bytes = table.exactBytes ?? budgetBytes(DEFAULT_EXACT_MEMORY_MB);
  const limit = exactLimit(budgetedTallies(table).flatMap(membersOf), bytes);
  const replaced = new Map<GroupTally, GroupTally>();
  const swap = (t: GroupTally) => {
    let out = replaced.get(t);
    if (!out) replaced.set(t, (out = limited(t, limit)));
    return out;
  };
  const attributes: AttributeTally[] = table.attributes.map((a) => ({
    ...a,
    total: swap(a.total),
    groups: new Map([...a.groups].map(([key, g]) => [key, { ...g, tally: swap(g.tally) }])),
  }));
  return { ...table, attributes, overall: swap(table.overall), exactBytes: bytes, exactLimit: limit === Infinity ? null : limit };
}
