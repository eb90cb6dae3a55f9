import type { GroupTally, TallyTable } from '../../src/core/types.js';
import { aucCells } from './auc.js';

/** Every number of a tally (compared with Object.is by toEqual), without the exact partials' representation. */
export function numbersOf(t: GroupTally): unknown {
  return { ...t, exact: undefined, bins: [...t.bins], binSquares: [...t.binSquares], auc: aucCells(t.auc) };
}

/** A table's numbers, groups sorted by key: equal for equal tables however their rows were split. */
export function tableNumbers(t: TallyTable): unknown {
  return {
    rows: [t.rowsRead, t.rowsUsed, t.rowsDropped],
    exact: [t.exactBytes, t.exactLimit],
    overall: numbersOf(t.overall),
    attributes: t.attributes.map((a) => ({
      name: a.spec.name,
      excluded: a.rowsExcluded,
      total: numbersOf(a.total),
      groups: [...a.groups.values()].map((g) => [g.key, g.values, numbersOf(g.tally)]).sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    })),
  };
}
