import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { maximise } from '../../src/privacy/simplex.js';
import { assertValidReport } from '../helpers/report-schema.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

/**
 * The marketing fixture with `--suppress-below 10 --consent consent`: the
 * consent counts of hidden gender × ethnicity groups cannot be recovered from
 * the JSON. The attacker is given every visible group's four consent counts
 * (counted from the CSV: the report prints the two selected counts and the
 * opted-out share with its interval) and the overall ones, the markers, and
 * what the gate states (a named breach: ≥ 1; a hidden pass of ==0: 0); for
 * each hidden group it finds the least and the greatest count of every table
 * consistent with that by linear programming (two attributes and their
 * intersection form a network, so both ends are whole numbers). The consent
 * gate still fails the run and names the hidden groups that breach.
 */
const DATA = path.join(ROOT, 'fixtures/marketing/data.csv');
const ARGS = ['audit', DATA, '-c', path.join(ROOT, 'fixtures/marketing/fairgate.config.yaml'), '--suppress-below', '10', '--format', 'json'];
const COUNTS = ['selectedOptedOut', 'selectedUnknown', 'optedOut', 'unknown'] as const;
type Count = (typeof COUNTS)[number];
const GATED: Partial<Record<Count, string>> = { selectedOptedOut: 'unconsented_selected', selectedUnknown: 'unknown_consent_selected' };

interface Group { key: string; values: Record<string, string>; suppressed?: string; metrics: Record<string, number | null> }
interface Report { status: string; attributes: { name: string; groups: Group[] }[]; findings: { metric: string; attribute: string; group: string; status: string; value: number | null; n: number | null }[] }

function report(args: readonly string[]): Report {
  const run = runCli(args);
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(1);
  const parsed = JSON.parse(run.stdout) as Report;
  assertValidReport(parsed);
  return parsed;
}

/** Per group as `attribute/key` (and '' for all rows): the four consent counts, from the CSV text. */
function directCounts(): Map<string, Record<Count, number>> {
  const [header, ...lines] = readFileSync(DATA, 'utf8').trim().split('\n');
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
function ranges(shown: Report, truth: Map<string, Record<Count, number>>, count: Count, stated: (attribute: string, g: Group) => [number, number]): Map<string, [number, number]> {
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

describe('the marketing fixture, --suppress-below 10 --consent consent', () => {
  const shown = report([...ARGS, '--consent', 'consent']);
  const truth = directCounts();
  const breachOf = (metric: string | undefined, attribute: string, group: string) =>
    shown.findings.find((f) => f.metric === metric && f.attribute === attribute && f.group === group && (f.status === 'fail' || f.status === 'warn'));
  const stated = (count: Count) => (attribute: string, g: Group): [number, number] => {
    if (!GATED[count]) return [0, Infinity];
    return breachOf(GATED[count], attribute, g.key) ? [1, Infinity] : [0, 0];
  };

  it('publishes what the attacker is given: the selected counts of every visible group equal a direct count', () => {
    const cross = shown.attributes.find((a) => a.name === 'gender+ethnicity')!;
    for (const g of cross.groups.filter((x) => !x.suppressed)) {
      const t = truth.get(`gender+ethnicity/${g.key}`)!;
      expect([g.metrics.unconsented_selected, g.metrics.unknown_consent_selected]).toEqual([t.selectedOptedOut, t.selectedUnknown]);
    }
  });

  it('the gate still fails and names the hidden groups that breach, without their counts', () => {
    expect(shown.status).toBe('fail');
    const hiddenFails = shown.findings.filter((f) => f.metric === 'unconsented_selected' && f.status === 'fail' && f.value === null);
    expect(hiddenFails.length).toBeGreaterThan(0);
    for (const f of hiddenFails) {
      expect(f.n).toBeNull();
      const g = shown.attributes.find((a) => a.name === f.attribute)!.groups.find((x) => x.key === f.group)!;
      expect(g.suppressed).toBeDefined();
      expect(g.metrics.unconsented_selected).toBeNull();
    }
    // Male|Asian: 3 of the planted breaches; its count was what a reader could pin before
    expect(hiddenFails.map((f) => `${f.attribute}/${f.group}`)).toContain('gender+ethnicity/Male|Asian');
  });

  for (const count of COUNTS) {
    it(`no hidden group's ${count} is pinned beyond what the gate states`, () => {
      const open = ranges(shown, truth, count, stated(count));
      const pinned = [...open].filter(([id, [lo, hi]]) => {
        const [attribute, group] = [id.slice(0, id.indexOf('/')), id.slice(id.indexOf('/') + 1)];
        const g = shown.attributes.find((a) => a.name === attribute)!.groups.find((x) => x.key === group)!;
        const [sLo, sHi] = stated(count)(attribute, g);
        return lo === hi && sLo !== sHi;
      });
      expect(pinned).toEqual([]);
      expect(open.size).toBeGreaterThan(0);
    });
  }

  it('the attacker bites: with the groups hidden when consent is not planned for, Male|Asian has exactly 3 unconsented selections', () => {
    // without --consent the plan is the one a consent run had before its counts were planned for (2 primary + 8 secondary)
    const run = runCli(ARGS);
    expect(run.stderr).toBe('');
    const before = JSON.parse(run.stdout) as Report;
    const open = ranges(before, truth, 'selectedOptedOut', () => [0, Infinity]);
    expect(open.get('gender+ethnicity/Male|Asian')).toEqual([3, 3]);
  });
});
