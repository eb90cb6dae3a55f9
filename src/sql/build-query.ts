import { fingerprintOf } from '../input/aggregate/fingerprint.js';
import { attributeColumns } from '../model/attribute-columns.js';
import type { AuditConfig } from '../model/config.js';
import { AUC_EXACT_LIMIT } from '../core/auc-histogram.js';
import { MISSING_GROUP } from '../core/types.js';
import { DIALECTS, type Dialect, type DialectName } from './dialects.js';
import { statisticsSelects } from './statistics-selects.js';

/** The number pattern of decode-row.ts, for cells SQL reads as text. */
export const NUMBER_PATTERN = '[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?';

/** group-key.ts's marker-like texts: `(missing)` after any number of backslashes. */
const MARKER_LIKE_PATTERN = '\\\\*\\(missing\\)';

/** Names the query uses for the decoded columns. */
export interface QueryShape {
  d: Dialect;
  config: Readonly<AuditConfig>;
  /** distinct group columns, as g0, g1, … in the query */
  groupColumns: string[];
  /** the widest attribute: value columns v1..vArity of the result */
  arity: number;
}

/** A binary cell as 1, 0, NULL (empty) or −1 (neither positive nor negative), as decode-row.ts decodes it. */
function binary(d: Dialect, raw: string, positives: readonly string[] | null): string {
  if (positives) return `CASE WHEN ${raw} IS NULL THEN NULL WHEN ${raw} IN (${positives.map(d.string).join(', ')}) THEN 1 ELSE 0 END`;
  const number = `CASE WHEN ${d.matches(raw, NUMBER_PATTERN)} THEN ${d.toDouble(raw)} END`;
  return [
    `CASE WHEN ${raw} IS NULL THEN NULL`,
    `WHEN lower(${raw}) IN ('true', 'yes') THEN 1 WHEN lower(${raw}) IN ('false', 'no') THEN 0`,
    `WHEN ${number} = 1 THEN 1 WHEN ${number} = 0 THEN 0 ELSE -1 END`,
  ].join(' ');
}

/** Trimmed text of a column, NULL when empty. */
function cell(d: Dialect, column: string): string {
  return `NULLIF(${d.trimmed(`CAST(${d.identifier(column)} AS ${d.text})`)}, '')`;
}

function decodedCte(shape: QueryShape, table: string): string {
  const { d, config } = shape;
  const { prediction, label, score } = config.columns;
  const lines = [
    `  SELECT`,
    `    ${prediction ? cell(d, prediction) : `CAST(NULL AS ${d.text})`} AS p_raw,`,
    `    ${label ? cell(d, label) : `CAST(NULL AS ${d.text})`} AS l_raw,`,
    `    ${score ? cell(d, score) : `CAST(NULL AS ${d.text})`} AS s_raw,`,
    ...shape.groupColumns.map((c, i) => `    COALESCE(${cell(d, c)}, '') AS g${i}${i < shape.groupColumns.length - 1 ? ',' : ''}`),
    `  FROM ${table}`,
  ];
  const none = `CAST(NULL AS ${d.integer})`;
  const decoded = [
    `    ${prediction ? binary(d, 'p_raw', config.predictionPositive) : none} AS p,`,
    `    ${label ? binary(d, 'l_raw', config.labelPositive) : none} AS y,`,
    `    ${score ? `CASE WHEN ${d.matches('s_raw', NUMBER_PATTERN)} THEN ${d.toDouble('s_raw')} END` : `CAST(NULL AS ${d.double})`} AS s`,
  ];
  return `raw AS (\n${lines.join('\n')}\n),\ndecoded AS (\n  SELECT raw.*,\n${decoded.join('\n')}\n  FROM raw\n)`;
}

