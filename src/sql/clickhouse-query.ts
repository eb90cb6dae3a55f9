import { AUC_EXACT_LIMIT } from '../core/auc-histogram.js';
import { MISSING_GROUP } from '../core/types.js';
import { badDate, isPeriodColumn, windowValue } from './split-columns.js';
import { numberAliases } from './clickhouse-number.js';
import { binSums, dropReason, refusalConditions } from './statistics-selects.js';
import { selectList } from './result-columns.js';
import { candidateCode, consentCode, consentGiven, reachesExtras } from './consent-candidate.js';
import { binary, cell, MARKER_LIKE_PATTERN, NUMBER_PATTERN, scoreColumns, type QueryShape } from './query-shape.js';

/**
 * The statistics query for ClickHouse 18.16, which has no `WITH name AS
 * (SELECT …)`. Each part of the result is one SELECT over the table that does
 * all its decoding with expression aliases (ClickHouse's `WITH expr AS
 * name`), fans rows out per attribute with ARRAY JOIN, filters and groups: on
 * a Distributed table that SELECT runs on every shard and only its partial
 * aggregates travel. What follows (the result's columns, the AUC grid switch)
 * is nested around it and runs on the initiator over the small result.
 *
 * ClickHouse resolves an alias before a column of the same name, so every
 * alias next to the table's columns starts with `fg_`; buildStatisticsQuery
 * refuses a column named like one of them.
 */
export const ALIAS_PREFIX = 'fg_';
const N = { p_raw: 'fg_p_raw', l_raw: 'fg_l_raw', s_raw: 'fg_s_raw', o_raw: 'fg_o_raw', c_raw: 'fg_c_raw', k_raw: 'fg_k_raw', m_raw: 'fg_m_raw', t_raw: 'fg_t_raw', p: 'fg_p', y: 'fg_y', s: 'fg_s', o: 'fg_o', k: 'fg_k', m: 'fg_m', dec: 'fg_dec', b: 'fg_b', cell: 'fg_cell' };
const g = (i: number) => `fg_g${i}`;
const v = (i: number) => `fg_v${i}`;

/** The aliases that decode a row as decode-row.ts does (see build-query.ts for the rules). */
function decoding(shape: QueryShape): string {
  const { d, config } = shape;
  const { prediction, label, score, outcome, decision: classes, consent, candidate } = config.columns;
  const raw = (column: string | undefined) => (column ? cell(d, column) : `CAST(NULL AS ${d.text})`);
  const { decision, bin, gridCell } = scoreColumns(d, config, { p: N.p, s: N.s });
  const numbers = (raw: string, name: string, positives: readonly string[] | null) => (positives === null ? numberAliases(raw, name, NUMBER_PATTERN) : []);
  const aliases: [string, string][] = [
    [raw(prediction), N.p_raw],
    [raw(label), N.l_raw],
    [raw(score), N.s_raw],
    ...(outcome ? [[raw(outcome), N.o_raw] as [string, string]] : []),
    // the class (--decision), the consent (--consent) and the candidate's cell (--candidate), only when given
    ...(classes ? [[raw(classes), N.c_raw] as [string, string]] : []),
    ...(consent ? [[raw(consent), N.k_raw] as [string, string]] : []),
    ...(candidate ? [[raw(candidate), N.m_raw] as [string, string]] : []),
    // the period column's value is the label of its time window
    ...shape.groupColumns.flatMap((c, i): [string, string][] => (isPeriodColumn(shape, c) ? [[cell(d, c), N.t_raw], [windowValue(shape, N.t_raw), g(i)]] : [[`ifNull(${cell(d, c)}, '')`, g(i)]])),
    ...(prediction ? numbers(N.p_raw, 'fg_p_number', config.predictionPositive) : []),
    ...(label ? numbers(N.l_raw, 'fg_l_number', config.labelPositive) : []),
    ...(score ? numbers(N.s_raw, N.s, null) : []),
    ...(outcome ? numbers(N.o_raw, N.o, null) : []),
    ...(candidate ? numbers(N.m_raw, 'fg_m_number', config.threshold !== null ? null : config.predictionPositive) : []),
    [prediction ? binary(d, N.p_raw, config.predictionPositive, 'fg_p_number') : `CAST(NULL AS ${d.integer})`, N.p],
    [label ? binary(d, N.l_raw, config.labelPositive, 'fg_l_number') : `CAST(NULL AS ${d.integer})`, N.y],
    ...(score ? [] : [[`CAST(NULL AS ${d.double})`, N.s] as [string, string]]),
    [decision, N.dec],
    [bin, N.b],
    [gridCell, N.cell],
    ...(consent ? [[consentCode(shape, N.k_raw), N.k] as [string, string]] : []),
    ...(candidate ? [[candidateCode(shape, N.m_raw, config.threshold !== null || config.predictionPositive === null ? 'fg_m_number' : undefined), N.m] as [string, string]] : []),
  ];
  return `WITH\n${aliases.map(([e, name]) => `    ${e} AS ${name}`).join(',\n')}`;
}

