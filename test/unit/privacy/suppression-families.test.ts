import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../../src/model/audit-result.js';
import type { GroupTally } from '../../../src/core/types.js';
import { eliminate, linearlyDetermined, publishedSystem } from '../../helpers/report-attacks.js';
import { assertValidResult } from '../../helpers/report-schema.js';
import { testConfig } from '../../helpers/rows.js';
import { feasibleCounts, foldAudit, type FamilyRow } from './family-tables.js';

/**
 * The count families beside n and the confusion counts — consent (`--consent`),
 * a candidate model (`--candidate`), decision classes (`--decision`) — under
 * suppression: on random tiny tables, an exact integer search over every
 * table consistent with the report finds at least two values of each family
 * count for every hidden group, except what the report states of the group
 * itself (the consent gate names a breach: ≥ 1; a hidden pass of ==0: 0), a
 * count that is 0 in the whole population (so in every group), and what it
 * admits to in privacy.unprotected.
 */
const CLASSES = ['gold', 'none', 'silver'];
const row = fc.record({
  decision: fc.constantFrom<0 | 1>(0, 1),
  label: fc.constantFrom<0 | 1>(0, 1),
  consent: fc.constantFrom<0 | 1 | 2>(0, 0, 1, 2),
  candidate: fc.constantFrom<0 | 1>(0, 1),
  decisionClass: fc.constantFrom(...CLASSES),
});

/** 2–3 × 2–3 cells of 0–5 rows each (0: the combination is absent). */
const tables = fc
  .record({ na: fc.integer({ min: 2, max: 3 }), nb: fc.integer({ min: 2, max: 3 }) })
  .chain(({ na, nb }) =>
    fc.tuple(...Array.from({ length: na * nb }, (_, i) => fc.array(row, { maxLength: 5 }).map((rs) => rs.map((r): FamilyRow => ({ ...r, a: `a${Math.floor(i / nb)}`, b: `b${i % nb}` }))))),
  )
  .map((cells) => cells.flat())
  .filter((rows) => rows.length > 0);

type Family = { name: string; columns: Record<string, string>; counts: Record<string, (t: GroupTally) => number> };
const FAMILIES: Family[] = [
  {
    name: 'consent and candidate',
    columns: { prediction: 'd', label: 'y', consent: 'c', candidate: 'm' },
    counts: {
      optedOut: (t) => t.consent!.optedOut,
      unknown: (t) => t.consent!.unknown,
      unconsented_selected: (t) => t.consent!.selectedOptedOut,
      unknown_consent_selected: (t) => t.consent!.selectedUnknown,
      candidateSelected: (t) => t.candidate?.selected ?? 0,
      bothSelected: (t) => t.candidate?.both ?? 0,
      candidateTp: (t) => t.candidate?.tp ?? 0,
    },
  },
  {
    name: 'decision classes',
    columns: { decision: 'cls' },
    counts: Object.fromEntries(CLASSES.map((c) => [c, (t: GroupTally) => t.classes?.get(c) ?? 0])),
  },
];

/** What a finding of the consent gate states of a hidden group's count: a named breach ≥ 1, a hidden pass 0. */
function gateRange(report: AuditResult, metric: string, id: string): [number, number] {
  if (metric !== 'unconsented_selected' && metric !== 'unknown_consent_selected') return [0, Infinity];
  const f = report.findings.find((x) => x.metric === metric && `${x.attribute}/${x.group}` === id);
  return f?.status === 'fail' || f?.status === 'warn' ? [1, Infinity] : [0, 0];
}