/** Rows that reach the statistics, with the decision, the calibration bin and the AUC grid cell. */
function usedCte(shape: QueryShape): string {
  const { d, config } = shape;
  const { prediction, label, score } = config.columns;
  const conditions = [prediction ? 'p IN (0, 1)' : null, label ? 'y IN (0, 1)' : null, score ? 's IS NOT NULL' : null].filter((c) => c !== null);
  const none = `CAST(NULL AS ${d.integer})`;
  const decision = config.threshold !== null ? `CASE WHEN s >= CAST(${config.threshold} AS ${d.double}) THEN 1 ELSE 0 END` : prediction ? 'p' : none;
  const bins = config.bins;
  const bin = `CAST(GREATEST(LEAST(FLOOR(${bins} * s), ${bins - 1}), 0) AS ${d.integer})`;
  // Math.round(s / 1e-4): FLOOR(x + 0.5) is exact for x ≥ 0.5; below, the cell is 0.
  const x = `s / CAST(0.0001 AS ${d.double})`;
  const cellOf = `CASE WHEN ${x} < 0.5 THEN 0 ELSE CAST(FLOOR(${x} + 0.5) AS ${d.integer}) END`;
  return `used AS (\n  SELECT decoded.*, ${decision} AS dec, ${score ? bin : none} AS b, ${score ? cellOf : none} AS cell\n  FROM decoded${conditions.length ? `\n  WHERE ${conditions.join(' AND ')}` : ''}\n)`;
}

/** Each row once per attribute (and once for the whole population), with the group's values. */
function keyedCte(shape: QueryShape): string {
  const { d, config } = shape;
  // as group-key.ts's valueComponent: an empty cell is (missing); a cell reading (missing) gets a backslash, so the two stay apart
  const value = (c: string) => {
    const g = `g${shape.groupColumns.indexOf(c)}`;
    return `CASE WHEN ${g} = '' THEN ${d.string(MISSING_GROUP)} WHEN ${d.matches(g, MARKER_LIKE_PATTERN)} THEN ${d.string('\\')} || ${g} ELSE ${g} END`;
  };
  const vs = (cols: string[]) => Array.from({ length: shape.arity }, (_, i) => (cols[i] ? value(cols[i]!) : `CAST(NULL AS ${d.text})`));
  const select = (name: string, cols: string[]) => {
    const drop = config.missing === 'drop' && cols.length ? `\n  WHERE ${cols.map((c) => `g${shape.groupColumns.indexOf(c)} <> ''`).join(' AND ')}` : '';
    return `  SELECT ${d.string(name)} AS attribute, ${vs(cols).map((v, i) => `${v} AS v${i + 1}`).join(', ')}, dec, y, s, b, cell FROM used${drop}`;
  };
  const parts = [select('', []), ...config.groups.map((g) => select(g, attributeColumns(g)))];
  return `keyed AS (\n${parts.join('\n  UNION ALL\n')}\n)`;
}

/**
 * The query that computes in the warehouse the statistics `fairgate audit
 * --from-aggregates` reads: one result in long form (see sql-result.ts),
 * with the same decoding as the CSV reader (trimmed cells, empty = missing,
 * 1/true/yes vs 0/false/no or the positive lists, rows without a prediction,
 * label or score left out).
 */
export function buildStatisticsQuery(config: Readonly<AuditConfig>, table: string, dialect: DialectName, tool: { name: string; version: string }): string {
  const d = DIALECTS[dialect];
  const groupColumns = [...new Set(config.groups.flatMap(attributeColumns))];
  const shape: QueryShape = { d, config, groupColumns, arity: Math.max(1, ...config.groups.map((g) => attributeColumns(g).length)) };
  const tableName = table.split('.').map(d.identifier).join('.');
  const fingerprint = JSON.stringify(fingerprintOf(config));
  return [
    `-- ${tool.name} ${tool.version}: per-group statistics for \`fairgate audit --from-aggregates <result>\` (${dialect}).`,
    `-- Run: ${d.run}`,
    `-- AUC counts are per exact score while a group has at most ${AUC_EXACT_LIMIT} distinct (score, label) pairs, else per 1e-4 cell.`,
    `WITH`,
    `${decodedCte(shape, tableName)},`,
    `${usedCte(shape)},`,
    `${keyedCte(shape)}`,
    statisticsSelects(shape, fingerprint),
  ].join('\n');
}
