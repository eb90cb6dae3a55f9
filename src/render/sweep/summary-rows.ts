import type { SweepPoint, SweepResult } from '../../model/sweep-result.js';
import { formatPercent, formatValue } from '../format-number.js';
import { formatThreshold } from './sweep-words.js';

/** Why a row is in the compact table. */
export type RowMark = 'current' | 'target' | 'nearest-passing' | 'range-edge' | '';

/**
 * The few thresholds a compact table shows, highest first: the edges of every
 * passing range, the current threshold, the --select answers, and points
 * spread evenly over the selection in between (`spread` of them).
 */
export function summaryPoints(result: SweepResult, spread = 8): { point: SweepPoint; mark: RowMark }[] {
  const marks = new Map<number, RowMark>();
  const mark = (t: number | undefined, m: RowMark) => {
    if (t !== undefined && (!marks.has(t) || marks.get(t) === '' || marks.get(t) === 'range-edge')) marks.set(t, m);
  };
  const { points } = result;
  for (let i = 0; i < spread; i++) mark(points[Math.round((i * (points.length - 1)) / Math.max(1, spread - 1))]!.threshold, '');
  // the edges of the three widest ranges (by rows selected across them): a fragmented curve stays one screen
  const widest = [...result.passing].sort((a, b) => b.selected[1] - b.selected[0] - (a.selected[1] - a.selected[0])).slice(0, 3);
  for (const r of widest) (mark(r.highest, 'range-edge'), mark(r.lowest, 'range-edge'));
  mark(result.current?.threshold, 'current');
  mark(result.target?.unconstrained.threshold, 'target');
  if (result.target?.nearest && result.target.nearest.threshold !== result.target.unconstrained.threshold) mark(result.target.nearest.threshold, 'nearest-passing');
  return points.filter((p) => marks.has(p.threshold)).map((point) => ({ point, mark: marks.get(point.threshold)! }));
}

/** A rule's values over the published groups of every attribute at one threshold: `0.714–1.000`, or `—`. */
export function ruleSpan(point: SweepPoint, rule: string): string {
  const values = point.attributes.flatMap((a) => a.groups.map((g) => g.rules[rule])).filter((v): v is number => v !== null && v !== undefined);
  if (values.length === 0) return '—';
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? formatValue(low) : `${formatValue(low)}${low < 0 || high < 0 ? ' to ' : '–'}${formatValue(high)}`;
}

const MARK_WORDS: Record<RowMark, string> = { current: 'current', target: 'nearest --select', 'nearest-passing': 'nearest passing --select', 'range-edge': 'range edge', '': '' };

/** The header and cells of the compact table (plain text; each format escapes and decorates them). */
export function summaryTable(result: SweepResult): { head: string[]; rows: string[][]; verdicts: boolean[] } {
  const rules = result.rules.judged.map((r) => r.id);
  const head = ['threshold', 'selected', 'accuracy', ...rules, 'verdict', ''];
  const chosen = summaryPoints(result);
  const rows = chosen.map(({ point, mark }) => [
    formatThreshold(point.threshold),
    `${point.selected.toLocaleString('en-US')} (${formatPercent(point.selectionRate)})`,
    formatValue(point.accuracy),
    ...rules.map((r) => ruleSpan(point, r)),
    point.passes ? '✓ pass' : point.verdicts.fail > 0 ? `✗ ${point.verdicts.fail} failed` : '? inconclusive',
    MARK_WORDS[mark],
  ]);
  return { head, rows, verdicts: chosen.map((c) => c.point.passes) };
}
