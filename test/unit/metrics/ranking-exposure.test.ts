import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyTally, addObservation, mergeTallies } from '../../../src/core/tally.js';
import { auditCsv, csvOf } from '../../helpers/csv-audit.js';
import { positionExposure } from '../../../src/input/decode/rank-reader.js';

const e = (rank: number) => 1 / Math.log2(1 + rank);

describe('positionExposure', () => {
  it('is the DCG discount 1/log2(1 + rank)', () => {
    expect(positionExposure(1)).toBe(1);
    expect(positionExposure(3)).toBe(0.5);
    expect(positionExposure(7)).toBeCloseTo(1 / 3, 15);
    expect(positionExposure(2)).toBeCloseTo(0.6309297535714575, 15);
  });
});

// Two lists. q1: A(1, relevant) B(2) A(3, relevant); q2: B(1, relevant) A(2).
const twoLists = csvOf(
  ['g', 'pos', 'q', 'rel'],
  [
    ['A', 1, 'q1', 1],
    ['B', 2, 'q1', 0],
    ['A', 3, 'q1', 1],
    ['B', 1, 'q2', 1],
    ['A', 2, 'q2', 0],
  ],
);
const rankConfig = { columns: { rank: 'pos', list: 'q', label: 'rel' }, groups: ['g'], k: 1, minGroupSize: 1 };

describe('exposure metrics on a hand-computed pair of lists', async () => {
  const result = await auditCsv(twoLists, rankConfig);
  const [a, b] = result.attributes[0]!.groups;
  const exposureA = e(1) + e(3) + e(2); // 1 + 0.5 + 0.6309
  const exposureB = e(2) + e(1);
  const total = exposureA + exposureB;

  it.each([
    ['exposure', exposureA / 3, exposureB / 2],
    ['exposure_share', exposureA / total, exposureB / total],
    ['population_share', 3 / 5, 2 / 5],
    ['selection_at_k', 1 / 3, 1 / 2],
    ['relevant_exposure', (e(1) + e(3)) / 2, e(1) / 1],
    ['relevant_exposure_share', (e(1) + e(3)) / (e(1) + e(3) + e(1)), e(1) / (e(1) + e(3) + e(1))],
    ['relevant_share', 2 / 3, 1 / 3],
  ] as const)('%s: A = %d, B = %d', (metric, valueA, valueB) => {
    expect(a!.metrics[metric]).toBeCloseTo(valueA, 14);
    expect(b!.metrics[metric]).toBeCloseTo(valueB, 14);
  });

  it('measures exposure_ratio against the group with the highest exposure', () => {
    expect(a!.disparities.exposure_ratio).toEqual({ value: expect.closeTo(exposureA / 3 / (exposureB / 2), 14), reference: 'B' });
    expect(a!.disparities.selection_at_k_ratio?.value).toBeCloseTo(1 / 3 / (1 / 2), 14);
    expect(a!.disparities.relevant_exposure_ratio?.value).toBeCloseTo((e(1) + e(3)) / 2, 14);
  });

  it('gives the lists in the report', () => {
    expect(result.ranking).toEqual({ rank: 'pos', list: 'q', k: 1, lists: 2, rows: 5, incompleteLists: 0 });
  });

  it('gives a whole population shares of 1', () => {
    expect(result.overall.metrics.exposure_share).toBe(1);
    expect(result.overall.metrics.population_share).toBe(1);
  });

  it('leaves out the decision metrics, which need a decision', () => {
    expect(a!.metrics).not.toHaveProperty('selection_rate');
  });
});

describe('ranked rows and their validation', () => {
  it('treats the whole file as one list without --list, and k defaults to 10', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => [i % 2 === 0 ? 'A' : 'B', i + 1]);
    const result = await auditCsv(csvOf(['g', 'pos'], rows), { columns: { rank: 'pos' }, groups: ['g'], minGroupSize: 1 });
    const [a] = result.attributes[0]!.groups;
    expect(a!.metrics.selection_at_k).toBeCloseTo(5 / 6, 14); // ranks 1,3,5,7,9 of 1,3,…,11
    expect(result.ranking).toMatchObject({ list: null, lists: 1, rows: 12, k: 10 });
  });

  it('rejects a rank that is not a whole number ≥ 1, naming the line and column', async () => {
    await expect(auditCsv(csvOf(['g', 'pos'], [['A', 1], ['B', 0]]), { columns: { rank: 'pos' }, groups: ['g'] })).rejects.toThrow(
      /line 3, column 2 \(pos\): rank "0" is not a whole number ≥ 1; ranks are positions, 1 = top of the list$/,
    );
    await expect(auditCsv(csvOf(['g', 'pos'], [['A', 1.5]]), { columns: { rank: 'pos' }, groups: ['g'] })).rejects.toThrow(/rank "1.5"/);
  });

  it('rejects a list whose positions repeat', async () => {
    const csv = csvOf(['g', 'pos', 'q'], [['A', 1, 'x'], ['B', 1, 'x'], ['A', 1, 'y']]);
    await expect(auditCsv(csv, { columns: { rank: 'pos', list: 'q' }, groups: ['g'] })).rejects.toThrow(/list "x" \(column "q"\) has 2 rows but its largest rank is 1/);
    await expect(auditCsv(csv, { columns: { rank: 'pos' }, groups: ['g'] })).rejects.toThrow(/name that column with --list/);
  });

  it('reports lists that hold only part of their positions', async () => {
    const csv = csvOf(['g', 'pos', 'q'], [['A', 1, 'x'], ['B', 3, 'x'], ['A', 1, 'y']]);
    const result = await auditCsv(csv, { columns: { rank: 'pos', list: 'q' }, groups: ['g'], minGroupSize: 1 });
    expect(result.ranking?.incompleteLists).toBe(1);
    expect(result.notices.map((n) => n.code)).toContain('incomplete-lists');
  });

  it('drops rows with an empty rank or list cell and says why', async () => {
    const csv = csvOf(['g', 'pos', 'q'], [['A', 1, 'x'], ['B', '', 'x'], ['A', 2, '']]);
    const result = await auditCsv(csv, { columns: { rank: 'pos', list: 'q' }, groups: ['g'], minGroupSize: 1 });
    expect(result.input.rowsDropped).toEqual({ missing_rank: 1, missing_list: 1 });
    expect(result.input.rowsUsed).toBe(1);
  });
});

describe('ranking sums merge like the rest of the tally', () => {
  const observation = fc.record({
    rank: fc.integer({ min: 1, max: 50 }),
    label: fc.constantFrom<0 | 1>(0, 1),
  });
  const fold = (rows: readonly { rank: number; label: 0 | 1 }[]) => {
    const t = emptyTally(10);
    for (const r of rows) addObservation(t, { decision: null, label: r.label, score: null, exposure: positionExposure(r.rank), isAtK: r.rank <= 10 });
    return t;
  };

  it('tally(a ++ b) = merge(tally(a), tally(b))', () => {
    fc.assert(
      fc.property(fc.array(observation), fc.array(observation), (a, b) => {
        const whole = fold([...a, ...b]);
        const merged = mergeTallies(fold(a), fold(b));
        expect(merged.atK).toBe(whole.atK);
        expect(merged.sumExposure).toBeCloseTo(whole.sumExposure, 9);
        expect(merged.sumRelevantExposure).toBeCloseTo(whole.sumRelevantExposure, 9);
      }),
    );
  });
});
