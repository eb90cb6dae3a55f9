import { z } from 'zod';

/** At most this many edges per column (the groups are one more). */
const MAX_EDGES = 100;

/**
 * `bins:` in a config: a number is the count of calibration bins (as before);
 * a map `{ age: [18, 25, 35, 45, 65] }` bands numeric group columns by those
 * edges (core/value-bands.ts). Keys are column names from the data, so the map
 * has no prototype (see name-map-schema.ts).
 */
export const bandMap = z.unknown().transform((value, ctx) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: 'invalid_type', expected: 'object', input: value });
    return z.NEVER;
  }
  const out = Object.create(null) as Record<string, number[]>;
  for (const [column, edges] of Object.entries(value)) {
    const issue = edgesIssue(edges);
    if (issue) ctx.addIssue({ code: 'custom', message: issue, path: [column] });
    else out[column] = edges as number[];
  }
  return out;
});

function edgesIssue(edges: unknown): string | undefined {
  const example = 'e.g. [18, 25, 35, 45, 65]';
  if (!Array.isArray(edges) || edges.length === 0 || edges.length > MAX_EDGES) return `expected a list of 1 to ${MAX_EDGES} numbers, ${example}`;
  if (!edges.every((e) => typeof e === 'number' && Number.isFinite(e))) return `expected numbers, ${example}`;
  if (!edges.every((e, i) => i === 0 || e > edges[i - 1])) return `the edges must increase, ${example}`;
  return undefined;
}

/** `bins:` as either form. */
export const binsSchema = z.union([z.number().int().min(2).max(1000), bandMap]);
