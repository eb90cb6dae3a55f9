import type { Dialect } from './dialects.js';
import { binary, NUMBER_PATTERN, type QueryShape } from './query-shape.js';

// How the query reads the consent column (`--consent`) and the candidate model's column (`--candidate`),
// as consent-reader.ts and candidate-reader.ts read them, in every dialect.

/** The result's `detail` of a consent row: the rows of a group that opted out, or whose consent is unknown. */
export const CONSENT_STATES = { optedOut: 'opted_out', unknown: 'unknown' } as const;

/**
 * A trimmed consent cell (NULL when empty) as 0 opted in, 1 opted out, 2
 * unknown (empty), −1 neither (which the CLI refuses): the sets compared
 * case-insensitively.
 */
export function consentCode(shape: QueryShape, raw: string): string {
  const { d, config } = shape;
  const set = (values: readonly string[]) => values.map((v) => d.string(v.toLowerCase())).join(', ');
  const { yes, no } = config.consent!;
  return `CASE WHEN ${raw} IS NULL THEN 2 WHEN lower(${raw}) IN (${set(yes)}) THEN 0 WHEN lower(${raw}) IN (${set(no)}) THEN 1 ELSE -1 END`;
}

/**
 * A trimmed candidate cell (NULL when empty) as the candidate's decision, read
 * like the audited one: with --threshold a score cut at the same threshold,
 * else decoded by the prediction's positive values. −2 for an empty cell, −1
 * for one that rule cannot read (both refused by the CLI). `number`: the
 * cell's value, NULL unless it is a number.
 */
export function candidateCode(shape: QueryShape, raw: string, number = defaultNumber(shape.d, raw)): string {
  const { d, config } = shape;
  if (config.threshold !== null) {
    return `CASE WHEN ${raw} IS NULL THEN -2 WHEN ${number} IS NULL THEN -1 WHEN ${number} >= CAST(${config.threshold} AS ${d.double}) THEN 1 ELSE 0 END`;
  }
  return `CASE WHEN ${raw} IS NULL THEN -2 ELSE ${binary(d, raw, config.predictionPositive, number)} END`;
}

function defaultNumber(d: Dialect, raw: string): string {
  return `CASE WHEN ${d.matches(raw, NUMBER_PATTERN)} THEN ${d.toDouble(raw)} END`;
}

/** The result columns of a group's consent rows (grouped by the code `k`; `dec` the audited decision): rows and selected rows per state. */
export function consentGiven(k: string, n: string, selected: string): Record<string, string> {
  return { n, selected, detail: `CASE WHEN ${k} = 1 THEN '${CONSENT_STATES.optedOut}' ELSE '${CONSENT_STATES.unknown}' END` };
}

/**
 * The conditions of a row that reaches the consent and candidate cells in the
 * CSV reader: its prediction, label, score and outcome read (a row without a
 * class still does: the class is read after them). `names`: the decoded columns.
 */
export function reachesExtras(shape: QueryShape, names: { p: string; y: string; s: string; o: string }): string {
  const { prediction, label, score, outcome } = shape.config.columns;
  const conditions = [prediction ? `${names.p} IN (0, 1)` : null, label ? `${names.y} IN (0, 1)` : null, score ? `${names.s} IS NOT NULL` : null, outcome ? `${names.o} IS NOT NULL` : null].filter((c) => c !== null);
  return conditions.length ? conditions.join(' AND ') : '1 = 1';
}
