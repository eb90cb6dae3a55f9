import { EXACT_FLOOR } from '../core/exact-limit.js';
import { VALUE_GRID_ERROR } from '../core/value-grid.js';
import type { AttributeResult, GroupResult } from '../model/audit-result.js';
import type { Notice } from '../model/notice.js';
import type { ExactMaps } from './auc-notice.js';

/**
 * The groups whose outcomes were summarised on the relative value grid
 * (their distinct outcomes beyond the limit the run's budget gave), each
 * with the largest move of one of its values — the bound of its mean and
 * percentiles (`maxErrors.mean_outcome`): one notice, so every report that
 * prints notices says that, and by how much, its outcome statistics are not
 * exact; the JSON has each statistic's own bound.
 */
export function outcomeGridNotice(overall: GroupResult, attributes: readonly AttributeResult[], maps: ExactMaps): Notice[] {
  const groups: { attribute: string | null; group: string; maxShift: number }[] = [];
  const add = (attribute: string | null, g: GroupResult) => {
    const shift = g.maxErrors?.mean_outcome;
    if (shift !== undefined) groups.push({ attribute, group: g.key, maxShift: shift });
  };
  add(null, overall);
  for (const a of attributes) for (const g of a.groups) add(a.name, g);
  if (groups.length === 0) return [];
  return [{ code: 'outcome-approximate', args: { relativeError: VALUE_GRID_ERROR, exactLimit: maps.exactLimit ?? EXACT_FLOOR, exactMemoryMB: maps.exactMemoryMB, groups } }];
}