/** Each row once per attribute (and once for the whole population): the attribute, the group's values, and whether --missing drop keeps it. */
function fanOut(shape: QueryShape): { arrayJoin: string; kept: string | null } {
  const { d, config } = shape;
  const index = (c: string) => shape.groupColumns.indexOf(c);
  // as group-key.ts's valueComponent: an empty cell is (missing); a cell reading (missing) gets a backslash, so the two stay apart
  const value = (c: string) => `multiIf(${g(index(c))} = '', ${d.string(MISSING_GROUP)}, ${d.matches(g(index(c)), MARKER_LIKE_PATTERN)}, concat(${d.string('\\')}, ${g(index(c))}), ${g(index(c))})`;
  const attributes = [{ name: '', columns: [] as readonly string[] }, ...shape.attributes];
  const arrays = [`[${attributes.map((a) => d.string(a.name)).join(', ')}] AS fg_attribute`];
  for (let i = 0; i < shape.arity; i++) arrays.push(`[${attributes.map((a) => (a.columns[i] ? value(a.columns[i]!) : `''`)).join(', ')}] AS ${v(i + 1)}`);
  const isDrop = config.missing === 'drop';
  if (isDrop) arrays.push(`[${attributes.map((a) => (a.columns.length ? a.columns.map((c) => `${g(index(c))} <> ''`).join(' AND ') : '1')).join(', ')}] AS fg_kept`);
  return { arrayJoin: `ARRAY JOIN ${arrays.join(', ')}`, kept: isDrop ? 'fg_kept = 1' : null };
}

/** SELECT over the table: decoding aliases, then `body` (the select list), FROM, the rest. */
function overTable(shape: QueryShape, table: string, select: string, rest: string[]): string {
  return [decoding(shape), `  SELECT ${select}`, `  FROM ${table}`, ...rest.map((r) => `  ${r}`)].join('\n');
}

const nested = (outer: string, inner: string, after = '') => `${outer} FROM (\n${inner}\n)${after}`;

