import { fingerprintOf } from '../input/aggregate/fingerprint.js';
import { talliedAttributes } from '../model/split-attributes.js';
import { isPeriodColumn, PERIOD_RAW, windowValue } from './split-columns.js';
import type { AuditConfig } from '../model/config.js';
import { AUC_EXACT_LIMIT } from '../core/auc-histogram.js';
import { MISSING_GROUP } from '../core/types.js';
import { DIALECTS, type DialectName } from './dialects.js';
import { statisticsSelects } from './statistics-selects.js';
import { binary, cell, MARKER_LIKE_PATTERN, NUMBER_PATTERN, scoreColumns, type QueryShape } from './query-shape.js';
import { ALIAS_PREFIX, clickhouseSelects } from './clickhouse-query.js';
import { UsageError } from '../model/errors.js';
import { candidateCode, consentCode } from './consent-candidate.js';

function decodedCte(shape: QueryShape, table: string): string {
  const { d, config } = shape;
  const { prediction, label, score, decision, outcome, consent, candidate } = config.columns;
  const lines = [
    `  SELECT`,
    `    ${prediction ? cell(d, prediction) : `CAST(NULL AS ${d.text})`} AS p_raw,`,
    `    ${label ? cell(d, label) : `CAST(NULL AS ${d.text})`} AS l_raw,`,
    `    ${score ? cell(d, score) : `CAST(NULL AS ${d.text})`} AS s_raw,`,
    // the class of a multi-class decision (--decision): any trimmed text, empty = missing (only then, so other queries keep their text)
    ...(decision ? [`    ${cell(d, decision)} AS c_raw,`] : []),
    // the outcome's cell and value only when the run has one, so other queries stay as they were
    ...(outcome ? [`    ${cell(d, outcome)} AS o_raw,`] : []),
    // the consent (--consent) and the candidate model's cell (--candidate), likewise
    ...(consent ? [`    ${cell(d, consent)} AS k_raw,`] : []),
    ...(candidate ? [`    ${cell(d, candidate)} AS m_raw,`] : []),
    ...shape.groupColumns.map((c, i) => `    ${isPeriodColumn(shape, c) ? `${cell(d, c)} AS ${PERIOD_RAW}` : `COALESCE(${cell(d, c)}, '') AS g${i}`}${i < shape.groupColumns.length - 1 ? ',' : ''}`),
    `  FROM ${table}`,
  ];
  // the period column's value is the label of its time window
  const period = shape.groupColumns.findIndex((c) => isPeriodColumn(shape, c));
  const none = `CAST(NULL AS ${d.integer})`;
  const decoded = [
    `    ${prediction ? binary(d, 'p_raw', config.predictionPositive) : none} AS p`,
    `    ${label ? binary(d, 'l_raw', config.labelPositive) : none} AS y`,
    `    ${score ? `CASE WHEN ${d.matches('s_raw', NUMBER_PATTERN)} THEN ${d.toDouble('s_raw')} END` : `CAST(NULL AS ${d.double})`} AS s`,
    ...(outcome ? [`    CASE WHEN ${d.matches('o_raw', NUMBER_PATTERN)} THEN ${d.toDouble('o_raw')} END AS o`] : []),
    ...(consent ? [`    ${consentCode(shape, 'k_raw')} AS k`] : []),
    ...(candidate ? [`    ${candidateCode(shape, 'm_raw')} AS m`] : []),
    ...(period >= 0 ? [`    ${windowValue(shape, PERIOD_RAW)} AS g${period}`] : []),
  ].join(',\n');
  return `raw AS (\n${lines.join('\n')}\n),\ndecoded AS (\n  SELECT raw.*,\n${decoded}\n  FROM raw\n)`;
}

/** Rows that reach the statistics, with the decision, the calibration bin and the AUC grid cell. */
function usedCte(shape: QueryShape): string {
  const { d, config } = shape;
  const { prediction, label, score, outcome } = config.columns;
  const conditions = [prediction ? 'p IN (0, 1)' : null, label ? 'y IN (0, 1)' : null, score ? 's IS NOT NULL' : null, config.columns.decision ? 'c_raw IS NOT NULL' : null, outcome ? 'o IS NOT NULL' : null].filter((c) => c !== null);
  const { decision, bin, gridCell } = scoreColumns(d, config, { p: 'p', s: 's' });
  return `used AS (\n  SELECT decoded.*, ${decision} AS dec, ${bin} AS b, ${gridCell} AS cell\n  FROM decoded${conditions.length ? `\n  WHERE ${conditions.join(' AND ')}` : ''}\n)`;
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
    return `  SELECT ${d.string(name)} AS attribute, ${vs(cols).map((v, i) => `${v} AS v${i + 1}`).join(', ')}, dec, y, s, ${config.columns.outcome ? 'o, ' : ''}b, cell${config.columns.decision ? ', c_raw' : ''}${config.columns.consent ? ', k' : ''}${config.columns.candidate ? ', m' : ''} FROM used${drop}`;
  };
  const parts = [select('', []), ...shape.attributes.map((a) => select(a.name, a.columns))];
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
  const attributes = talliedAttributes(config);
  const groupColumns = [...new Set(attributes.flatMap((a) => a.columns))];
  const shape: QueryShape = { d, dialect, config, groupColumns, attributes, arity: Math.max(1, ...attributes.map((a) => a.columns.length)) };
  const tableName = table.split('.').map(d.identifier).join('.');
  // A query keeps exact counts up to the 10,000-pair floor per group, not the run-wide budget: its result says so (exactMemoryMB 0).
  const fingerprint = JSON.stringify({ ...fingerprintOf(config), exactMemoryMB: 0 });
  const header = [
    `-- ${tool.name} ${tool.version}: per-group statistics for \`fairgate audit --from-aggregates <result>\` (${dialect}).`,
    `-- Run: ${d.run}`,
    `-- AUC counts are per exact score while a group has at most ${AUC_EXACT_LIMIT} distinct (score, label) pairs, else per 1e-4 cell`,
    `-- (the floor of the exact maps; audits of this result use --exact-memory 0, as a run over the rows with --exact-memory 0 would).`,
    `-- The result holds the counts of every group, small ones too: keep it with the data; publish the report (--suppress-below k).`,
    ...(config.period && dialect === 'spark' ? [`-- Time windows: run with spark.sql.session.timeZone=UTC (an instant's day in ${config.period.tz} is read with from_utc_timestamp).`] : []),
  ];
  if (dialect === 'clickhouse') {
    refuseAliasNames(config);
    return [...header, clickhouseSelects(shape, tableName, fingerprint)].join('\n');
  }
  return [...header, `WITH`, `${decodedCte(shape, tableName)},`, `${usedCte(shape)},`, `${keyedCte(shape)}`, statisticsSelects(shape, fingerprint)].join('\n');
}

/** ClickHouse resolves an alias before a column of the same name: a column named like one of the query's aliases would be read as the alias. */
function refuseAliasNames(config: Readonly<AuditConfig>): void {
  const { prediction, label, score, outcome, consent, candidate, decision } = config.columns;
  const columns = [prediction, label, score, outcome, consent, candidate, decision, ...talliedAttributes(config).flatMap((a) => a.columns)].filter((c) => c !== undefined);
  const clash = columns.find((c) => c.startsWith(ALIAS_PREFIX));
  if (clash !== undefined) throw new UsageError(`column "${clash}": ClickHouse queries name their own values ${ALIAS_PREFIX}…, and ClickHouse would read the column as one of them; rename it in a view (CREATE VIEW v AS SELECT ${clash} AS …) and query the view`);
}
