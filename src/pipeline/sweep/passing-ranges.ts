import type { PassingRange, SweepPoint, SweepTarget } from '../../model/sweep-result.js';

/**
 * The maximal runs of passing thresholds, from the highest down. With
 * `isExact` (the points are every distinct score) a run also covers the
 * thresholds between its lowest point and the next lower score, which
 * select the same rows: `above` is that next score, or null below the lowest.
 */
export function passingRanges(points: readonly SweepPoint[], isExact: boolean): PassingRange[] {
  const ranges: PassingRange[] = [];
  let start = -1;
  points.forEach((p, i) => {
    if (p.passes && start < 0) start = i;
    const isEnd = p.passes && (i === points.length - 1 || !points[i + 1]!.passes);
    if (!isEnd) return;
    const first = points[start]!;
    const range: PassingRange = { highest: first.threshold, lowest: p.threshold, selected: [first.selected, p.selected] };
    if (isExact) range.above = i === points.length - 1 ? null : points[i + 1]!.threshold;
    ranges.push(range);
    start = -1;
  });
  return ranges;
}

/** Whether t lies in one of the ranges (exact mode: above < t ≤ highest; grid: a judged point from lowest to highest). */
export function isInRanges(t: number, ranges: readonly PassingRange[]): boolean {
  return ranges.some((r) => t <= r.highest && (r.above === undefined ? t >= r.lowest : r.above === null || t > r.above));
}

/** `--select`: the target in rows, from a percentage or a count of the rows used. */
export type SelectRequest = { kind: 'rate'; percent: number } | { kind: 'count'; rows: number };

function nearestOf(points: readonly SweepPoint[], rows: number): SweepPoint | undefined {
  let best: SweepPoint | undefined;
  // points run from the highest threshold down: a strict < keeps the higher threshold on a tie
  for (const p of points) if (!best || Math.abs(p.selected - rows) < Math.abs(best.selected - rows)) best = p;
  return best;
}

/** The passing threshold whose overall selection is nearest the target, and the nearest threshold regardless of the rules. */
export function targetOf(request: SelectRequest, points: readonly SweepPoint[], rowsUsed: number): SweepTarget {
  const rows = request.kind === 'rate' ? (request.percent / 100) * rowsUsed : request.rows;
  const brief = (p: SweepPoint) => ({ threshold: p.threshold, selected: p.selected, selectionRate: p.selectionRate });
  const passing = nearestOf(points.filter((p) => p.passes), rows);
  const any = nearestOf(points, rows)!;
  return { requested: request, rows, nearest: passing ? brief(passing) : null, unconstrained: { ...brief(any), passes: any.passes } };
}
