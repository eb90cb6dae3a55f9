import type { AuditResult } from '../../src/model/audit-result.js';

/**
 * Independent attackers on a finished report (they know nothing of
 * src/privacy): they see only what the report publishes, and derive what they
 * can. Used to prove that masked counts stay hidden.
 */

export type Count = 'n' | 'selected' | 'positives' | 'tp' | 'atK' | 'exposure';
export const COUNTS: readonly Count[] = ['n', 'selected', 'positives', 'tp'];
/** Ranked runs also publish rows in the top k, and the exposure sum as mean exposure × n (shares and means give it back). */
export const RANKING_COUNTS: readonly Count[] = ['atK', 'exposure'];

export interface PublishedSystem {
  /** variable ids: `attribute/key`, and `attribute/(total)` */
  ids: string[];
  /** published value per variable and count; null when masked */
  values: Map<string, Record<Count, number | null>>;
  /** each relation: total id = Σ item ids */
  relations: { total: string; items: string[] }[];
}

/**
 * What a reader knows of the schema besides the report: a column that
 * determines another (`from` value → `to` value; a county its state, a
 * precomputed intersection each of its parts).
 */
export interface SchemaFact {
  from: string;
  to: string;
  map: ReadonlyMap<string, string>;
}

/**
 * A child group's values for the parent's columns, read off its own columns or
 * through a schema fact; undefined when the parent is not a coarsening of the child.
 */
function parentValues(childColumns: readonly string[], parentColumns: readonly string[], facts: readonly SchemaFact[]): ((values: Record<string, string>) => (string | undefined)[]) | undefined {
  const read = parentColumns.map((c) => {
    if (childColumns.includes(c)) return (v: Record<string, string>) => v[c];
    const fact = facts.find((f) => f.to === c && childColumns.includes(f.from));
    return fact ? (v: Record<string, string>) => fact.map.get(v[fact.from]!) : undefined;
  });
  if (read.some((r) => r === undefined)) return undefined;
  return (values) => read.map((r) => r!(values));
}

/**
 * What a reader rebuilds from the report alone (default `--missing group`):
 * each attribute's total equals the overall counts and the sum of its groups;
 * a group of an attribute equals the sum of the groups of any finer audited
 * attribute that share its values — finer by its columns, or, with `facts`,
 * through columns the reader knows to determine others.
 */
export function publishedSystem(report: AuditResult, facts: readonly SchemaFact[] = []): PublishedSystem {
  const values = new Map<string, Record<Count, number | null>>();
  const relations: PublishedSystem['relations'] = [];
  type Published = { n: number | null; selected?: number | null; positives?: number | null; tp?: number | null; atK?: number | null; metrics: { exposure?: number | null } };
  const exposureSum = (g: Published) => (g.n !== null && g.metrics.exposure != null ? g.metrics.exposure * g.n : null);
  const countsOf = (g: Published) =>
    ({ n: g.n, selected: g.selected ?? null, positives: g.positives ?? null, tp: g.tp ?? null, atK: g.atK ?? null, exposure: exposureSum(g) }) as Record<Count, number | null>;
  for (const a of report.attributes) {
    values.set(`${a.name}/(total)`, countsOf(report.overall));
    for (const g of a.groups) values.set(`${a.name}/${g.key}`, countsOf(g));
    relations.push({ total: `${a.name}/(total)`, items: a.groups.map((g) => `${a.name}/${g.key}`) });
  }
  for (const child of report.attributes) {
    for (const parent of report.attributes) {
      const project = parentValues(child.columns, parent.columns, facts);
      if (parent === child || !project) continue;
      for (const p of parent.groups) {
        const items = child.groups.filter((g) => project(g.values).every((v, i) => v === p.values[parent.columns[i]!])).map((g) => `${child.name}/${g.key}`);
        relations.push({ total: `${parent.name}/${p.key}`, items });
      }
    }
  }
  return { ids: [...values.keys()], values, relations };
}

/** Repeated single-unknown elimination; returns every variable derived for `count`, with its value. */
export function eliminate(system: PublishedSystem, count: Count): Map<string, number> {
  const known = new Map<string, number>();
  for (const [id, v] of system.values) if (v[count] !== null) known.set(id, v[count]!);
  const derived = new Map<string, number>();
  for (let isChanged = true; isChanged; ) {
    isChanged = false;
    for (const { total, items } of system.relations) {
      const unknown = [total, ...items].filter((id) => !known.has(id));
      if (unknown.length !== 1) continue;
      const id = unknown[0]!;
      const sum = items.filter((i) => i !== id).reduce((s, i) => s + known.get(i)!, 0);
      const value = id === total ? sum : known.get(total)! - sum;
      known.set(id, value);
      derived.set(id, value);
      isChanged = true;
    }
  }
  return derived;
}

function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && r < m.length; c++) {
    let best = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[best]![c]!)) best = i;
    if (Math.abs(m[best]![c]!) < 1e-9) continue;
    [m[r], m[best]] = [m[best]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![c]! / m[r]![c]!;
      for (let j = c; j < width; j++) m[i]![j]! -= f * m[r]![j]!;
    }
    r++;
  }
  return r;
}

