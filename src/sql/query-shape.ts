import type { AuditConfig } from '../model/config.js';
import type { Dialect } from './dialects.js';

// What every dialect's query shares: the names of the decoded columns and how a cell is decoded in SQL.

/** The number pattern of decode-row.ts, for cells SQL reads as text. */
export const NUMBER_PATTERN = '[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?';

/** group-key.ts's marker-like texts: `(missing)` after any number of backslashes; such a cell gets one more backslash, so it never reads as an empty cell's `(missing)`. */
export const MARKER_LIKE_PATTERN = '\\\\*\\(missing\\)';

/** Names the query uses for the decoded columns. */
export interface QueryShape {
  d: Dialect;
  config: Readonly<AuditConfig>;
  /** distinct group columns, as g0, g1, … in the query */
  groupColumns: string[];
  /** the widest attribute: value columns v1..vArity of the result */
  arity: number;
}

/** A binary cell as 1, 0, NULL (empty) or −1 (neither positive nor negative), as decode-row.ts decodes it; `number`: the cell's value, NULL unless it is a number. */
export function binary(d: Dialect, raw: string, positives: readonly string[] | null, number = `CASE WHEN ${d.matches(raw, NUMBER_PATTERN)} THEN ${d.toDouble(raw)} END`): string {
  // An empty list (values that trim to nothing): every value is negative, and `IN ()` is no SQL.
  if (positives) return `CASE WHEN ${raw} IS NULL THEN NULL${positives.length ? ` WHEN ${raw} IN (${positives.map(d.string).join(', ')}) THEN 1` : ''} ELSE 0 END`;
  return [
    `CASE WHEN ${raw} IS NULL THEN NULL`,
    `WHEN lower(${raw}) IN ('true', 'yes') THEN 1 WHEN lower(${raw}) IN ('false', 'no') THEN 0`,
    `WHEN ${number} = 1 THEN 1 WHEN ${number} = 0 THEN 0 ELSE -1 END`,
  ].join(' ');
}

/** Trimmed text of a column, NULL when empty. */
export function cell(d: Dialect, column: string): string {
  return `NULLIF(${d.trimmed(`CAST(${d.identifier(column)} AS ${d.text})`)}, '')`;
}

/** The decision (from the prediction or the threshold), the calibration bin and the AUC grid cell of a used row, given the names of its decoded prediction and score. */
export function scoreColumns(d: Dialect, config: Readonly<AuditConfig>, names: { p: string; s: string }): { decision: string; bin: string; gridCell: string } {
  const { p, s } = names;
  const none = `CAST(NULL AS ${d.integer})`;
  const decision = config.threshold !== null ? `CASE WHEN ${s} >= CAST(${config.threshold} AS ${d.double}) THEN 1 ELSE 0 END` : config.columns.prediction ? p : none;
  const bins = config.bins;
  const bin = `CAST(${d.greatest}(${d.least}(FLOOR(${bins} * ${s}), ${bins - 1}), 0) AS ${d.integer})`;
  // Math.round(s / 1e-4): FLOOR(x + 0.5) is exact for x ≥ 0.5; below, the cell is 0.
  const x = `${s} / CAST(0.0001 AS ${d.double})`;
  const gridCell = `CASE WHEN ${x} < 0.5 THEN 0 ELSE CAST(FLOOR(${x} + 0.5) AS ${d.integer}) END`;
  return config.columns.score ? { decision, bin, gridCell } : { decision, bin: none, gridCell: none };
}
