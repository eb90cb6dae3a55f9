import type { ConfigIssue } from '../model/errors.js';

/**
 * `--bins` (repeatable): a whole number is the count of calibration bins,
 * `column=e1,e2,…` bands a numeric group column by those edges
 * (`--bins age=18,25,35,45,65`). Edges are checked with the config's rules
 * (config/bands-schema.ts); here only their syntax.
 */
export function readBinsFlag(values: readonly string[], issues: ConfigIssue[]): { count?: string; bands?: Record<string, unknown[]> } {
  const out: { count?: string; bands?: Record<string, unknown[]> } = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq < 0) {
      out.count = value; // read as the number it must be by the caller, as every number flag
      continue;
    }
    const column = value.slice(0, eq).trim();
    const edges = value.slice(eq + 1).split(',').map((e) => e.trim());
    if (column === '' || edges.some((e) => e === '' || !Number.isFinite(Number(e)))) {
      issues.push({ path: '--bins', message: `expected a number of calibration bins or column=edges, e.g. --bins age=18,25,35,45,65; got "${value}"` });
      continue;
    }
    out.bands = Object.assign(Object.create(null) as Record<string, unknown[]>, out.bands, { [column]: edges.map(Number) });
  }
  return out;
}
