import type { TalliedAttribute } from '../model/split-attributes.js';
import { isDateSql, windowLabelSql } from './date-windows.js';
import type { QueryShape } from './query-shape.js';

// The period column in the statistics query: its trimmed text (`t_raw`) and, in place of its group value, the label of
// its time window ('' for an empty cell, and for a cell that is not a date: the query reports those as refusals).

/** The name of the period column's trimmed text among the decoded columns. */
export const PERIOD_RAW = 't_raw';

/** Whether a group column of the query is the period column. */
export function isPeriodColumn(shape: QueryShape, column: string): boolean {
  return shape.config.period?.column === column;
}

/** The window label of the trimmed date text `raw`, '' when empty or not a date. */
export function windowValue(shape: QueryShape, raw: string): string {
  const period = shape.config.period!;
  const matches = shape.d.matches;
  return `COALESCE(CASE WHEN ${raw} IS NOT NULL AND ${isDateSql(shape.dialect, matches, raw)} THEN ${windowLabelSql(shape.dialect, matches, raw, period)} END, '')`;
}

/** The condition of a used row whose date cell the CLI refuses (filled, and not a date). */
export function badDate(shape: QueryShape, raw: string): string {
  return `${raw} IS NOT NULL AND NOT ${isDateSql(shape.dialect, shape.d.matches, raw)}`;
}

/** The audited attributes, then the internal intersections of strata and windows (keyed like any attribute). */
export function queryAttributes(shape: QueryShape): readonly TalliedAttribute[] {
  return shape.attributes;
}
