import type { QueryShape } from './query-shape.js';
import { selectList, valueColumns } from './result-columns.js';
import { consentGiven } from './consent-candidate.js';

// The per-group rows of the optional columns, over the keyed rows (see build-query.ts):
// classes (--decision), outcome values (--outcome), consent (--consent), the candidate (--candidate).

/** With --decision: each group's rows per class (the class in `detail`). */
export function classSelect(shape: QueryShape): string {
  const v = valueColumns(shape);
  const given = { kind: `'class'`, attribute: 'attribute', ...Object.fromEntries(v.split(', ').map((c) => [c, c])), n: 'COUNT(*)', detail: 'c_raw' };
  return `SELECT ${selectList(shape, given)} FROM keyed GROUP BY attribute, ${v}, c_raw`;
}

/** With --consent: each group's rows that opted out or have no consent recorded, and how many of them were selected (the state in `detail`). */
export function consentSelect(shape: QueryShape): string {
  const v = valueColumns(shape);
  const given = { kind: `'consent'`, attribute: 'attribute', ...Object.fromEntries(v.split(', ').map((c) => [c, c])), ...consentGiven('k', 'COUNT(*)', 'SUM(dec)') };
  return `SELECT ${selectList(shape, given)} FROM keyed WHERE k IN (1, 2) GROUP BY attribute, ${v}, k`;
}

/** With --candidate: each group's rows the candidate selects (n), of which the audited decision selects too (selected) and with label 1 (tp). */
export function candidateSelect(shape: QueryShape): string {
  const v = valueColumns(shape);
  const given = { kind: `'candidate'`, attribute: 'attribute', ...Object.fromEntries(v.split(', ').map((c) => [c, c])), n: 'COUNT(*)', selected: 'SUM(dec)', tp: 'SUM(y)' };
  return `SELECT ${selectList(shape, given)} FROM keyed WHERE m = 1 GROUP BY attribute, ${v}`;
}

/** Each group's outcome values with their rows (`--outcome`): the exact value → count map the tally keeps, in the score column. */
export function outcomeSelect(shape: QueryShape): string {
  const v = valueColumns(shape);
  const given = { kind: `'outcome'`, attribute: 'attribute', ...Object.fromEntries(v.split(', ').map((c) => [c, c])), score: 'o', n: 'COUNT(*)' };
  return `SELECT ${selectList(shape, given)} FROM keyed GROUP BY attribute, ${v}, o`;
}