/** Hidden groups whose count the search pins to one value that the report does not state outright; undefined when too large to search. */
function closedCounts(rows: readonly FamilyRow[], family: Family, k: number): string[] | undefined {
  const config = testConfig({ columns: family.columns, groups: ['a', 'b', 'a+b'], suppressBelow: k });
  const { report, tallies } = foldAudit(rows, config);
  assertValidResult(report);
  const admitted = new Set(report.privacy!.unprotected.map((u) => `${u.attribute}/${u.group}`));
  const marks = new Map(report.attributes.flatMap((a) => a.groups.map((g) => [`${a.name}/${g.key}`, g.suppressed] as const)));
  const closed: string[] = [];
  // a class nobody received is not in the report at all (nor in the planner's model)
  const isCounted = (metric: string) => family.columns.decision === undefined || tallies.get('(overall)')!.classes!.has(metric);
  for (const [metric, count] of Object.entries(family.counts).filter(([metric]) => isCounted(metric))) {
    // 0 in the population: the published total says 0 of every group
    if (count(tallies.get('(overall)')!) === 0) continue;
    // the attacker is given every visible group's count exactly (a superset of what the report prints)
    const feasible = feasibleCounts(report, k, (id) => count(tallies.get(id)!), (id) => gateRange(report, metric, id));
    if (!feasible) return undefined;
    for (const [id, mark] of marks) {
      if (!mark || admitted.has(id)) continue;
      const [lo, hi] = gateRange(report, metric, id);
      const values = feasible.get(id) ?? new Set();
      if (lo === Math.min(hi, mark === 'primary' ? k - 1 : Infinity)) continue; // stated outright by the gate (and the marker)
      if (statedByPublishedZero(id, marks, (g) => count(tallies.get(g)!))) continue;
      // Known limit (docs/privacy.md, "Consent counts"): when the visible groups of an attribute hold the
      // whole total of a consent count, the hidden groups' 0 follows by subtraction; the planner adds no partner for it yet.
      if (CONSENT_COUNTS.has(metric) && values.size === 1 && values.has(0) && zeroRemainder(marks, (g) => count(tallies.get(g)!))) continue;
      if (values.size < 2) closed.push(`${metric} of ${id}: ${[...values].join(', ')}`);
    }
  }
  return closed;
}

/**
 * A count that is 0 in a published group is 0 in each of its parts: a visible
 * b1 with no unknown consent states it of a0|b1 and a1|b1, as a population
 * total of 0 states it of every group. The group's own statement, not an exposure.
 */
function statedByPublishedZero(id: string, marks: ReadonlyMap<string, unknown>, count: (id: string) => number): boolean {
  const [attribute, key] = id.split('/') as [string, string];
  if (!attribute.includes('+')) return false;
  const values = key.split('|');
  return attribute.split('+').some((name, i) => {
    const parent = `${name}/${values[i]}`;
    return marks.has(parent) && !marks.get(parent) && count(parent) === 0;
  });
}

const CONSENT_COUNTS = new Set(['optedOut', 'unknown', 'unconsented_selected', 'unknown_consent_selected']);

/** The visible groups of some attribute hold the whole population's count, so the hidden rest of it is 0 by subtraction. */
function zeroRemainder(marks: ReadonlyMap<string, unknown>, count: (id: string) => number): boolean {
  const attributes = new Set([...marks.keys()].map((g) => g.split('/')[0]!));
  return [...attributes].some((attribute) => [...marks].filter(([g, mark]) => g.startsWith(`${attribute}/`) && !mark).reduce((sum, [g]) => sum + count(g), 0) === count('(overall)'));
}

describe('suppression of the count families (fast-check, exact integer search)', () => {
  for (const family of FAMILIES) {
    it(`${family.name}: every hidden group's count keeps at least two feasible values`, () => {
      let searched = 0;
      fc.assert(
        fc.property(tables, fc.integer({ min: 2, max: 5 }), (rows, k) => {
          // a multi-class decision needs two classes in the data (else exit 2)
          fc.pre(family.columns.decision === undefined || new Set(rows.map((r) => r.decisionClass)).size > 1);
          const closed = closedCounts(rows, family, k);
          if (closed === undefined) return;
          searched++;
          expect(closed).toEqual([]);
        }),
        { numRuns: 100, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
      );
      expect(searched).toBeGreaterThan(70);
    });
  }

  it('consent and candidate runs: no hidden group is recovered by elimination or a linear combination either', () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 2, max: 5 }), (rows, k) => {
        const { report } = foldAudit(rows, testConfig({ columns: FAMILIES[0]!.columns, groups: ['a', 'b', 'a+b'], suppressBelow: k }));
        const system = publishedSystem(report);
        const admitted = new Set(report.privacy!.unprotected.map((u) => `${u.attribute}/${u.group}`));
        const masked = new Set(system.ids.filter((id) => system.values.get(id)!.n === null));
        expect([...eliminate(system, 'n').keys()].filter((id) => masked.has(id) && !admitted.has(id))).toEqual([]);
        expect(linearlyDetermined(system).filter((id) => !admitted.has(id))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
