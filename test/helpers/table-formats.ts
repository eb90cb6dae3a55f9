import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { csvToParquet, type DuckdbCodec } from './parquet-files.js';
import { seededUniform } from './seeded-uniform.js';

/** A generated audit table: a record id, two group columns, a decision, an outcome and a score (null: an empty cell). */
export interface Table {
  rows: { id: string; g: string | null; h: string | null; d: 0 | 1 | null; y: 0 | 1 | null; s: string | null }[];
}
export const COLUMNS = ['id', 'g', 'h', 'd', 'y', 's'] as const;


/**
 * A table of `rows` rows from a seed: groups that need quoting in some
 * format (`a,b`, `x;y`, `"q"`, a tab, unicode), empty cells in every column,
 * and scores with 1 to 6 decimals (a fixed number of decimals per table).
 */
export function generateTable(seed: number, rows: number): Table {
  const next = seededUniform(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const groups = pick([['A', 'B'], ['Female', 'Male', 'Non-binary'], ['a,b', 'x;y', 'p|q', 'Ω ü', 'say "hi"', 't\tab']]);
  const decimals = 1 + Math.floor(next() * 6);
  const missing = next() * 0.05;
  const maybe = <T>(v: T): T | null => (next() < missing ? null : v);
  return {
    rows: Array.from({ length: rows }, (_, i) => {
      const g = maybe(pick(groups));
      const score = Math.floor(next() * 10 ** decimals) / 10 ** decimals;
      const d = next() < 0.2 + (g === groups[0] ? 0.3 : 0) ? 1 : 0;
      return { id: `R${i + 1}`, g, h: maybe(pick(['north', 'south'])), d: maybe(d), y: maybe(next() < score ? 1 : 0), s: maybe(score.toFixed(decimals)) };
    }),
  };
}

/** Delimited text: `separator` between fields, a field quoted when it must be, decimal commas when asked. */
export function toDelimited(table: Table, separator: string, decimalComma = false): string {
  const quote = (v: string) => (v.includes(separator) || /["\r\n]/.test(v) || (decimalComma && v.includes(',') && separator === ',') ? `"${v.replaceAll('"', '""')}"` : v);
  const cell = (v: string | number | null, isNumber = false) => (v === null ? '' : quote(isNumber && decimalComma ? String(v).replace('.', ',') : String(v)));
  const lines = table.rows.map((r) => [cell(r.id), cell(r.g), cell(r.h), cell(r.d), cell(r.y), cell(r.s, true)].join(separator));
  return [COLUMNS.join(separator), ...lines].join('\n') + '\n';
}

/** JSON Lines with typed values: numbers for the decision, outcome and score, null for an empty cell. */
export function toJsonLines(table: Table): string {
  return table.rows.map((r) => JSON.stringify({ id: r.id, g: r.g, h: r.h, d: r.d, y: r.y, s: r.s === null ? null : Number(r.s) })).join('\n') + '\n';
}

/** Parquet written by DuckDB from the comma CSV: strings, the decision as an INTEGER, the outcome as a BOOLEAN, the score as a DOUBLE. */
export async function toParquet(table: Table, dir: string, out: string, codec: DuckdbCodec): Promise<void> {
  const csv = path.join(dir, `${path.basename(out)}.source.csv`);
  writeFileSync(csv, toDelimited(table, ','));
  await csvToParquet(csv, out, codec, { id: 'VARCHAR', g: 'VARCHAR', h: 'VARCHAR', d: 'INTEGER', y: 'BOOLEAN', s: 'DOUBLE' }, 2048);
}