/**
 * Masked variables fixed by some linear combination of the relations: x_j is
 * determined iff adding the row e_j does not raise the rank of the relations
 * restricted to the unknowns (floating-point partial pivoting; the entries are
 * small integers). A different method from src/privacy's exact echelon form.
 */
export function linearlyDetermined(system: PublishedSystem): string[] {
  const unknowns = system.ids.filter((id) => system.values.get(id)!.n === null);
  const col = new Map(unknowns.map((id, j) => [id, j]));
  const rows = system.relations
    .map(({ total, items }) => {
      const row = new Array<number>(unknowns.length).fill(0);
      if (col.has(total)) row[col.get(total)!]! += 1;
      for (const i of items) if (col.has(i)) row[col.get(i)!]! -= 1;
      return row;
    })
    .filter((row) => row.some((v) => v !== 0));
  if (rows.length === 0) return [];
  const base = rank(rows);
  return unknowns.filter((id, j) => rank([...rows, unknowns.map((_, k) => (k === j ? 1 : 0))]) === base);
}

/**
 * The exact integer attacker on row counts of a two-column table (attributes
 * `a`, `b`, `a+b`): enumerates every assignment of the masked intersection
 * cells that agrees with everything the report says — published counts, the
 * total, absent combinations (0), and the markers (`primary`: 1 ≤ n < k,
 * `secondary`: n ≥ k) — and returns each masked group's feasible values.
 * Undefined when the search exceeds `budget` steps.
 */
export function feasibleRowCounts(report: AuditResult, k: number, budget = 2_000_000): Map<string, Set<number>> | undefined {
  const [a, b, ab] = report.attributes as [AuditResult['attributes'][number], AuditResult['attributes'][number], AuditResult['attributes'][number]];
  const total = report.overall.n!;
  const inRange = (mark: string | undefined, v: number) => (mark === 'primary' ? v >= 1 && v < k : mark === 'secondary' ? v >= k : true);
  const hidden = ab.groups.filter((g) => g.suppressed);
  const fixed = ab.groups.filter((g) => !g.suppressed).reduce((s, g) => s + g.n!, 0);
  const feasible = new Map<string, Set<number>>();
  const marginsOk = (values: Map<string, number>) => {
    const sumOf = (column: 'a' | 'b', value: string) =>
      ab.groups.filter((g) => g.values[column] === value).reduce((s, g) => s + (g.suppressed ? values.get(g.key)! : g.n!), 0);
    const check = (attribute: typeof a, column: 'a' | 'b') =>
      attribute.groups.every((g) => {
        const sum = sumOf(column, g.key);
        return g.suppressed ? inRange(g.suppressed, sum) : sum === g.n;
      });
    return check(a, 'a') && check(b, 'b');
  };
  let steps = 0;
  const values = new Map<string, number>();
  const search = (i: number, used: number): boolean => {
    if (++steps > budget) return false;
    if (i === hidden.length) {
      if (used !== total - fixed || !marginsOk(values)) return true;
      for (const [key, v] of values) feasible.set(`a+b/${key}`, (feasible.get(`a+b/${key}`) ?? new Set()).add(v));
      for (const [attribute, column] of [[a, 'a'], [b, 'b']] as const) {
        for (const g of attribute.groups.filter((x) => x.suppressed)) {
          const sum = ab.groups.filter((x) => x.values[column] === g.key).reduce((s, x) => s + (x.suppressed ? values.get(x.key)! : x.n!), 0);
          feasible.set(`${attribute.name}/${g.key}`, (feasible.get(`${attribute.name}/${g.key}`) ?? new Set()).add(sum));
        }
      }
      return true;
    }
    const g = hidden[i]!;
    const [lo, hi] = g.suppressed === 'primary' ? [1, k - 1] : [k, total - fixed - used];
    for (let v = lo; v <= Math.min(hi, total - fixed - used); v++) {
      values.set(g.key, v);
      if (!search(i + 1, used + v)) return false;
    }
    values.delete(g.key);
    return true;
  };
  return search(0, 0) ? feasible : undefined;
}

/**
 * The masked groups whose row count an exact search pins to fewer than two values, as `attribute/group (values)`.
 * Not counted: a primary group at k = 2 (its marker says n = 1 by design) and a group the report admits to in
 * privacy.unprotected.
 */
export function closedMaskedCounts(shown: AuditResult, k: number, feasible: ReadonlyMap<string, ReadonlySet<number>>): string[] {
  const admitted = new Set((shown.privacy?.unprotected ?? []).map((u) => `${u.attribute}/${u.group}`));
  const closed: string[] = [];
  for (const a of shown.attributes) {
    for (const g of a.groups) {
      const id = `${a.name}/${g.key}`;
      if (!g.suppressed || admitted.has(id) || (g.suppressed === 'primary' && k === 2)) continue;
      const values = feasible.get(id);
      if ((values?.size ?? 0) < 2) closed.push(`${id} (${[...(values ?? [])].join(', ')})`);
    }
  }
  return closed;
}
