/**
 * One 2×2 table of counts [[a, b], [c, d]]: rows are the group and its
 * comparison (reference), columns the outcome (selected, not selected) — the
 * layout of statsmodels' Table2x2 / StratifiedTable.
 */
export interface TwoByTwo {
  a: number;
  b: number;
  c: number;
  d: number;
}

/** Throws a RangeError unless every cell is a non-negative finite number. */
export function assertTwoByTwo(t: TwoByTwo, what = 'table'): void {
  for (const key of ['a', 'b', 'c', 'd'] as const) {
    const v = t[key];
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${what}: cell ${key} = ${v} is not a non-negative finite count`);
  }
}
