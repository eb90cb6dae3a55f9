import type { QueryShape } from './query-shape.js';

/** The result's columns, in order; sql-result.ts reads them by name. */
export const RESULT_COLUMNS = ['kind', 'attribute', 'bin', 'score', 'label', 'grid', 'n', 'selected', 'positives', 'tp', 'sum_score', 'sum_score_squared', 'sum_squared_error', 'detail'] as const;
type Column = (typeof RESULT_COLUMNS)[number];

/** A SELECT list with every result column, NULL (typed, for UNION ALL) where not given. */
export function selectList(shape: QueryShape, given: Partial<Record<Column | `v${number}`, string>>): string {
  const { d } = shape;
  const type: Record<Column, string> = {
    kind: d.text, attribute: d.text, bin: d.integer, score: d.double, label: d.integer, grid: d.integer,
    n: d.integer, selected: d.integer, positives: d.integer, tp: d.integer, sum_score: d.double, sum_score_squared: d.double, sum_squared_error: d.double, detail: d.text,
  };
  const values = Array.from({ length: shape.arity }, (_, i) => `v${i + 1}` as const);
  const names = [...RESULT_COLUMNS.slice(0, 2), ...values, ...RESULT_COLUMNS.slice(2)];
  const typeOf = (name: string) => (type as Record<string, string>)[name] ?? d.text;
  // A dialect that does not unify the types of UNION ALL branches gets every value cast.
  const value = (name: string, expression: string | undefined) =>
    expression === undefined ? `CAST(NULL AS ${typeOf(name)})` : d.castsUnionColumns ? `CAST(${expression} AS ${typeOf(name)})` : expression;
  return names.map((name) => `${value(name, given[name])} AS ${name}`).join(', ');
}

/** The group's value columns v1, …, v<arity>, comma-separated. */
export function valueColumns(shape: QueryShape): string {
  return Array.from({ length: shape.arity }, (_, i) => `v${i + 1}`).join(', ');
}
