/**
 * What differs between the SQL dialects fairgate writes: quoting, type names,
 * regular expressions, safe casts and string escapes. Everything else in the
 * query is standard SQL (CTEs, CASE, window COUNT, UNION ALL).
 */
export interface Dialect {
  /** how a user runs the query and saves its result as CSV or JSON */
  run: string;
  identifier(name: string): string;
  string(value: string): string;
  text: string;
  double: string;
  integer: string;
  /** boolean: `value` (text) fully matches the pattern */
  matches(value: string, pattern: string): string;
  /** value cast to a double (the query checks the number pattern first) */
  toDouble(value: string): string;
  /** the characters TRIM removes: space, tab, CR, LF */
  trimmed(value: string): string;
  /** the names of the n-ary minimum and maximum */
  least: string;
  greatest: string;
  /** true where UNION ALL does not unify its branches' types: every result column is cast */
  castsUnionColumns?: boolean;
}

const doubleQuoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
const backQuoted = (name: string) => `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``;
// Spark's quoted identifiers have no escapes but a doubled backtick.
const sparkQuoted = (name: string) => `\`${name.replaceAll('`', '``')}\``;
const standardString = (value: string) => `'${value.replaceAll("'", "''")}'`;
const backslashString = (value: string) =>
  `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n').replaceAll('\r', '\\r').replaceAll('\t', '\\t')}'`;

const STANDARD_MIN_MAX = { least: 'LEAST', greatest: 'GREATEST' };

export const DIALECTS = {
  duckdb: {
    run: 'duckdb my.db -csv -c ".read q.sql" > stats.csv   (or: COPY (<query>) TO \'stats.csv\' (HEADER))',
    identifier: doubleQuoted,
    string: standardString,
    text: 'VARCHAR',
    double: 'DOUBLE',
    integer: 'BIGINT',
    matches: (value, pattern) => `regexp_full_match(${value}, ${standardString(pattern)})`,
    toDouble: (value) => `TRY_CAST(${value} AS DOUBLE)`,
    trimmed: (value) => `trim(${value}, ' ' || chr(9) || chr(13) || chr(10))`,
    ...STANDARD_MIN_MAX,
  },
  postgres: {
    run: 'psql "$DATABASE_URL" --csv -f q.sql > stats.csv',
    identifier: doubleQuoted,
    string: standardString,
    text: 'TEXT',
    double: 'DOUBLE PRECISION',
    integer: 'BIGINT',
    matches: (value, pattern) => `(${value} ~ ${standardString(`^(?:${pattern})$`)})`,
    // Safe: the query's CASE casts only cells that match the number pattern.
    toDouble: (value) => `CAST(${value} AS DOUBLE PRECISION)`,
    trimmed: (value) => `btrim(${value}, ' ' || chr(9) || chr(13) || chr(10))`,
    ...STANDARD_MIN_MAX,
  },
  spark: {
    // spark-sql prints tab-separated rows without a header: the result is saved as JSON lines instead
    run: "pyspark: spark.sql(open('q.sql').read().rstrip().rstrip(';')).coalesce(1).write.json('stats'), then --from-aggregates stats/part-*.json",
    identifier: sparkQuoted,
    string: backslashString,
    text: 'STRING',
    double: 'DOUBLE',
    integer: 'BIGINT',
    matches: (value, pattern) => `(${value} RLIKE ${backslashString(`^(?:${pattern})$`)})`,
    toDouble: (value) => `TRY_CAST(${value} AS DOUBLE)`,
    trimmed: (value) => `trim(BOTH concat(' ', chr(9), chr(13), chr(10)) FROM ${value})`,
    ...STANDARD_MIN_MAX,
  },
  bigquery: {
    run: 'bq query --use_legacy_sql=false --format=json --max_rows=100000000 "$(cat q.sql)" > stats.json',
    identifier: backQuoted,
    string: backslashString,
    text: 'STRING',
    double: 'FLOAT64',
    integer: 'INT64',
    matches: (value, pattern) => `REGEXP_CONTAINS(${value}, ${backslashString(`^(?:${pattern})$`)})`,
    toDouble: (value) => `SAFE_CAST(${value} AS FLOAT64)`,
    trimmed: (value) => `TRIM(${value}, CONCAT(' ', CODE_POINTS_TO_STRING([9, 13, 10])))`,
    ...STANDARD_MIN_MAX,
  },
  // 18.16 (Debian's package) has no WITH … AS (SELECT …): clickhouse-query.ts nests instead.
  clickhouse: {
    run: 'clickhouse-client --format JSONEachRow < q.sql > stats.jsonl',
    identifier: backQuoted,
    string: backslashString,
    // CAST(NULL AS T) needs a Nullable type
    text: 'Nullable(String)',
    double: 'Nullable(Float64)',
    integer: 'Nullable(Int64)',
    matches: (value, pattern) => `match(${value}, ${backslashString(`^(?:${pattern})$`)})`,
    // Not correctly rounded in 18.16: clickhouse-query.ts parses scores with clickhouse-number.ts instead.
    toDouble: (value) => `toFloat64OrNull(replaceRegexpOne(${value}, '^[+]', ''))`,
    trimmed: (value) => `replaceRegexpAll(${value}, '^[ \\t\\r\\n]+|[ \\t\\r\\n]+$', '')`,
    least: 'least',
    greatest: 'greatest',
    castsUnionColumns: true,
  },
} as const satisfies Record<string, Dialect>;

export type DialectName = keyof typeof DIALECTS;
export const DIALECT_NAMES = Object.keys(DIALECTS) as DialectName[];
