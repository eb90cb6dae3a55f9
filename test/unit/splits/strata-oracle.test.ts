import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditCsv, csvOf } from '../../helpers/csv-audit.js';
import type { StrataGroup } from '../../../src/model/split-sections.js';

/**
 * The stratified statistics of an audit against a recomputation from the raw
 * rows, written out here loop by loop (the formulas of smclarify's CDD, of
 * Mantel–Haenszel and of direct standardisation); and the laws of a relabelled
 * reference: the odds ratio inverts, the demographic disparities of two groups mirror.
 */
interface Row {
  g: string;
  s: string;
  d: 0 | 1;
}
const rowArb = fc.record({ g: fc.constantFrom('A', 'B', 'B', 'C'), s: fc.constantFrom('p', 'q', 'r', 's'), d: fc.constantFrom(0 as const, 1 as const) });
const csv = (rows: readonly Row[]) => csvOf(['g', 's', 'd'], rows.map((r) => [r.g, r.s, r.d]));

function oracle(rows: readonly Row[], group: string, reference: string) {
  const strata = [...new Set(rows.map((r) => r.s))].sort();
  const count = (s: string, pick: (r: Row) => boolean) => rows.filter((r) => r.s === s && pick(r)).length;
  let weighted = 0;
  let total = 0;
  let R = 0;
  let S = 0;
  let groupRate = 0;
  let referenceRate = 0;
  let kept = 0;
  for (const s of strata) {
    const n = count(s, () => true);
    const selected = count(s, (r) => r.d === 1);
    const A = selected > 0 ? count(s, (r) => r.d === 1 && r.g === group) / selected : 0;
    const D = n - selected > 0 ? count(s, (r) => r.d === 0 && r.g === group) / (n - selected) : 0;
    weighted += n * (D - A);
    total += n;
    const [a, b] = [count(s, (r) => r.g === group && r.d === 1), count(s, (r) => r.g === group && r.d === 0)];
    const [c, d] = [count(s, (r) => r.g === reference && r.d === 1), count(s, (r) => r.g === reference && r.d === 0)];
    const m = a + b + c + d;
    if (m >= 2) {
      R += (a * d) / m;
      S += (b * c) / m;
    }
    if (a + b > 0 && c + d > 0) {
      groupRate += n * (a / (a + b));
      referenceRate += n * (c / (c + d));
      kept += n;
    }
  }
  const allSelected = rows.filter((r) => r.d === 1).length;
  return {
    cdd: allSelected === 0 || allSelected === rows.length ? null : weighted / total,
    mh: R > 0 && S > 0 ? R / S : null,
    dsr: kept > 0 && referenceRate > 0 ? groupRate / kept / (referenceRate / kept) : null,
  };
}

const close = (actual: number | null, expected: number | null) => {
  if (expected === null) return;
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
};

async function strataOf(rows: readonly Row[], reference: string): Promise<StrataGroup[]> {
  const report = await auditCsv(csv(rows), { columns: { prediction: 'd' }, groups: ['g'], strata: ['s'], referenceGroups: { g: reference }, minGroupSize: 1 });
  return report.strata!.attributes[0]!.groups;
}

describe('stratified statistics', () => {
  it('equal a recomputation from the raw rows (CDD against the rest, Mantel–Haenszel and standardised ratio against the reference)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 4, maxLength: 120 }).filter((rows) => rows.some((r) => r.g === 'B')), async (rows) => {
        for (const g of await strataOf(rows, 'B')) {
          if (g.key === 'B') continue;
          const expected = oracle(rows, g.key, 'B');
          close(g.cdd, expected.cdd);
          close(g.mhOddsRatio, expected.mh);
          close(g.standardisedRateRatio, expected.dsr);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('mirror when the reference is relabelled: OR(A vs B) · OR(B vs A) = 1; with two groups CDD(A) = −CDD(B) and the CMH test is one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb.map((r) => ({ ...r, g: r.g === 'C' ? 'A' : r.g })), { minLength: 4, maxLength: 120 }).filter((rows) => new Set(rows.map((r) => r.g)).size === 2), async (rows) => {
        const againstB = (await strataOf(rows, 'B')).find((g) => g.key === 'A')!;
        const againstA = (await strataOf(rows, 'A')).find((g) => g.key === 'B')!;
        if (againstB.mhOddsRatio !== null && againstA.mhOddsRatio !== null && againstB.mhOddsRatio > 0) expect(againstB.mhOddsRatio * againstA.mhOddsRatio).toBeCloseTo(1, 12);
        // (smclarify counts a share as 0 in a stratum without selected or without rejected rows, which breaks the mirror there)
        const isEveryStratumMixed = [...new Set(rows.map((r) => r.s))].every((s) => new Set(rows.filter((r) => r.s === s).map((r) => r.d)).size === 2);
        if (againstB.cdd !== null && isEveryStratumMixed) expect(againstA.cdd! + againstB.cdd).toBeCloseTo(0, 14);
        // the same test either way round (its sums in another order: equal to the last bits)
        if (againstB.pValue !== undefined) expect(Math.abs(againstA.pValue! - againstB.pValue)).toBeLessThanOrEqual(1e-12 * againstB.pValue);
      }),
      { numRuns: 60 },
    );
  });
});
