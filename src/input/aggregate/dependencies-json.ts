import { z } from 'zod';
import type { ColumnDependency } from '../../core/column-dependencies.js';

/**
 * The column dependencies of an aggregate (which audited columns nest in
 * which; core/column-dependencies.ts) as JSON: per pair, the `[from, to]`
 * value pairs sorted by `from`, `to` null where a value of `from` occurred
 * with several. An aggregate without them (older files) leaves them unknown.
 */
export function dependenciesToJson(dependencies: readonly ColumnDependency[]): unknown {
  return dependencies.map((d) => ({
    from: d.from,
    to: d.to,
    values: [...d.values].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
  }));
}

export const dependenciesSchema = z.array(
  z.object({
    from: z.string(),
    to: z.string(),
    values: z.array(z.tuple([z.string(), z.string().nullable()])).refine((pairs) => new Set(pairs.map((p) => p[0])).size === pairs.length, 'a value of "from" is listed twice'),
  }),
);

export function dependenciesFromJson(json: z.output<typeof dependenciesSchema>): ColumnDependency[] {
  return json.map((d) => ({ from: d.from, to: d.to, values: new Map(d.values) }));
}
