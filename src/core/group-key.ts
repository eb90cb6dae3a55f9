import { MISSING_GROUP } from './types.js';

/**
 * Group keys that never merge two groups. A group is a tuple of trimmed cell
 * texts, one per column of its attribute ('' = an empty cell). Its key is the
 * values joined with `|`, as always, except where that would be ambiguous:
 *
 * - an empty cell is `(missing)`; a cell whose text is `(missing)` (or that
 *   text after backslashes) gets one more backslash in front: `\(missing)`;
 * - in an intersection, when a value contains `|`, every value of that key
 *   has `\` and `|` written `\\` and `\|`: `x\|y|z` is not `x|y\|z`.
 *
 * Ordinary values keep the key they always had. The key is a function of the
 * tuple alone (no other group is looked at), so shards, threads and warehouse
 * results key a group the same way. Distinct tuples give distinct keys: a
 * plain key holds exactly arity − 1 `|`, an escaped one more.
 */

/** Texts that read like the missing marker: `(missing)` after any number of backslashes. */
const MARKER_LIKE = /^\\*\(missing\)$/;

/** A cell's text as it appears in a group's values and key: empty → `(missing)`, marker-like text one backslash deeper. */
export function valueComponent(text: string): string {
  if (text === '') return MISSING_GROUP;
  return MARKER_LIKE.test(text) ? `\\${text}` : text;
}

/** The key of a group from its values (as `valueComponent` gives them, in column order). */
export function groupKey(values: readonly string[]): string {
  if (values.length === 1) return values[0]!;
  if (!values.some((v) => v.includes('|'))) return values.join('|');
  return values.map((v) => v.replace(/[\\|]/g, '\\$&')).join('|');
}

/** The key of a tuple of trimmed cell texts. */
export function keyOfCells(cells: readonly string[]): { key: string; values: string[] } {
  const values = cells.map(valueComponent);
  return { key: groupKey(values), values };
}

/** The cell text a value stands for (the inverse of `valueComponent`): `(missing)` is the empty cell. */
export function cellOfValue(value: string): string {
  if (value === MISSING_GROUP) return '';
  return MARKER_LIKE.test(value) ? value.slice(1) : value;
}
