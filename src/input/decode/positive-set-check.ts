import { InputError } from '../../model/errors.js';
import { countOf } from '../../util/plural.js';
import type { BinaryColumn } from './binary-values.js';

/** What the check reads of a column's facts (decoder-facts.ts, which calls this check). */
interface ColumnFacts {
  values: string[];
  counts: number[];
  matched: boolean;
}

/** How many of the values found an error message shows. */
const SHOWN_VALUES = 8;

/** The config key that holds a column's positive set. */
const CONFIG_KEY = { prediction: 'predictionPositive', label: 'labelPositive' } as const;

/**
 * Whether a cell of the column matched its positive set. A live read knows
 * (`matched`); facts read back from an aggregate file or a SQL result hold the
 * listed values, and their reader sets `matched` when the list is full (a match
 * past it cannot be ruled out).
 */
function isMatched(column: BinaryColumn, facts: ColumnFacts): boolean {
  const positives = new Set(column.positives);
  return facts.matched || facts.values.some((v) => positives.has(v));
}

/** `"N" (812 rows), "Y" (188 rows)`: most frequent first (first seen first among equals); counts only where known. */
export function valuesByFrequency(facts: ColumnFacts, max = SHOWN_VALUES): string {
  const order = facts.values.map((value, i) => ({ value, rows: facts.counts[i] ?? 0, i })).sort((a, b) => b.rows - a.rows || a.i - b.i);
  const shown = order.slice(0, max).map(({ value, rows }) => (rows > 0 ? `${JSON.stringify(value)} (${countOf(rows, 'rows')})` : JSON.stringify(value)));
  const more = facts.values.length - shown.length;
  return more > 0 ? `${shown.join(', ')}, … (${more} more)` : shown.join(', ');
}

/** The values found that equal a listed positive value but for case (`y` → `Y`), in the order the set lists them. */
export function caseInsensitiveMatches(positives: readonly string[], values: readonly string[]): string[] {
  const found = positives.flatMap((p) => values.filter((v) => v.toLowerCase() === p.toLowerCase()));
  return [...new Set(found)];
}

/**
 * A positive set none of whose values occurs in its column would make every
 * row negative, and every check of that column inconclusive or trivially
 * passing: an input error naming the values the column holds, with the
 * case-insensitive match when there is one. A column with no value at all
 * is left to the check of rows left out (checkRows).
 */
export function checkPositiveSet(column: BinaryColumn, facts: ColumnFacts, file: string): void {
  const positives = column.positives;
  if (!positives || facts.values.length === 0 || isMatched(column, facts)) return;
  const listed = positives.map((p) => JSON.stringify(p)).join(', ');
  const near = caseInsensitiveMatches(positives, facts.values);
  const fix = near.length > 0
    ? `; did you mean ${column.flag} ${near.join(',')}? (values are matched exactly, case included)`
    : `; list the values that mean positive with ${column.flag} (or ${CONFIG_KEY[column.role]} in the config)`;
  throw new InputError(
    file,
    undefined,
    `${column.role} column "${column.name}" holds none of the positive values ${listed} (${column.flag} or the config's ${CONFIG_KEY[column.role]}), so every row would count as negative; values found, most frequent first: ${valuesByFrequency(facts)}${fix}`,
    column.index >= 0 ? { column: { number: column.index + 1, name: column.name } } : {},
  );
}
