import { describe, expect, it } from 'vitest';
import { auditCsv, csvOf } from '../../../helpers/csv-audit.js';

type Row = [sex: string, race: string, selected: 0 | 1];

function block(sex: string, race: string, n: number, selected: number): Row[] {
  return Array.from({ length: n }, (_, i) => [sex, race, i < selected ? 1 : 0]);
}

// 100 rows. X is 1 % of the data (excluded from impact ratios, though its rate is the highest);
// 9 rows have no sex and 1 row's race is "Declined" (unknown categories).
const rows: Row[] = [
  ...block('F', 'P', 25, 8),
  ...block('F', 'Q', 15, 2),
  ...block('M', 'P', 30, 15),
  ...block('M', 'Q', 19, 10),
  ...block('M', 'Declined', 1, 0),
  ...block('X', 'P', 1, 1),
  ...block('', 'P', 4, 2),
  ...block('', 'Q', 5, 1),
];
const csv = csvOf(['s', 'r', 'd'], rows);
const config = { columns: { prediction: 'd' }, preset: 'll144', ll144: { sex: 's', race: 'r', unknown: ['declined'] } };

describe('LL144 tables from a hand-counted sample', async () => {
  const section = (await auditCsv(csv, config)).presets!.ll144!;
  const [sex, race, both] = section.tables;

  it('sex: rates, impact ratios against the highest rate among the categories kept, unknown count', () => {
    expect(sex).toMatchObject({ kind: 'sex', attribute: 's', reference: 'M', unknown: 9 });
    expect(sex!.categories.map((c) => [c.key, c.applicants, c.selected, c.rate, c.impactRatio, c.isExcluded])).toEqual([
      ['F', 40, 10, 0.25, 0.5, false],
      ['M', 50, 25, 0.5, 1, false],
      ['X', 1, 1, 1, null, true],
    ]);
  });

  it('race: a listed unknown value is counted as unknown, case-insensitively', () => {
    expect(race).toMatchObject({ kind: 'race', reference: 'P', unknown: 1 });
    const [p, q] = race!.categories;
    expect([p!.key, p!.applicants, p!.selected]).toEqual(['P', 60, 26]);
    expect([q!.key, q!.applicants, q!.selected]).toEqual(['Q', 39, 13]);
    expect(q!.impactRatio).toBeCloseTo(13 / 39 / (26 / 60), 15);
  });

  it('intersection: unknown when either part is unknown; reference is the highest kept category', () => {
    expect(both).toMatchObject({ kind: 'intersectional', attribute: 's+r', columns: ['s', 'r'], reference: 'M|Q', unknown: 10 });
    const byKey = Object.fromEntries(both!.categories.map((c) => [c.key, c]));
    expect(Object.keys(byKey)).toEqual(['F|P', 'F|Q', 'M|P', 'M|Q', 'X|P']);
    expect(byKey['F|P']!.impactRatio).toBeCloseTo(8 / 25 / (10 / 19), 15);
    expect(byKey['M|P']!.impactRatio).toBeCloseTo(15 / 30 / (10 / 19), 15);
    expect(byKey['X|P']).toMatchObject({ applicants: 1, share: 0.01, isExcluded: true, impactRatio: null });
  });

  it('says what the rates are', () => {
    expect(section).toMatchObject({ rateKind: 'selection', median: null, rows: 100, excludeBelow: 0.02, sex: 's', race: 'r' });
  });
});

describe('LL144 options', () => {
  it('excludeBelow: 0 keeps every category in the impact ratios', async () => {
    const [sex] = (await auditCsv(csv, { ...config, ll144: { ...config.ll144, excludeBelow: 0 } })).presets!.ll144!.tables;
    expect(sex!.reference).toBe('X');
    expect(sex!.categories.map((c) => c.impactRatio)).toEqual([0.25, 0.5, 1]);
  });

  it('counts rows left out under --missing drop as unknown', async () => {
    const [sex, , both] = (await auditCsv(csv, { ...config, missing: 'drop' })).presets!.ll144!.tables;
    expect(sex!.unknown).toBe(9);
    expect(both!.unknown).toBe(10);
  });
});

describe('LL144 scoring rates: the share of a category scoring above the sample median', () => {
  // Scores 0.1 … 1.0, ten rows: the median is 0.55, so the top five "score above the median".
  const scored = csvOf(
    ['s', 'r', 'score'],
    [
      ['F', 'P', 0.1], ['F', 'P', 0.2], ['F', 'Q', 0.3], ['F', 'Q', 0.6], ['M', 'P', 0.4],
      ['M', 'P', 0.7], ['M', 'Q', 0.8], ['M', 'Q', 0.9], ['M', 'P', 1.0], ['F', 'P', 0.5],
    ],
  );

  it('computes the median of the whole sample and each category’s rate above it', async () => {
    const result = await auditCsv(scored, { columns: { score: 'score' }, preset: 'll144', ll144: { sex: 's', race: 'r' } });
    expect(result.selection).toMatchObject({ method: 'above-median', cutoff: 0.55, comparison: '>', selected: 5 });
    const section = result.presets!.ll144!;
    expect(section).toMatchObject({ rateKind: 'scoring', median: 0.55 });
    const [sex] = section.tables;
    expect(sex!.categories.map((c) => [c.key, c.applicants, c.selected, c.rate])).toEqual([
      ['F', 5, 1, 0.2],
      ['M', 5, 4, 0.8],
    ]);
    expect(sex!.categories[0]!.impactRatio).toBeCloseTo(0.25, 15);
  });
});
