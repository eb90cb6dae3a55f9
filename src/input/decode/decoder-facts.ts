import { InputError } from '../../model/errors.js';
import { listNames } from '../../util/suggest.js';
import type { NoticeArgs } from '../../model/notice.js';
import type { BinaryColumn } from './binary-values.js';
import { countOf } from '../../util/plural.js';
import { checkPositiveSet } from './positive-set-check.js';

/** A value listed as positive that never occurs in its column. */
export type UnusedPositive = NoticeArgs['unused-positive-value'];

type Role = BinaryColumn['role'];

/** What the decoder saw in a binary column, for its messages. */
export interface ColumnFacts {
  /** distinct trimmed values, first seen first, at most MAX_LISTED_VALUES */
  values: string[];
  /** rows holding each of `values` (0 where unknown: an aggregate file keeps no counts) */
  counts: number[];
  /** a cell matched the column's positive set (without a set: false); unknown when read back, see positive-set-check.ts */
  matched: boolean;
  /** rows whose value was neither positive nor negative, and the first such line (0: none) */
  invalidRows: number;
  firstInvalidLine: number;
}

/** Mergeable facts of a decoding pass: worker threads each keep theirs, the main thread merges them in file order. */
export type DecoderFacts = Record<Role, ColumnFacts>;

export const MAX_LISTED_VALUES = 20;

export function createColumnFacts(values: string[] = [], counts: number[] = values.map(() => 0)): ColumnFacts {
  return { values, counts, matched: false, invalidRows: 0, firstInvalidLine: 0 };
}

/**
 * A column's facts from a file that lists its values but not whether a cell
 * matched the positive set (an aggregate file, a SQL result): a full list may
 * have left the match out, so it counts as matched.
 */
export function readBackFacts(values: string[], counts?: number[]): ColumnFacts {
  return { ...createColumnFacts(values, counts), matched: values.length >= MAX_LISTED_VALUES };
}

export function createDecoderFacts(): DecoderFacts {
  return { prediction: createColumnFacts(), label: createColumnFacts() };
}

/** Lists a value (not counted: see countValue); its slot in `values`, or −1 past MAX_LISTED_VALUES. */
export function rememberValue(facts: DecoderFacts, role: Role, value: string): number {
  const f = facts[role];
  const at = f.values.indexOf(value);
  if (at >= 0 || f.values.length >= MAX_LISTED_VALUES) return at;
  f.counts.push(0);
  return f.values.push(value) - 1;
}

/** Adds `rows` rows to a listed value's count (slot from rememberValue; −1 does nothing). */
export function countValue(facts: DecoderFacts, role: Role, slot: number, rows = 1): void {
  if (slot >= 0) facts[role].counts[slot]! += rows;
}

export function noteInvalid(facts: DecoderFacts, role: Role, line: number): void {
  const f = facts[role];
  if (f.invalidRows++ === 0) f.firstInvalidLine = line;
}

/**
 * Facts of two consecutive parts of a file, `a` first (lines already
 * absolute). The first MAX_LISTED_VALUES values of the whole are among the
 * first MAX_LISTED_VALUES of each part, so the merge lists what one pass would.
 */
export function mergeDecoderFacts(a: DecoderFacts, b: DecoderFacts): DecoderFacts {
  const merge = (x: ColumnFacts, y: ColumnFacts): ColumnFacts => {
    const values = [...x.values, ...y.values.filter((v) => !x.values.includes(v))].slice(0, MAX_LISTED_VALUES);
    const rowsOf = (f: ColumnFacts, v: string) => f.counts[f.values.indexOf(v)] ?? 0;
    return mergedFacts(x, y, values, values.map((v) => rowsOf(x, v) + rowsOf(y, v)));
  };
  return { prediction: merge(a.prediction, b.prediction), label: merge(a.label, b.label) };
}

function mergedFacts(x: ColumnFacts, y: ColumnFacts, values: string[], counts: number[]): ColumnFacts {
  return {
    values,
    counts,
    matched: x.matched || y.matched,
    invalidRows: x.invalidRows + y.invalidRows,
    firstInvalidLine: x.invalidRows > 0 ? x.firstInvalidLine : y.firstInvalidLine,
  };
}

/** Lines of a part that started at line `offset + 1` of the file. */
export function shiftDecoderFacts(facts: DecoderFacts, offset: number): DecoderFacts {
  const shift = (f: ColumnFacts): ColumnFacts => ({ ...f, firstInvalidLine: f.invalidRows > 0 ? f.firstInvalidLine + offset : 0 });
  return { prediction: shift(facts.prediction), label: shift(facts.label) };
}

interface Columns {
  prediction: BinaryColumn | undefined;
  label: BinaryColumn | undefined;
}

/**
 * Throws the InputError for values that were neither positive nor negative
 * (the column whose first such value comes first), listing what the column
 * holds; otherwise returns the listed positive values that never occurred
 * (the arguments of their notices).
 */
export function finishDecoding(columns: Columns, facts: DecoderFacts, file: string): UnusedPositive[] {
  const invalid = (['prediction', 'label'] as const)
    .filter((role) => facts[role].invalidRows > 0)
    .sort((a, b) => facts[a].firstInvalidLine - facts[b].firstInvalidLine)[0];
  if (invalid !== undefined) {
    const column = columns[invalid]!;
    const { values, invalidRows, firstInvalidLine } = facts[invalid];
    const hint = `; say which values are positive with ${column.flag} <values>, e.g. ${column.flag} ${JSON.stringify(values[0] ?? 'yes')}`;
    throw new InputError(
      file,
      firstInvalidLine || undefined, // 0: statistics from a warehouse, which has no lines
      `${column.role} column "${column.name}" has values that are neither positive (1, true, yes) nor negative (0, false, no) in ${countOf(invalidRows, 'rows')}; values found: ${listNames(values)}${hint}`,
      column.index >= 0 ? { column: { number: column.index + 1, name: column.name } } : {},
    );
  }
  for (const column of [columns.prediction, columns.label]) if (column) checkPositiveSet(column, facts[column.role], file);
  return [columns.prediction, columns.label].flatMap((column) => {
    if (!column?.positives) return [];
    const { values } = facts[column.role];
    // When the column has more distinct values than we keep, absence proves nothing.
    if (values.length >= MAX_LISTED_VALUES) return [];
    return column.positives
      .filter((p) => !values.includes(p))
      .map((value) => ({ flag: column.flag, value, column: column.name, valuesFound: [...values] }));
  });
}
