import type { TestRow } from './rows.js';

/** Confusion counts of a cell: explicit, or a fixed mix (20 % tp, 10 % fp, 20 % fn, rest tn) of its n. */
export interface CellSpec {
  n: number;
  tp?: number;
  fp?: number;
  fn?: number;
}

/**
 * Rows for a table of cells keyed by their values joined with `|` in column
 * order: `cellRows(['a', 'b'], { 'x|u': 3 })` gives 3 rows with a = x, b = u.
 */
export function cellRows(columns: readonly string[], cells: Record<string, number | CellSpec>): TestRow[] {
  const rows: TestRow[] = [];
  for (const [key, spec] of Object.entries(cells)) {
    const { n, tp = Math.round(0.2 * n), fp = Math.round(0.1 * n), fn = Math.round(0.2 * n) } = typeof spec === 'number' ? { n: spec } : spec;
    const values = key.split('|');
    const cellsOf = Object.fromEntries(columns.map((c, i) => [c, values[i]!]));
    const push = (count: number, decision: 0 | 1, label: 0 | 1) => {
      for (let i = 0; i < count; i++) rows.push({ cells: cellsOf, decision, label });
    };
    push(tp, 1, 1);
    push(fp, 1, 0);
    push(fn, 0, 1);
    push(n - tp - fp - fn, 0, 0);
  }
  return rows;
}
