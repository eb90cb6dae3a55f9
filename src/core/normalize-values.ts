import type { ColumnDependency } from './column-dependencies.js';
import { cellOfValue, keyOfCells } from './group-key.js';
import { mergeTallies, sumTallies } from './tally.js';
import type { AttributeTally, GroupEntry, TallyTable } from './types.js';
import type { MissingMode } from '../model/config.js';

/**
 * Characters that change nothing a reader sees: format characters (zero-width
 * space, joiner and non-joiner, word joiner, byte order mark, soft hyphen,
 * bidi marks and controls) and the other default-ignorable code points
 * (variation selectors, Hangul fillers, tag characters).
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/** A cell's text with invisible characters removed, in Unicode NFC: two cells that read alike read the same. */
export function canonicalText(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFC').trim();
}

/** The canonical key of a group's values: what groups that look identical share. */
export function canonicalKey(values: readonly string[]): string {
  return keyOfCells(values.map((v) => canonicalText(cellOfValue(v)))).key;
}

/** Per attribute, the groups merged into each canonical group (only where two or more were). */
export type MergedGroups = { attribute: string; into: string; from: string[] }[];

function normalizeAttribute(a: AttributeTally, bins: number, missing: MissingMode, merged: MergedGroups): AttributeTally {
  const groups = new Map<string, GroupEntry & { from: string[] }>();
  let rowsExcluded = a.rowsExcluded;
  for (const g of [...a.groups.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))) {
    const cells = g.values.map((v) => canonicalText(cellOfValue(v)));
    // a cell of invisible characters only is empty: under --missing drop its rows leave the attribute, as empty cells do
    if (missing === 'drop' && cells.includes('')) {
      rowsExcluded += g.tally.n;
      merged.push({ attribute: a.spec.name, into: '(left out: empty)', from: [g.key] });
      continue;
    }
    const { key, values } = keyOfCells(cells);
    const seen = groups.get(key);
    groups.set(key, seen ? { ...seen, tally: mergeTallies(seen.tally, g.tally), from: [...seen.from, g.key] } : { key, values, tally: g.tally, from: [g.key] });
  }
  for (const g of groups.values()) if (g.from.length > 1 || g.from[0] !== g.key) merged.push({ attribute: a.spec.name, into: g.key, from: g.from });
  const entries = new Map([...groups].map(([key, { from: _, ...entry }]) => [key, entry]));
  const total = rowsExcluded === a.rowsExcluded ? a.total : sumTallies([...entries.values()].map((g) => g.tally), bins);
  return { spec: a.spec, groups: entries, total, rowsExcluded };
}

/** Column dependencies re-keyed by canonical text: values that merge must agree, else the pair ends (an empty one may disagree). */
function normalizeDependencies(dependencies: readonly ColumnDependency[]): ColumnDependency[] {
  return dependencies.flatMap((d) => {
    const values = new Map<string, string | null>();
    for (const [x, y] of d.values) {
      const [from, to] = [canonicalText(x), y === null ? null : canonicalText(y)];
      if (!values.has(from)) values.set(from, to);
      else if (values.get(from) !== to) {
        if (from !== '') return [];
        values.set(from, null);
      }
    }
    return [{ from: d.from, to: d.to, values }];
  });
}

/**
 * The table with group values that differ only in Unicode normalisation or
 * invisible characters merged (`--normalize-values`): their tallies add
 * exactly, so this equals an audit of the data with those cells rewritten.
 */
export function normalizeGroupValues(table: TallyTable, missing: MissingMode): { table: TallyTable; merged: MergedGroups } {
  const merged: MergedGroups = [];
  const attributes = table.attributes.map((a) => normalizeAttribute(a, table.bins, missing, merged));
  // under --missing group the population is the first attribute's total (the same object): it stays so
  const overall = table.overall === table.attributes[0]?.total ? attributes[0]!.total : table.overall;
  const out: TallyTable = { ...table, attributes, overall };
  if (table.dependencies) out.dependencies = normalizeDependencies(table.dependencies);
  return { table: out, merged };
}

/** Per attribute, groups that differ only in Unicode normalisation or invisible characters: they would print alike if shown raw. */
export function lookAlikeGroups(table: TallyTable): { attribute: string; keys: string[] }[] {
  return table.attributes.flatMap((a) => {
    const buckets = new Map<string, string[]>();
    for (const key of [...a.groups.keys()].sort()) {
      const canonical = canonicalKey(a.groups.get(key)!.values);
      buckets.set(canonical, [...(buckets.get(canonical) ?? []), key]);
    }
    return [...buckets.values()].filter((keys) => keys.length > 1).map((keys) => ({ attribute: a.spec.name, keys }));
  });
}
