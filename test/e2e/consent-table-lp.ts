import { readFileSync } from 'node:fs';
import { maximise } from '../../src/privacy/simplex.js';

/**
 * The attacker of consent-suppression-marketing.test.ts: the consent counts of
 * a gender × ethnicity report counted from the CSV, and the least and greatest
 * value of each hidden group's count over every table that agrees with what a
 * reader knows (a linear program; two attributes and their intersection form a
 * network, so both ends are whole numbers). The LP solver is src/privacy's,
 * checked against a vertex-enumeration oracle in test/unit/privacy/simplex.test.ts.
 */
export const COUNTS = ['selectedOptedOut', 'selectedUnknown', 'optedOut', 'unknown'] as const;
export type Count = (typeof COUNTS)[number];

export interface Group { key: string; values: Record<string, string>; suppressed?: string; metrics: Record<string, number | null> }
export interface Report { status: string; attributes: { name: string; groups: Group[] }[]; findings: { metric: string; attribute: string; group: string; status: string; value: number | null; n: number | null }[] }

/** Per group as `attribute/key` (and '' for all rows): the four consent counts, from the CSV text. */
export function directCounts(file: string): Map<string, Record<Count, number>> {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const col = (name: string) => header!.split(',').indexOf(name);
  const [g, e, t, c] = [col('gender'), col('ethnicity'), col('targeted'), col('consent')];
  const out = new Map<string, Record<Count, number>>();
  const add = (key: string, f: string[]) => {
    const x = out.get(key) ?? { selectedOptedOut: 0, selectedUnknown: 0, optedOut: 0, unknown: 0 };
    const [isOut, isUnknown, isSelected] = [f[c] === 'no', f[c] === '', f[t] === '1'];
    x.optedOut += Number(isOut);
    x.unknown += Number(isUnknown);
    x.selectedOptedOut += Number(isOut && isSelected);
    x.selectedUnknown += Number(isUnknown && isSelected);
    out.set(key, x);
  };
  for (const line of lines) {
    const f = line.split(',');
    const [gender, ethnicity] = [f[g] || '(missing)', f[e] || '(missing)'];
    add(`gender+ethnicity/${gender}|${ethnicity}`, f);
    add(`gender/${gender}`, f);
    add(`ethnicity/${ethnicity}`, f);
    add('', f);
  }
  return out;
}

/**
 * Least and greatest value of each hidden group's count over the tables that agree with what the attacker knows.
 * `stated(attribute, group)` is what the report says of a hidden group outright.
 */
export function ranges(shown: Report, truth: Map<string, Record<Count, number>>, count: Count, stated: (attribute: string, g: Group) => [number, number]): Map<string, [number, number]> {
  const [gender, ethnicity, , cross] = ['gender', 'ethnicity', 'age_band', 'gender+ethnicity'].map((n) => shown.attributes.find((a) => a.name === n)!);
  const hidden = cross!.groups.filter((g) => g.suppressed);
  const value = (g: Group, attribute = 'gender+ethnicity') => truth.get(`${attribute}/${g.key}`)?.[count] ?? 0;
  // rows: Σ coefficients·x (+ one slack of sign s) = b, over the hidden cells and the slacks
  const rows: { terms: Map<number, number>; slack: 0 | 1 | -1; b: number }[] = [];
  const bounded = (cells: Group[], fixed: number, [lo, hi]: [number, number]) => {
    const terms = new Map(cells.map((c) => [hidden.indexOf(c), 1]));
    if (lo === hi) return rows.push({ terms, slack: 0, b: lo - fixed });
    if (lo > 0 || fixed > 0) rows.push({ terms, slack: -1, b: lo - fixed });
    if (Number.isFinite(hi)) rows.push({ terms, slack: 1, b: hi - fixed });
    return 0;
  };
  for (const [attribute, column] of [[gender!, 'gender'], [ethnicity!, 'ethnicity']] as const) {
    for (const g of attribute.groups) {
      const inside = cross!.groups.filter((c) => c.values[column] === g.key);
      const fixed = inside.filter((c) => !c.suppressed).reduce((s, c) => s + value(c), 0);
      const cells = inside.filter((c) => c.suppressed);
      bounded(cells, fixed, g.suppressed ? stated(attribute.name, g) : [value(g, attribute.name), value(g, attribute.name)]);
    }
  }
  const visible = cross!.groups.filter((c) => !c.suppressed).reduce((s, c) => s + value(c), 0);
  bounded(hidden, visible, [truth.get('')![count], truth.get('')![count]]);
  hidden.forEach((c) => bounded([c], 0, [stated('gender+ethnicity', c)[0], Math.min(stated('gender+ethnicity', c)[1], c.suppressed === 'primary' ? 9 : Infinity)]));
  const slacks = rows.filter((r) => r.slack !== 0).length;
  const width = hidden.length + slacks;
  let s = hidden.length;
  const a = rows.map((r) => {
    const row = new Array<number>(width).fill(0);
    for (const [j, v] of r.terms) row[j] = v;
    if (r.slack !== 0) row[s++] = r.slack;
    return r.b < 0 ? row.map((v) => -v) : row;
  });
  const b = rows.map((r) => Math.abs(r.b));
  const extreme = (cells: number[], sign: 1 | -1) => {
    const result = maximise(new Array<number>(width).fill(0).map((_, j) => (cells.includes(j) ? sign : 0)), a, b);
    if (result.status !== 'optimal') throw new Error(`LP ${result.status}`);
    return Math.round(sign * result.value);
  };
  const out = new Map<string, [number, number]>();
  for (const [attribute, column] of [[gender!, 'gender'], [ethnicity!, 'ethnicity'], [cross!, '']] as const) {
    for (const g of attribute.groups.filter((x) => x.suppressed)) {
      const cells = column === '' ? [hidden.indexOf(g)] : hidden.flatMap((c, j) => (c.values[column] === g.key ? [j] : []));
      const fixed = column === '' ? 0 : cross!.groups.filter((c) => !c.suppressed && c.values[column] === g.key).reduce((sum, c) => sum + value(c), 0);
      out.set(`${attribute.name}/${g.key}`, [extreme(cells, -1) + fixed, extreme(cells, 1) + fixed]);
    }
  }
  return out;
}
