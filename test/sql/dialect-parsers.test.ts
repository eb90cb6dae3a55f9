import { SparkSQL } from 'dt-sql-parser';
import fc from 'fast-check';
import nodeSqlParser from 'node-sql-parser';
import { describe, expect, it, vi } from 'vitest';
import { buildStatisticsQuery } from '../../src/sql/build-query.js';
import { testConfig } from '../helpers/rows.js';

/**
 * Spark's and BigQuery's queries cannot run here, so real parsers of those
 * dialects read every shape of query the generator writes: dt-sql-parser's
 * SparkSQL parser (ANTLR, generated from Apache Spark's own grammar) and
 * node-sql-parser's BigQuery grammar. A parser checks syntax, quoting and
 * escaping, not whether a function exists: DuckDB, PostgreSQL and ClickHouse
 * run their queries (duckdb, postgres, clickhouse.test.ts).
 */
const tool = { name: 'fairgate', version: 'test' };
const spark = new SparkSQL();
const bigquery = new nodeSqlParser.Parser();

/** The parser's syntax errors (ANTLR also prints them on the console: silenced, they are returned). */
function sparkErrors(sql: string): string[] {
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    return spark.validate(sql).map((e) => `line ${e.startLine}, column ${e.startColumn}: ${e.message}`);
  } finally {
    quiet.mockRestore();
  }
}

function bigqueryError(sql: string): string | null {
  try {
    bigquery.astify(sql, { database: 'bigquery' });
    return null;
  } catch (error) {
    return String((error as Error).message).slice(0, 300);
  }
}

/** The names the Spark text quotes, unquoted as Spark does (`` is a backtick). */
function sparkQuotedNames(sql: string): Set<string> {
  return new Set(spark.getAllTokens(sql).filter((t) => t.text?.startsWith('`')).map((t) => t.text!.slice(1, -1).replaceAll('``', '`')));
}

/** The columns the BigQuery text reads, as node-sql-parser finds them, with BigQuery's escapes (\\ \` \') undone. */
function bigqueryColumns(sql: string): Set<string> {
  return new Set(bigquery.columnList(sql, { database: 'bigquery' }).map((c) => c.split('::').slice(2).join('::').replace(/\\(.)/g, '$1')));
}

// Every branch of the generator: which columns are given, positive lists or
// the number rule, a threshold, --missing, the bins, attributes of 1 to 3 columns.
const SHAPES: [string, Record<string, unknown>][] = [
  ['prediction, label and score; an intersection', { columns: { prediction: 'targeted', label: 'converted', score: 'score' }, groups: ['gender', 'ethnicity', 'gender+ethnicity'] }],
  ['threshold, a label positive list, --missing drop, 5 bins', { columns: { label: 'outcome', score: 'score' }, threshold: 0.3, labelPositive: ['won', 'yes'], missing: 'drop', bins: 5, groups: ['region'] }],
  ['prediction only, a positive list, three columns', { columns: { prediction: 'd' }, predictionPositive: ['Y'], missing: 'drop', groups: ['a+b+c', 'a'] }],
  ['prediction and label, no score', { columns: { prediction: 'd', label: 'y' }, groups: ['g', 'g+h'] }],
  ['prediction and score, no label', { columns: { prediction: 'd', score: 's' }, bins: 20, groups: ['g'] }],
  ['threshold and score only', { columns: { score: 's' }, threshold: 0.5, groups: ['g', 'h'] }],
  ['strata of two columns and weekly windows in a zone', { columns: { prediction: 'd', label: 'y' }, groups: ['g', 'g+h'], strata: ['s', 't'], period: 'when', every: 'week', tz: 'Europe/Paris' }],
  ['daily windows, --missing drop', { columns: { prediction: 'd' }, groups: ['g'], period: 'when', every: 'day', missing: 'drop' }],
  ['monthly windows and a stratum', { columns: { prediction: 'd', score: 's' }, groups: ['g'], strata: ['r'], period: 'when', every: 'month' }],
  ['an outcome with a score and a label', { columns: { prediction: 'd', label: 'y', score: 's', outcome: 'offer' }, groups: ['g', 'g+h'] }],
  ['an outcome alone, weekly windows', { columns: { outcome: 'offer' }, groups: ['g'], period: 'when', every: 'week' }],
  ['consent, a candidate decision and classes', { columns: { prediction: 'd', label: 'y', consent: 'c', candidate: 'd2', decision: 'tier' }, groups: ['g', 'g+h'] }],
  ['consent with its own values, a candidate score cut at the threshold, --missing drop', { columns: { score: 's', consent: 'c', candidate: 's2' }, threshold: 0.4, consent: { yes: ["it's ok"], no: ['No'] }, missing: 'drop', groups: ['g'] }],
];

