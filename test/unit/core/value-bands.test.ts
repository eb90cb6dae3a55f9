import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bandLabels, bandOf, suggestedEdges } from '../../../src/core/value-bands.js';
import { compareNatural } from '../../../src/util/natural-order.js';
import { tallyInput } from '../../../src/pipeline/audit.js';
import { testConfig } from '../../helpers/rows.js';
import { seededUniform } from '../../helpers/seeded-uniform.js';
import { csvToParquet } from '../../helpers/parquet-files.js';

const EDGES = [18, 25, 35, 45, 65];

describe('bands of a numeric column', () => {
  it('are labelled as half-open intervals, closed below, in natural order', () => {
    const labels = bandLabels(EDGES);
    expect(labels).toEqual(['<18', '18–25', '25–35', '35–45', '45–65', '≥65']);
    expect([...labels].reverse().sort(compareNatural)).toEqual(labels);
  });

  it('put each value in its band: an edge opens the band above it; empty stays empty; text has none', () => {
    const cases: [string, string | undefined][] = [
      ['17', '<18'], ['17.99', '<18'], ['18', '18–25'], ['24.5', '18–25'], ['25', '25–35'], ['64', '45–65'], ['65', '≥65'], ['120', '≥65'],
      ['-3', '<18'], ['1e2', '≥65'], ['', ''], ['unknown', undefined], ['18 years', undefined],
    ];
    for (const [cell, band] of cases) expect([cell, bandOf(EDGES, cell)]).toEqual([cell, band]);
  });

  it('one edge makes two bands', () => {
    expect(bandLabels([50])).toEqual(['<50', '≥50']);
    expect(bandOf([50], '49')).toBe('<50');
  });

  it('suggests the quintiles of the rows (hand-computed: 100 rows, one per age 1–100)', () => {
    const ages = Array.from({ length: 100 }, (_, i) => ({ value: i + 1, rows: 1 }));
    expect(suggestedEdges(ages)).toEqual([20, 40, 60, 80]);
    // weights count: 90 of 100 rows at age 30 put three quintiles there, one edge
    expect(suggestedEdges([{ value: 20, rows: 5 }, { value: 30, rows: 90 }, { value: 70, rows: 5 }])).toEqual([30]);
  });
});

describe('a banded attribute, tallied from a file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-bands-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const next = seededUniform(65);
  // ages 10–89, some empty; the expected table is a recount of the rows written, banded by hand below
  const rows = Array.from({ length: 5000 }, (_, i) => ({ age: next() < 0.05 ? '' : String(10 + Math.floor(next() * 80)), d: i % 3 === 0 ? 1 : 0 }));
  const csv = path.join(dir, 'ages.csv');
  writeFileSync(csv, ['age,d', ...rows.map((r) => `${r.age},${r.d}`)].join('\n') + '\n');
  const byHand = (age: string) => (age === '' ? '(missing)' : +age < 18 ? '<18' : +age < 25 ? '18–25' : +age < 35 ? '25–35' : +age < 45 ? '35–45' : +age < 65 ? '45–65' : '≥65');
  const expected = new Map<string, { n: number; selected: number }>();
  for (const r of rows) {
    const e = expected.get(byHand(r.age)) ?? { n: 0, selected: 0 };
    expected.set(byHand(r.age), { n: e.n + 1, selected: e.selected + r.d });
  }
  const config = testConfig({ groups: ['age'], columns: { prediction: 'd' }, bins: { age: EDGES } });
  const counts = (table: Awaited<ReturnType<typeof tallyInput>>['table']) =>
    new Map([...table.attributes[0]!.groups.values()].map((g) => [g.key, { n: g.tally.n, selected: g.tally.selected }]));

  it.each([1, 2, 3])('in %i thread(s), equals the recount', async (threads) => {
    const run = await tallyInput(config, { name: 'ages.csv', path: csv, open: () => { throw new Error('unused') } }, { threads });
    expect(counts(run.table)).toEqual(expected);
  });

  it('from Parquet with an INTEGER age column, equals the recount', async () => {
    const parquet = path.join(dir, 'ages.parquet');
    await csvToParquet(csv, parquet, 'snappy', { age: 'INTEGER', d: 'INTEGER' });
    const run = await tallyInput(config, { name: 'ages.parquet', path: parquet, open: () => { throw new Error('unused') } }, { threads: 1 });
    expect(counts(run.table)).toEqual(expected);
  });

  it('a cell that is not a number is an input error at its line and column', async () => {
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'age,d\n30,1\nunknown,0\n');
    const message = await tallyInput(config, { name: 'bad.csv', path: bad, open: () => { throw new Error('unused') } }, { threads: 1 }).then(() => 'no error', (e: Error) => e.message);
    expect(message).toBe('bad.csv, line 3, column 1 (age): "unknown" is not a number, so it falls in none of the bands of --bins age=18,25,35,45,65; clean the column, or leave it out of --bins');
  });
});
