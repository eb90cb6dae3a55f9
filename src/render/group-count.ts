import type { GroupResult } from '../model/audit-result.js';

/**
 * A group's row count for people: the number, or for a group hidden by
 * small-cell suppression what its marker already says — `<k` (it is small)
 * or `hidden` (it hides a small one). Never `null`, never the count.
 */
export function groupCount(g: Pick<GroupResult, 'suppressed' | 'n'>, suppressBelow: number): string {
  if (g.suppressed === 'primary') return `<${suppressBelow}`;
  if (g.suppressed === 'secondary') return 'hidden';
  return String(g.n);
}
