import { AUC_EXACT_LIMIT } from '../core/auc-histogram.js';
import type { QueryShape } from './query-shape.js';
import { selectList, valueColumns } from './result-columns.js';
import { badDate, PERIOD_RAW } from './split-columns.js';
import { reachesExtras } from './consent-candidate.js';
import { candidateSelect, classSelect, consentSelect, outcomeSelect } from './group-selects.js';

const DECODED_EXTRAS = { p: 'p', y: 'y', s: 's', o: 'o' };

/** The names of a decoded row's columns in the query. */
export interface DecodedNames {
  p: string;
  y: string;
  s: string;
  s_raw: string;
  /** the outcome's cell (`--outcome`) */
  o_raw?: string;
  /** the class's cell (`--decision`) */
  c_raw?: string;
}
const DECODED: DecodedNames = { p: 'p', y: 'y', s: 's', s_raw: 's_raw', o_raw: 'o_raw', c_raw: 'c_raw' };

/**
 * Why a row is left out, in the CSV reader's order (prediction, label, score,
 * outcome, then the class); NULL when it is used. `withClass: false`: the
 * reasons before the class is read (a row the reader refuses for its outcome
 * may have no class).
 */
export function dropReason(shape: QueryShape, { p, y, s_raw, o_raw, c_raw = 'c_raw' } = DECODED, { withClass } = { withClass: true }): string {
  const { prediction, label, score, outcome } = shape.config.columns;
  const cases = [
    prediction ? `WHEN ${p} IS NULL THEN 'missing_prediction'` : '',
    label ? `WHEN ${y} IS NULL THEN 'missing_label'` : '',
    score ? `WHEN ${s_raw} IS NULL THEN 'missing_score'` : '',
    outcome && o_raw ? `WHEN ${o_raw} IS NULL THEN 'missing_outcome'` : '',
    shape.config.columns.decision && withClass ? `WHEN ${c_raw} IS NULL THEN 'missing_class'` : '',
  ].filter(Boolean);
  return cases.length ? `CASE ${cases.join(' ')} END` : `CAST(NULL AS ${shape.d.text})`;
}

/** Rows that are neither refused nor used (a missing cell), and rows whose score the CLI refuses: not a number, or a probability outside [0, 1]. */
export function refusalConditions(shape: QueryShape, { p, y, s, s_raw } = DECODED): { valid: string; badScore: string } {
  const valid = `COALESCE(${p}, 0) <> -1 AND COALESCE(${y}, 0) <> -1`;
  const badScore = `${s_raw} IS NOT NULL AND (${s} IS NULL${shape.config.columns.label ? ` OR ${s} < 0 OR ${s} > 1` : ''})`;
  return { valid, badScore };
}

/** Rows whose cells the CLI would refuse: a binary value neither positive nor negative, a score that is not a (probability) number. */
function invalidSelects(shape: QueryShape): string[] {
  const { config, d } = shape;
  const { prediction, label, score, outcome } = config.columns;
  const { valid, badScore } = refusalConditions(shape);
  const invalid = (role: string, raw: string, where: string) =>
    `SELECT ${selectList(shape, { kind: `'invalid'`, attribute: d.string(role), n: 'n', detail: 'example' })} FROM (SELECT COUNT(*) AS n, MIN(${raw}) AS example FROM decoded WHERE ${where}) i WHERE n > 0`;
  // The first values of each binary column, for the messages (sorted: SQL has no "first seen").
  const values = (role: string, raw: string) =>
    `SELECT ${selectList(shape, { kind: `'value'`, attribute: d.string(role), n: 'n', detail: 'raw' })} FROM (SELECT ${raw} AS raw, COUNT(*) AS n, ROW_NUMBER() OVER (ORDER BY ${raw}) AS k FROM decoded WHERE ${raw} IS NOT NULL GROUP BY ${raw}) v WHERE k <= 20`;
  // a used row's date that is not one (the CLI reads dates of used rows only)
  const period = config.period ? [`SELECT ${selectList(shape, { kind: `'invalid'`, attribute: `'period'`, n: 'n', detail: 'example' })} FROM (SELECT COUNT(*) AS n, MIN(${PERIOD_RAW}) AS example FROM used WHERE ${badDate(shape, PERIOD_RAW)}) i WHERE n > 0`] : [];
  return [
    ...period,
    ...(prediction ? [invalid('prediction', 'p_raw', 'p = -1'), values('prediction', 'p_raw')] : []),
    ...(label ? [invalid('label', 'l_raw', 'y = -1'), values('label', 'l_raw')] : []),
    ...(score ? [invalid('score', 's_raw', `${valid} AND ${badScore}`)] : []),
    // an outcome that is not a number, on a row the CSV reader would otherwise use (it reads the outcome last)
    ...(outcome ? [invalid('outcome', 'o_raw', `${valid} AND ${dropReason(shape, DECODED, { withClass: false })} IS NULL AND NOT (${badScore}) AND o IS NULL`)] : []),
    // a consent in neither set, a candidate cell empty or unreadable, on a row whose other cells the CSV reader read
    ...(config.columns.consent ? [invalid('consent', 'k_raw', `${reachesExtras(shape, DECODED_EXTRAS)} AND k = -1`)] : []),
    ...(config.columns.candidate ? [invalid('candidate', 'm_raw', `${reachesExtras(shape, DECODED_EXTRAS)} AND m < 0`)] : []),
  ];
}

