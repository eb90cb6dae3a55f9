import { AUC_EXACT_LIMIT, AUC_GRID_STEP } from '../core/auc-histogram.js';
import type { AttributeResult, GroupResult } from '../model/audit-result.js';
import type { Notice } from '../model/notice.js';

/**
 * The groups whose AUC was computed on the score grid (more than
 * AUC_EXACT_LIMIT distinct (score, label) pairs), each with its bound on the
 * distance to the exact AUC (`aucMaxError`: half the tied-pair mass inside
 * grid cells): one notice, so every report that prints notices states them;
 * the JSON has the bound per group, the CSV a column, JUnit a property.
 */
export function aucGridNotice(overall: GroupResult, attributes: readonly AttributeResult[]): Notice[] {
  const groups: { attribute: string | null; group: string; maxError: number }[] = [];
  if (overall.aucMaxError !== undefined) groups.push({ attribute: null, group: overall.key, maxError: overall.aucMaxError });
  for (const a of attributes) for (const g of a.groups) if (g.aucMaxError !== undefined) groups.push({ attribute: a.name, group: g.key, maxError: g.aucMaxError });
  return groups.length === 0 ? [] : [{ code: 'auc-approximate', args: { gridStep: AUC_GRID_STEP, exactLimit: AUC_EXACT_LIMIT, groups } }];
}
