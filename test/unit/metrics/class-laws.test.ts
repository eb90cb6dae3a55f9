import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeTallyTables } from '../../../src/core/merge-tables.js';
import type { TallyTable } from '../../../src/core/types.js';
import type { AuditResult } from '../../../src/model/audit-result.js';
import { buildAuditResult } from '../../../src/pipeline/build-result.js';
import { aggregateFromJson, aggregateOf, aggregateToJson } from '../../../src/input/aggregate/aggregate-file.js';
import { createDecoderFacts } from '../../../src/input/decode/decoder-facts.js';
import { tallyRows, testConfig, type TestRow } from '../../helpers/rows.js';

/**
 * Laws of the multi-class statistics: one pass = any merge of shards (also
 * through the aggregate file) = the rows in any order; and relabelling which
 * group is the reference mirrors every comparison: TVD, JS and the 2 × K
 * test are symmetric, a class's ratio becomes its reciprocal.
 */
const META = { tool: { name: 'fairgate', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z', input: { file: 'rows', sha256: '0'.repeat(64), bytes: 0 } };
const report = (t: TallyTable, config: ReturnType<typeof testConfig>): AuditResult => buildAuditResult(t, config, META);

/** Three groups, four classes with planted shares per group (C gets "gold" rarely); a class seen first late in the rows. */
function rowsOf(seed: number, n: number): TestRow[] {
  let x = seed;
  const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const cuts: Record<string, number[]> = { A: [0.2, 0.5, 0.8], B: [0.15, 0.5, 0.85], C: [0.04, 0.4, 0.8] };
  return Array.from({ length: n }, (_, i) => {
    const g = 'ABC'[Math.floor(next() * 3)]!;
    const u = next();
    const k = cuts[g]!.findIndex((c) => u < c);
    return { cells: { g }, decisionClass: i < n / 2 && k === 3 ? 'bronze' : ['gold', 'silver', 'bronze', 'none'][k === -1 ? 3 : k]! };
  });
}

describe('class statistics: merge of shards = one pass = any row order', () => {
  const config = testConfig({ columns: { decision: 'c' }, favourable: 'gold>silver>bronze>none', groups: ['g'] });
  const rows = rowsOf(5, 700);
  const whole = report(tallyRows(rows, config), config);

  it('any cut into two shards, merged either way or through aggregate files, gives the one-pass report', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: rows.length }), (cut) => {
        const left = tallyRows(rows.slice(0, cut), config);
        const right = tallyRows(rows.slice(cut), config);
        expect(report(mergeTallyTables(right, left), config).attributes).toEqual(whole.attributes);
        const throughFile = (table: TallyTable) => {
          const written = aggregateToJson(aggregateOf(config, META.tool, { file: 'f', sha256: '0'.repeat(64), bytes: 0 }, { table, facts: createDecoderFacts() }));
          return aggregateFromJson(JSON.parse(JSON.stringify(written)), 'f').table;
        };
        const viaFiles = mergeTallyTables(throughFile(left), throughFile(right));
        expect(report(viaFiles, config).attributes).toEqual(whole.attributes);
      }),
      { numRuns: 8 },
    );
  });

  it('any permutation of the rows gives the same report', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: rows.length, maxLength: rows.length }), (keys) => {
        const shuffled = rows.map((r, i) => [keys[i]!, i, r] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, , r]) => r);
        expect(report(tallyRows(shuffled, config), config).attributes).toEqual(whole.attributes);
      }),
      { numRuns: 5 },
    );
  });

  it('the report has the class statistics it claims (the law is not vacuous)', () => {
    const c = whole.attributes[0]!.groups.find((g) => g.key === 'C')!;
    expect(c.disparities.tvd!.value).toBeGreaterThan(0.05);
    expect(c.disparities.js!.pValue).toBeTypeOf('number');
    expect(c.classes!.shares.map((s) => s.class)).toEqual(['gold', 'silver', 'bronze', 'none']);
    expect(c.classes!.atLeast).toHaveLength(3);
    expect(whole.attributes[0]!.classes!.independence!.df).toBe(6);
  });
});

describe('a relabelled reference gives the mirrored values', () => {
  const rows = rowsOf(9, 600);
  const against = (reference: string) => {
    const config = testConfig({ columns: { decision: 'c' }, groups: ['g'], referenceGroups: { g: reference } });
    return report(tallyRows(rows, config), config).attributes[0]!;
  };
  it.each([['A', 'C'], ['B', 'A'], ['C', 'B']])('%s against %s, and the other way round', (a, b) => {
    const ga = against(b).groups.find((g) => g.key === a)!;
    const gb = against(a).groups.find((g) => g.key === b)!;
    for (const id of ['tvd', 'js'] as const) {
      expect(gb.disparities[id]!.value).toBeCloseTo(ga.disparities[id]!.value!, 15);
      // the same 2 × K table with its rows swapped: the same X², up to the order of the float sum
      expect(Math.abs(gb.disparities[id]!.pValue! - ga.disparities[id]!.pValue!)).toBeLessThanOrEqual(1e-12 * ga.disparities[id]!.pValue!);
    }
    ga.classes!.shares.forEach((s, k) => {
      const mirrored = gb.classes!.shares[k]!.impact!;
      expect(mirrored.value! * s.impact!.value!).toBeCloseTo(1, 14);
      expect(mirrored.interval![0] * s.impact!.interval![1]).toBeCloseTo(1, 12);
      expect(mirrored.pValue).toBeCloseTo(s.impact!.pValue!, 14);
    });
  });
});