/** The sums of a group's rows in one calibration bin, given the names of the decision, the label and the score. */
export function binSums({ dec, y, s } = { dec: 'dec', y: 'y', s: 's' }) {
  return { n: 'COUNT(*)', selected: `SUM(${dec})`, positives: `SUM(${y})`, tp: `SUM(${dec} * ${y})`, sum_score: `SUM(${s})`, sum_score_squared: `SUM(${s} * ${s})`, sum_squared_error: `SUM((${s} - ${y}) * (${s} - ${y}))` };
}

function aucSelect(shape: QueryShape): string {
  const v = valueColumns(shape);
  const isGrid = `pairs > ${AUC_EXACT_LIMIT}`;
  const pairs = `SELECT attribute, ${v}, s, y, cell, COUNT(*) AS n, COUNT(*) OVER (PARTITION BY attribute, ${v}) AS pairs FROM keyed GROUP BY attribute, ${v}, s, y, cell`;
  const given = {
    kind: `'auc'`,
    attribute: 'attribute',
    ...Object.fromEntries(v.split(', ').map((c) => [c, c])),
    score: `CASE WHEN ${isGrid} THEN cell ELSE s END`,
    label: 'y',
    grid: `CASE WHEN ${isGrid} THEN 1 ELSE 0 END`,
    n: 'SUM(n)',
  };
  return `SELECT ${selectList(shape, given)} FROM (${pairs}) p GROUP BY attribute, ${v}, CASE WHEN ${isGrid} THEN cell ELSE s END, y, CASE WHEN ${isGrid} THEN 1 ELSE 0 END`;
}

/** The final UNION ALL: meta (fingerprint, rows read), drops, refusals, per-bin sums per group, AUC counts, classes, outcomes, consent, candidate. */
export function statisticsSelects(shape: QueryShape, fingerprint: string): string {
  const { d, config } = shape;
  const v = valueColumns(shape);
  const hasAuc = config.columns.score !== undefined && config.columns.label !== undefined;
  const bin = {
    kind: `'bin'`,
    attribute: 'attribute',
    ...Object.fromEntries(v.split(', ').map((c) => [c, c])),
    bin: 'b',
    ...binSums(),
  };
  const selects = [
    `SELECT ${selectList(shape, { kind: `'meta'`, n: 'COUNT(*)', detail: d.string(fingerprint) })} FROM raw`,
    `SELECT ${selectList(shape, { kind: `'dropped'`, n: 'COUNT(*)', detail: 'reason' })} FROM (SELECT ${dropReason(shape)} AS reason FROM decoded WHERE ${refusalConditions(shape).valid}) r WHERE reason IS NOT NULL GROUP BY reason`,
    ...invalidSelects(shape),
    `SELECT ${selectList(shape, bin)} FROM keyed GROUP BY attribute, ${v}, b`,
    ...(hasAuc ? [aucSelect(shape)] : []),
    ...(config.columns.decision ? [classSelect(shape)] : []),
    ...(config.columns.outcome ? [outcomeSelect(shape)] : []),
    ...(config.columns.consent ? [consentSelect(shape)] : []),
    ...(config.columns.candidate ? [candidateSelect(shape)] : []),
  ];
  return selects.join('\nUNION ALL\n') + ';\n';
}
