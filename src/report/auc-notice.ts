import { AUC_EXACT_LIMIT, AUC_GRID_STEP } from '../core/auc-histogram.js';
import type { AttributeResult, GroupResult, Notice } from './audit-result.js';

/** A positive bound with two significant digits, rounded up (a bound must not shrink when printed): 3.14e-6 → `3.2e-6`. */
export function formatBound(x: number): string {
  if (!(x > 0)) return '0';
  const e = Math.floor(Math.log10(x));
  const text = (m: number) => (m >= 100 ? `${(m / 100).toFixed(1)}e${e + 1}` : `${(m / 10).toFixed(1)}e${e}`);
  // the smallest two-digit mantissa whose printed value is not below x (the division is inexact, so checked on the text)
  let m = Math.round(x / 10 ** (e - 1));
  while (Number(text(m)) < x) m++;
  while (m > 10 && Number(text(m - 1)) >= x) m--;
  return text(m);
}

/**
 * The groups whose AUC was computed on the score grid (more than
 * AUC_EXACT_LIMIT distinct (score, label) pairs), each with its bound on the
 * distance to the exact AUC (`aucMaxError`: half the tied-pair mass inside
 * grid cells): one notice, so every report that prints notices states them;
 * the JSON has the bound per group, the CSV a column, JUnit a property.
 */
export function aucGridNotice(overall: GroupResult, attributes: readonly AttributeResult[]): Notice[] {
  const parts: string[] = [];
  if (overall.aucMaxError !== undefined) parts.push(`${overall.key} ±${formatBound(overall.aucMaxError)}`);
  for (const a of attributes) for (const g of a.groups) if (g.aucMaxError !== undefined) parts.push(`${a.name}=${g.key} ±${formatBound(g.aucMaxError)}`);
  if (parts.length === 0) return [];
  const message = `AUC on the ${AUC_GRID_STEP} score grid (more than ${AUC_EXACT_LIMIT.toLocaleString('en-US')} distinct score and label pairs in the group), so within this distance of the exact AUC: ${parts.join(', ')}`;
  return [{ code: 'auc-approximate', message }];
}