describe('fairgate sql: Spark and BigQuery texts parse in those dialects', () => {
  it.each(SHAPES)('Spark: %s', (_name, overrides) => {
    const config = testConfig(overrides);
    const sql = buildStatisticsQuery(config, 'analytics.decisions', 'spark', tool);
    expect(sparkErrors(sql)).toEqual([]);
  });

  it.each(SHAPES)('BigQuery: %s', (_name, overrides) => {
    const config = testConfig(overrides);
    const sql = buildStatisticsQuery(config, 'project.dataset.decisions', 'bigquery', tool);
    expect(bigqueryError(sql)).toBeNull();
  });

  it('names with quotes, backslashes, backticks and other characters are quoted so that each parser reads them back', () => {
    const name = fc.string({ unit: fc.constantFrom(...'ab_ 1\'"`\\.+,-é'), minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && !s.includes('+') && s !== '');
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 4, maxLength: 4 }), fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 2 }), ([label, score, g, h], positives) => {
        const config = testConfig({ columns: { label, score }, threshold: 0.5, labelPositive: positives, groups: [g, `${g}+${h}`] });
        const sparkSql = buildStatisticsQuery(config, `my db.t\`1`, 'spark', tool);
        expect(sparkErrors(sparkSql)).toEqual([]);
        const quoted = sparkQuotedNames(sparkSql);
        for (const column of [label!, score!, g!, h!, 'my db', 't`1']) expect(quoted).toContain(column);
        // node-sql-parser does not know BigQuery's \` in a quoted identifier (BigQuery does: the escapes of strings)
        if ([label, score, g, h].some((c) => c!.includes('`'))) return;
        const bigquerySql = buildStatisticsQuery(config, 'project.data_set.t1', 'bigquery', tool);
        expect(bigqueryError(bigquerySql)).toBeNull();
        const columns = bigqueryColumns(bigquerySql);
        for (const column of [label!, score!, g!, h!]) expect(columns).toContain(column);
      }),
      { numRuns: 8, seed: 7 },
    );
  });

  it('BigQuery column names are read back as given', () => {
    const config = testConfig({ columns: { prediction: "it's", label: 'a\\b', score: 'score' }, groups: ['région', 'région+x y'] });
    const columns = bigqueryColumns(buildStatisticsQuery(config, 'p.d.t', 'bigquery', tool));
    for (const column of ["it's", 'a\\b', 'score', 'région', 'x y']) expect(columns).toContain(column);
  });

  it('each parser refuses the other dialects’ texts (the checks can fail)', () => {
    const config = testConfig({ columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g'] });
    const text = (dialect: 'duckdb' | 'postgres' | 'spark' | 'bigquery' | 'clickhouse') => buildStatisticsQuery(config, 't', dialect, tool);
    // SAFE_CAST(… AS FLOAT64) is BigQuery's, `~` PostgreSQL's
    expect(sparkErrors(text('bigquery')).length).toBeGreaterThan(0);
    expect(sparkErrors(text('postgres')).length).toBeGreaterThan(0);
    // TRY_CAST, RLIKE and trim(BOTH … FROM …) are not BigQuery's, nor double-quoted identifiers with chr()
    expect(bigqueryError(text('spark'))).not.toBeNull();
    expect(bigqueryError(text('duckdb'))).not.toBeNull();
    expect(bigqueryError(text('clickhouse'))).not.toBeNull();
    // a dropped comma is a syntax error for both
    expect(sparkErrors(text('spark').replace('AS l_raw,', 'AS l_raw')).length).toBeGreaterThan(0);
    expect(bigqueryError(text('bigquery').replace('AS l_raw,', 'AS l_raw'))).not.toBeNull();
  });
});