/** The statistics query in ClickHouse's SQL, in the long form of sql-result.ts. */
export function clickhouseSelects(shape: QueryShape, table: string, fingerprint: string): string {
  const { d, config } = shape;
  const { prediction, label, score, outcome, decision: classes, consent, candidate } = config.columns;
  const valueColumns = Array.from({ length: shape.arity }, (_, i) => v(i + 1));
  const values = Object.fromEntries(valueColumns.map((c, i) => [`v${i + 1}`, `nullIf(${c}, '')`]));
  const keys = ['fg_attribute', ...valueColumns].join(', ');
  const { arrayJoin, kept } = fanOut(shape);
  const usedRow = [prediction ? `${N.p} IN (0, 1)` : null, label ? `${N.y} IN (0, 1)` : null, score ? `${N.s} IS NOT NULL` : null, outcome ? `${N.o} IS NOT NULL` : null];
  const used = [...usedRow, classes ? `${N.c_raw} IS NOT NULL` : null, kept].filter((c) => c !== null);
  const where = used.length ? [`WHERE ${used.join(' AND ')}`] : [];
  const { valid, badScore } = refusalConditions(shape, N);
  const invalid = (role: string, raw: string, condition: string) =>
    nested(`SELECT ${selectList(shape, { kind: `'invalid'`, attribute: d.string(role), n: 'fg_n', detail: 'fg_example' })}`, overTable(shape, table, `count() AS fg_n, min(${raw}) AS fg_example`, [`WHERE ${condition}`]), ' WHERE fg_n > 0');
  const firstValues = (role: string, raw: string) =>
    // (an alias of an alias, `fg_p_raw AS fg_raw`, is lost on the way to the shards in 18.16)
    nested(`SELECT ${selectList(shape, { kind: `'value'`, attribute: d.string(role), n: 'fg_n', detail: raw })}`, overTable(shape, table, `${raw}, count() AS fg_n`, [`WHERE ${raw} IS NOT NULL`, `GROUP BY ${raw} ORDER BY ${raw} LIMIT 20`]));
  const sums = binSums({ dec: N.dec, y: N.y, s: N.s });
  const binInner = overTable(shape, table, `${keys}, ${N.b}, ${Object.entries(sums).map(([name, e]) => `${e} AS fg_${name}`).join(', ')}`, [arrayJoin, ...where, `GROUP BY ${keys}, ${N.b}`]);
  const binGiven = { kind: `'bin'`, attribute: 'fg_attribute', ...values, bin: N.b, ...Object.fromEntries(Object.keys(sums).map((name) => [name, `fg_${name}`])) };
  const selects = [
    nested(`SELECT ${selectList(shape, { kind: `'meta'`, n: 'fg_n', detail: d.string(fingerprint) })}`, `  SELECT count() AS fg_n FROM ${table}`),
    nested(`SELECT ${selectList(shape, { kind: `'dropped'`, n: 'fg_n', detail: 'fg_reason' })}`, overTable(shape, table, `${dropReason(shape, N)} AS fg_reason, count() AS fg_n`, [`WHERE ${valid} AND fg_reason IS NOT NULL`, 'GROUP BY fg_reason'])),
    // a used row's date that is not one (the CLI reads dates of used rows only)
    ...(config.period ? [invalid('period', N.t_raw, [...usedRow.filter((c) => c !== null), badDate(shape, N.t_raw)].join(' AND '))] : []),
    ...(prediction ? [invalid('prediction', N.p_raw, `${N.p} = -1`), firstValues('prediction', N.p_raw)] : []),
    ...(label ? [invalid('label', N.l_raw, `${N.y} = -1`), firstValues('label', N.l_raw)] : []),
    ...(score ? [invalid('score', N.s_raw, `${valid} AND ${badScore}`)] : []),
    // an outcome that is not a number, on a row the CSV reader would otherwise use (it reads the outcome last)
    ...(outcome ? [invalid('outcome', N.o_raw, `${valid} AND ${dropReason(shape, N, { withClass: false })} IS NULL AND NOT (${badScore}) AND ${N.o} IS NULL`)] : []),
    // a consent in neither set, a candidate cell empty or unreadable, on a row whose other cells the CSV reader read
    ...(consent ? [invalid('consent', N.k_raw, `${reachesExtras(shape, N)} AND ${N.k} = -1`)] : []),
    ...(candidate ? [invalid('candidate', N.m_raw, `${reachesExtras(shape, N)} AND ${N.m} < 0`)] : []),
    nested(`SELECT ${selectList(shape, binGiven)}`, binInner),
    ...(score && label ? [aucSelect(shape, table, keys, values, [arrayJoin, ...where])] : []),
    // each group's outcome values with their rows (the exact value → count map)
    ...(outcome ? [nested(`SELECT ${selectList(shape, { kind: `'outcome'`, attribute: 'fg_attribute', ...values, score: N.o, n: 'fg_n' })}`, overTable(shape, table, `${keys}, ${N.o}, count() AS fg_n`, [arrayJoin, ...where, `GROUP BY ${keys}, ${N.o}`]))] : []),
    // each group's rows per class, its opted-out and unknown-consent rows, the candidate's counts
    ...(classes ? [grouped(`'class'`, [N.c_raw], 'count() AS fg_n', { n: 'fg_n', detail: N.c_raw })] : []),
    ...(consent ? [grouped(`'consent'`, [N.k], 'count() AS fg_n, sum(fg_dec) AS fg_selected', consentGiven(N.k, 'fg_n', 'fg_selected'), `${N.k} IN (1, 2)`)] : []),
    ...(candidate ? [grouped(`'candidate'`, [], 'count() AS fg_n, sum(fg_dec) AS fg_both, sum(fg_y) AS fg_tp', { n: 'fg_n', selected: 'fg_both', tp: 'fg_tp' }, `${N.m} = 1`)] : []),
  ];
  return selects.join('\nUNION ALL\n') + ';\n';

  /** Rows of one kind per group (and per the `by` columns), counted over the used rows (and `only`). */
  function grouped(kind: string, by: string[], counts: string, given: Record<string, string>, only?: string): string {
    const where = [...used, ...(only ? [only] : [])];
    const inner = overTable(shape, table, [keys, ...by, counts].join(', '), [arrayJoin, `WHERE ${where.join(' AND ')}`, `GROUP BY ${[keys, ...by].join(', ')}`]);
    return nested(`SELECT ${selectList(shape, { kind, attribute: 'fg_attribute', ...values, ...given })}`, inner);
  }
}

/** AUC counts per exact (score, label), or per 1e-4 cell for a group past AUC_EXACT_LIMIT pairs: the pairs of a group are counted in an array, as 18.16 has no window functions. */
function aucSelect(shape: QueryShape, table: string, keys: string, values: Record<string, string>, rest: string[]): string {
  const pairs = overTable(shape, table, `${keys}, ${N.s}, ${N.y}, ${N.cell}, count() AS fg_n`, [...rest, `GROUP BY ${keys}, ${N.s}, ${N.y}, ${N.cell}`]);
  const perGroup = nested(`  SELECT ${keys}, groupArray((${N.s}, ${N.y}, ${N.cell}, fg_n)) AS fg_pairs, count() AS fg_count`, pairs, ` GROUP BY ${keys}`);
  const isGrid = `fg_count > ${AUC_EXACT_LIMIT}`;
  const score = `if(${isGrid}, toFloat64(tupleElement(fg_pair, 3)), tupleElement(fg_pair, 1))`;
  const counted = nested(
    `  SELECT ${keys}, ${score} AS fg_score, tupleElement(fg_pair, 2) AS fg_label, ${isGrid} AS fg_grid, sum(tupleElement(fg_pair, 4)) AS fg_n`,
    perGroup,
    ` ARRAY JOIN fg_pairs AS fg_pair GROUP BY ${keys}, fg_score, fg_label, fg_grid`,
  );
  return nested(`SELECT ${selectList(shape, { kind: `'auc'`, attribute: 'fg_attribute', ...values, score: 'fg_score', label: 'fg_label', grid: 'fg_grid', n: 'fg_n' })}`, counted);
}
