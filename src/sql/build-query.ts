import { fingerprintOf } from '../input/aggregate/fingerprint.js';
import { attributeColumns } from '../model/attribute-columns.js';
import type { AuditConfig } from '../model/config.js';
import { AUC_EXACT_LIMIT } from '../core/auc-histogram.js';
import { MISSING_GROUP } from '../core/types.js';
import { DIALECTS, type Dialect, type DialectName } from './dialects.js';
import { statisticsSelects } from './statistics-selects.js';
import { ALIAS_PREFIX, clickhouseSelects } from './clickhouse-query.js';
import { UsageError } from '../errors.js';

/** The number pattern of decode-row.ts, for cells SQL reads as text. */
export const NUMBER_PATTERN = '[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?';

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
  const { decision, bin, gridCell } = scoreColumns(d, config, { p: 'p', s: 's' });
  return `used AS (\n  SELECT decoded.*, ${decision} AS dec, ${bin} AS b, ${gridCell} AS cell\n  FROM decoded${conditions.length ? `\n  WHERE ${conditions.join(' AND ')}` : ''}\n)`;
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

/** Each row once per attribute (and once for the whole population), with the group's values. */
function keyedCte(shape: QueryShape): string {
  const { d, config } = shape;
  const value = (c: string) => `CASE WHEN g${shape.groupColumns.indexOf(c)} = '' THEN ${d.string(MISSING_GROUP)} ELSE g${shape.groupColumns.indexOf(c)} END`;
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
  const header = [
    `-- ${tool.name} ${tool.version}: per-group statistics for \`fairgate audit --from-aggregates <result>\` (${dialect}).`,
    `-- Run: ${d.run}`,
    `-- AUC counts are per exact score while a group has at most ${AUC_EXACT_LIMIT} distinct (score, label) pairs, else per 1e-4 cell.`,
    `-- The result holds the counts of every group, small ones too: keep it with the data; publish the report (--suppress-below k).`,
  ];
  if (dialect === 'clickhouse') {
    refuseAliasNames(config);
    return [...header, clickhouseSelects(shape, tableName, fingerprint)].join('\n');
  }
  return [...header, `WITH`, `${decodedCte(shape, tableName)},`, `${usedCte(shape)},`, `${keyedCte(shape)}`, statisticsSelects(shape, fingerprint)].join('\n');
}

/** ClickHouse resolves an alias before a column of the same name: a column named like one of the query's aliases would be read as the alias. */
function refuseAliasNames(config: Readonly<AuditConfig>): void {
  const { prediction, label, score } = config.columns;
  const columns = [prediction, label, score, ...config.groups.flatMap(attributeColumns)].filter((c) => c !== undefined);
  const clash = columns.find((c) => c.startsWith(ALIAS_PREFIX));
  if (clash !== undefined) throw new UsageError(`column "${clash}": ClickHouse queries name their own values ${ALIAS_PREFIX}…, and ClickHouse would read the column as one of them; rename it in a view (CREATE VIEW v AS SELECT ${clash} AS …) and query the view`);
}
