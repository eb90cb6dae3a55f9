import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/pipeline/audit.js';
import { addObservation, emptyTally, mergeTallies } from '../../../src/core/tally.js';
import { mcnemar } from '../../../src/stats/mcnemar.js';
import { holmAdjust } from '../../../src/stats/holm.js';
import { configFrom, csvOf } from '../../helpers/csv-audit.js';

/**
 * `--candidate` against independent recomputation: each group's paired
 * counts, flip rates and candidate rates equal a direct count of the raw rows;
 * the tallies of any split of the rows merge into those of one pass; worker
 * threads give the report of one thread, bit for bit.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-candidate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Row = [group: string, decision: 0 | 1, candidate: 0 | 1, label: 0 | 1];
const rowArb = fc.tuple(fc.constantFrom('A', 'A', 'B', 'C', ''), fc.constantFrom<0 | 1>(0, 1), fc.constantFrom<0 | 1>(0, 1), fc.constantFrom<0 | 1>(0, 1));

const CONFIG = configFrom({
  columns: { prediction: 'd', label: 'y', candidate: 'm' },
  groups: ['g'],
  minGroupSize: 3,
  rules: ['candidate(disparate_impact)>=0.8', 'regression(disparate_impact)<=0.05', 'disparate_impact>=0.8'],
});

let files = 0;
async function auditWith(file: string, threads: number) {
  const input = { name: 'data.csv', path: file, open: () => { throw new Error('the file path is used'); } };
  return runAudit(CONFIG, { input, threads, tool: { name: 'fairgate', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' });
}

/** Per group key: rows, and rows by (decision, candidate), and the candidate's true positives, counted straight from the rows. */
function directCount(rows: readonly Row[]) {
  const out = new Map<string, { n: number; both: number; baselineOnly: number; candidateOnly: number; neither: number; candidateTp: number }>();
  for (const [g, d, m, y] of rows) {
    const key = g === '' ? '(missing)' : g;
    const c = out.get(key) ?? { n: 0, both: 0, baselineOnly: 0, candidateOnly: 0, neither: 0, candidateTp: 0 };
    c.n += 1;
    if (d && m) c.both += 1;
    else if (d) c.baselineOnly += 1;
    else if (m) c.candidateOnly += 1;
    else c.neither += 1;
    if (m && y) c.candidateTp += 1;
    out.set(key, c);
  }
  return out;
}

describe('--candidate: paired counts, flips and merges', () => {
  it('flip counts, flip rates, McNemar and the candidate rates equal a direct count; 2 and 3 threads give the report of one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 30, maxLength: 250 }), async (rows) => {
        const file = path.join(dir, `f${files++}.csv`);
        writeFileSync(file, csvOf(['g', 'd', 'm', 'y'], rows));
        const one = await auditWith(file, 1);
        const counted = directCount(rows);
        const section = one.candidate!;
        expect(section.changes[0]!.groups.map((g) => g.key).sort()).toEqual([...counted.keys()].sort());
        for (const g of section.changes[0]!.groups) {
          const c = counted.get(g.key)!;
          expect([g.n, g.both, g.baselineOnly, g.candidateOnly, g.neither]).toEqual([c.n, c.both, c.baselineOnly, c.candidateOnly, c.neither]);
          const selected = c.both + c.baselineOnly;
          expect(g.selectedToNot).toMatchObject({ flipped: c.baselineOnly, of: selected, rate: selected === 0 ? null : c.baselineOnly / selected });
          expect(g.notToSelected).toMatchObject({ flipped: c.candidateOnly, of: c.n - selected, rate: c.n - selected === 0 ? null : c.candidateOnly / (c.n - selected) });
          expect(g.mcnemar!.pValue).toBe(mcnemar(c.baselineOnly, c.candidateOnly)!.pValue);
          const candidate = section.attributes[0]!.groups.find((x) => x.key === g.key)!;
          expect(candidate.selected).toBe(c.both + c.candidateOnly);
          expect(candidate.tp).toBe(c.candidateTp);
          expect(candidate.metrics.selection_rate).toBe((c.both + c.candidateOnly) / c.n);
        }
        for (const threads of [2, 3]) expect(await auditWith(file, threads)).toEqual(one);
      }),
      { numRuns: 12 },
    );
  }, 300_000);

  it('the tallies of any two shards merge into the tally of one pass', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 100 }), fc.nat(), (rows, at) => {
        const cut = at % (rows.length + 1);
        const fold = (part: readonly Row[]) => {
          const t = emptyTally(10);
          for (const [, d, m, y] of part) addObservation(t, { decision: d, label: y, score: null, candidate: m });
          return t;
        };
        const whole = fold(rows);
        const merged = mergeTallies(fold(rows.slice(0, cut)), fold(rows.slice(cut)));
        expect(merged.candidate).toEqual(whole.candidate);
        expect(merged.candidate).toEqual({
          selected: rows.filter((r) => r[2] === 1).length,
          both: rows.filter((r) => r[1] === 1 && r[2] === 1).length,
          tp: rows.filter((r) => r[2] === 1 && r[3] === 1).length,
        });
      }),
    );
  });
});

