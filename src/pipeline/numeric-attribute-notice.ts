import type { AuditConfig } from '../model/config.js';
import type { Notice } from '../model/notice.js';
import { MISSING_GROUP, type TallyTable } from '../core/types.js';
import { suggestedEdges } from '../core/value-bands.js';

/** More distinct values than this, every one a number, and an attribute looks like a measurement to band. */
export const NUMERIC_GROUPS_LIMIT = 20;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * An audited attribute of one column whose groups are more than
 * NUMERIC_GROUPS_LIMIT numbers (`-g AGE` → 78 groups, each too small to judge)
 * gets a notice that suggests banding it, with edges at the quintiles of its
 * rows (`--bins age=27,38,49,61`). A banded column, or one with any value
 * that is not a number, gets none.
 */
export function numericAttributeNotices(table: TallyTable, config: Readonly<AuditConfig>): Notice[] {
  return table.attributes.flatMap((a): Notice[] => {
    const column = a.spec.columns[0]!;
    if (a.spec.role || a.spec.columns.length !== 1 || !config.groups.includes(a.spec.name) || config.bands[column]) return [];
    const groups = [...a.groups.values()].filter((g) => g.key !== MISSING_GROUP);
    if (groups.length <= NUMERIC_GROUPS_LIMIT || !groups.every((g) => NUMBER.test(g.key))) return [];
    const edges = suggestedEdges(groups.map((g) => ({ value: Number(g.key), rows: g.tally.n })));
    return [{ code: 'numeric-attribute', args: { attribute: a.spec.name, groups: groups.length, suggestedEdges: edges } }];
  });
}
