import type { PeriodSettings, WindowSize } from '../model/split-settings.js';
import type { DialectName } from './dialects.js';

/**
 * The time window of a date cell in SQL, as period-cell.ts reads it: an ISO
 * date or timestamp (the same pattern, the same ranges, the day checked
 * against its month); a date, or a time without an offset, is taken as
 * written; a time with an offset is an instant, whose calendar day is taken in
 * the zone of `--tz`. Each dialect's own date functions, in forms that return
 * NULL rather than fail on a value that is not a date (ClickHouse evaluates
 * every branch of a CASE).
 */
export const DATE_PATTERN =
  '[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([Tt ]([01][0-9]|2[0-3]):[0-5][0-9](:([0-5][0-9]|60)([.,][0-9]+)?)?([Zz]|[+-]([01][0-9]|2[0-3])(:?[0-5][0-9])?)?)?';
/** A timestamp that ends with an offset (a date alone ends with `-DD`, which is not one). */
const OFFSET_PATTERN = '.{11,}([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)';

interface DateFunctions {
  /** text of digits → integer, NULL when it is not one */
  int(text: string): string;
  mod(a: string, b: string): string;
  substr(text: string, from: number, length: number): string;
  /** `YYYY-MM-DD` → a DATE */
  date(text: string): string;
  /** a timestamp with an offset → the DATE of that instant in `tz` */
  zoned(text: string, tz: string): string;
  /** a decimal comma of the seconds as a point (engines read only `.`) */
  point(text: string): string;
  /** a DATE → its window's label */
  label: Record<WindowSize, (date: string) => string>;
}

const STANDARD = { point: (t: string) => `REPLACE(${t}, ',', '.')`, int: (t: string) => `CAST(${t} AS BIGINT)`, mod: (a: string, b: string) => `MOD(${a}, ${b})`, substr: (t: string, f: number, l: number) => `SUBSTR(${t}, ${f}, ${l})` };

const FUNCTIONS: Record<DialectName, DateFunctions> = {
  duckdb: {
    ...STANDARD,
    int: (t) => `TRY_CAST(${t} AS BIGINT)`,
    date: (t) => `TRY_CAST(${t} AS DATE)`,
    zoned: (t, tz) => `CAST(timezone('${tz}', TRY_CAST(${t} AS TIMESTAMPTZ)) AS DATE)`,
    label: { day: (d) => `strftime(${d}, '%Y-%m-%d')`, week: (d) => `strftime(${d}, '%G-W%V')`, month: (d) => `strftime(${d}, '%Y-%m')` },
  },
  postgres: {
    ...STANDARD,
    date: (t) => `CAST(${t} AS DATE)`,
    zoned: (t, tz) => `CAST(CAST(${t} AS TIMESTAMPTZ) AT TIME ZONE '${tz}' AS DATE)`,
    label: { day: (d) => `to_char(${d}, 'YYYY-MM-DD')`, week: (d) => `to_char(${d}, 'IYYY-"W"IW')`, month: (d) => `to_char(${d}, 'YYYY-MM')` },
  },
  spark: {
    ...STANDARD,
    int: (t) => `CAST(${t} AS BIGINT)`,
    date: (t) => `CAST(${t} AS DATE)`,
    // the instant's wall-clock time in tz, read as a date (from_utc_timestamp: the session time zone must be UTC)
    zoned: (t, tz) => `CAST(from_utc_timestamp(CAST(${t} AS TIMESTAMP), '${tz}') AS DATE)`,
    label: {
      day: (d) => `date_format(${d}, 'yyyy-MM-dd')`,
      // weekofyear is the ISO week; its year is the year of the week's Thursday
      week: (d) => `concat(CAST(year(date_add(${d}, 3 - MOD(dayofweek(${d}) + 5, 7))) AS STRING), '-W', lpad(CAST(weekofyear(${d}) AS STRING), 2, '0'))`,
      month: (d) => `date_format(${d}, 'yyyy-MM')`,
    },
  },
  bigquery: {
    ...STANDARD,
    int: (t) => `SAFE_CAST(${t} AS INT64)`,
    date: (t) => `SAFE_CAST(${t} AS DATE)`,
    zoned: (t, tz) => `DATE(SAFE_CAST(REPLACE(${t}, 'T', ' ') AS TIMESTAMP), '${tz}')`,
    label: { day: (d) => `FORMAT_DATE('%Y-%m-%d', ${d})`, week: (d) => `FORMAT_DATE('%G-W%V', ${d})`, month: (d) => `FORMAT_DATE('%Y-%m', ${d})` },
  },
  clickhouse: {
    int: (t) => `toInt64OrNull(${t})`,
    mod: (a, b) => `modulo(${a}, ${b})`,
    point: (t) => `replaceAll(${t}, ',', '.')`,
    substr: (t, f, l) => `substring(${t}, ${f}, ${l})`,
    date: (t) => `toDateOrNull(${t})`,
    zoned: (t, tz) => `toDate(toTimeZone(parseDateTimeBestEffortOrNull(${t}), '${tz}'))`,
    label: {
      day: (d) => `toString(${d})`,
      week: (d) => `concat(toString(toISOYear(${d})), '-W', if(toISOWeek(${d}) < 10, '0', ''), toString(toISOWeek(${d})))`,
      month: (d) => `formatDateTime(${d}, '%Y-%m')`,
    },
  },
};

/** SQL: the trimmed cell `raw` is a date or timestamp fairgate reads (the pattern, and a day its month has). */
export function isDateSql(dialect: DialectName, matches: (value: string, pattern: string) => string, raw: string): string {
  const f = FUNCTIONS[dialect];
  const year = f.int(f.substr(raw, 1, 4));
  const month = f.int(f.substr(raw, 6, 2));
  const leap = `(${f.mod(year, '4')} = 0 AND (${f.mod(year, '100')} <> 0 OR ${f.mod(year, '400')} = 0))`;
  const days = `CASE WHEN ${month} = 2 THEN CASE WHEN ${leap} THEN 29 ELSE 28 END WHEN ${month} IN (4, 6, 9, 11) THEN 30 ELSE 31 END`;
  return `(${matches(raw, DATE_PATTERN)} AND ${f.int(f.substr(raw, 9, 2))} <= ${days})`;
}

/** SQL: the label of the window of the date cell `raw` (trimmed, not NULL, a date by isDateSql). */
export function windowLabelSql(dialect: DialectName, matches: (value: string, pattern: string) => string, raw: string, period: PeriodSettings): string {
  const f = FUNCTIONS[dialect];
  const tz = period.tz.replaceAll("'", "''");
  const day = `CASE WHEN ${matches(raw, OFFSET_PATTERN)} THEN ${f.zoned(f.point(raw), tz)} ELSE ${f.date(f.substr(raw, 1, 10))} END`;
  return f.label[period.every](day);
}