describe('--candidate: rules on the candidate join the verdict machinery', () => {
  // A: 60 rows, 30 selected by d, 12 by m; B: 60 rows, 24 and 30; C: 10 rows (under the minimum of 30)
  const rows: Row[] = [
    ...Array.from({ length: 60 }, (_, i): Row => ['A', i < 30 ? 1 : 0, i < 12 ? 1 : 0, 0]),
    ...Array.from({ length: 60 }, (_, i): Row => ['B', i < 24 ? 1 : 0, i >= 30 ? 1 : 0, 0]),
    ...Array.from({ length: 10 }, (_, i): Row => ['C', i < 5 ? 1 : 0, i < 1 ? 1 : 0, 0]),
  ];
  const csv = csvOf(['g', 'd', 'm', 'y'], rows);
  const run = async (rules: string[]) => {
    const file = path.join(dir, `rules-${files++}.csv`);
    writeFileSync(file, csv);
    const config = configFrom({ columns: { prediction: 'd', candidate: 'm' }, groups: ['g'], referenceGroups: { g: 'B' }, rules });
    const input = { name: 'data.csv', path: file, open: () => { throw new Error('the file path is used'); } };
    return runAudit(config, { input, threads: 1, tool: { name: 'fairgate', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' });
  };

  it("a candidate rule's tests join the run's Holm family; without one the family is the audited model's alone", async () => {
    const plain = await run(['disparate_impact>=0.8']);
    const both = await run(['disparate_impact>=0.8', 'candidate(disparate_impact)>=0.8']);
    const p = (groups: { key: string; disparities: { disparate_impact?: { pValue?: number; pValueAdjusted?: number } } }[]) =>
      ['A', 'C'].map((k) => groups.find((g) => g.key === k)!.disparities.disparate_impact!);
    const audited = p(plain.attributes[0]!.groups);
    expect(audited.map((d) => d.pValueAdjusted)).toEqual(holmAdjust(audited.map((d) => d.pValue!)));
    expect(plain.statistics.comparisons).toBe(2);
    const family = [...p(both.attributes[0]!.groups), ...p(both.candidate!.attributes[0]!.groups)];
    expect(family.map((d) => d.pValueAdjusted)).toEqual(holmAdjust(family.map((d) => d.pValue!)));
    expect(both.statistics.comparisons).toBe(4);
  });

  it('judges the candidate as a plain rule: A fails (0.2 / 0.5 = 0.4, significant), the small group C is inconclusive', async () => {
    const result = await run(['candidate(disparate_impact)>=0.8']);
    const verdicts = Object.fromEntries(result.findings.map((f) => [f.group, [f.status, f.reason, f.value]]));
    expect(verdicts.A).toEqual(['fail', 'breach', 0.4]);
    expect(verdicts.C).toEqual(['inconclusive', 'small-group', 0.2]);
    expect(verdicts.B).toEqual(['pass', 'within-bound', 1]);
  });

  it('regression(disparate_impact) is the distance from 1 gained: A from 30/60 ÷ 24/60 = 1.25 to 0.4', async () => {
    const result = await run(['regression(disparate_impact)<=0.1']);
    const a = result.findings.find((f) => f.group === 'A')!;
    expect(a).toMatchObject({ status: 'fail', reason: 'regressed', value: 0.4, baseline: 1.25 });
    expect(a.worsening).toBeCloseTo(Math.abs(0.4 - 1) - Math.abs(1.25 - 1), 15);
  });
});
