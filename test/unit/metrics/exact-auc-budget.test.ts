import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { intervalSettings } from '../../../src/metrics/intervals.js';
import { auditCsv, csvOf } from '../../helpers/csv-audit.js';

/**
 * Groups of 12,000 to 60,000 rows with nearly as many distinct scores: past
 * the 10,000-pair floor, within the default 64 MB budget, so their AUC and
 * DeLong interval are exact. The reference values are scipy's Mann–Whitney U
 * and the fast DeLong algorithm of Sun & Xu on the raw rows
 * (scripts/fixtures/exact_auc.py), which replays this generator.
 */
interface Case {
  seed: number;
  rows: number;
  distinctScores: number;
  auc: number;
  variance: number;
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/stats/exact-auc.json', import.meta.url), 'utf8')) as { cases: Case[] };

function rowsOf(seed: number, n: number): [number, 0 | 1][] {
  let x = seed;
  const out: [number, 0 | 1][] = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const k = x >>> 8;
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push([k / 2 ** 24, (x >>> 8) < k ? 1 : 0]);
  }
  return out;
}

describe('exact AUC and DeLong past 10,000 distinct scores, within the budget', () => {
  const table = fixture.cases.flatMap((c) => rowsOf(c.seed, c.rows).map(([s, y]) => [`g${c.seed}`, y, s] as const));
  const csv = csvOf(['g', 'y', 's'], table);

  it('equal scipy (Mann–Whitney) and the Sun–Xu DeLong variance to 1e-9 for every group', async () => {
    const result = await auditCsv(csv, { columns: { label: 'y', score: 's' }, groups: ['g'] });
    const { z } = intervalSettings(0.95);
    for (const c of fixture.cases) {
      const g = result.attributes[0]!.groups.find((x) => x.key === `g${c.seed}`)!;
      expect(c.distinctScores).toBeGreaterThan(10_000);
      expect(g.aucMaxError).toBeUndefined();
      expect(Math.abs(g.metrics.auc! - c.auc)).toBeLessThan(1e-9);
      const [lo, hi] = g.intervals.auc!;
      const half = z * Math.sqrt(c.variance);
      expect(Math.abs(lo - (c.auc - half))).toBeLessThan(1e-9);
      expect(Math.abs(hi - (c.auc + half))).toBeLessThan(1e-9);
    }
    expect(result.notices.map((n) => n.code)).not.toContain('auc-approximate');
  });

  it('with a budget that keeps only the smallest group past the floor exact, the others state their bound, which holds', async () => {
    // maps: the population (~102k pairs), g11 (12k), g23 (30k), g37 (60k); at 32 bytes a pair, 1.5 MB gives L* between 12,000 and 30,000
    const result = await auditCsv(csv, { columns: { label: 'y', score: 's' }, groups: ['g'], exactMemoryMB: 1.5 });
    const byKey = new Map(result.attributes[0]!.groups.map((g) => [g.key, g]));
    expect(byKey.get('g11')!.aucMaxError).toBeUndefined();
    expect(Math.abs(byKey.get('g11')!.metrics.auc! - fixture.cases[0]!.auc)).toBeLessThan(1e-9);
    for (const c of fixture.cases.slice(1)) {
      const g = byKey.get(`g${c.seed}`)!;
      expect(g.aucMaxError).toBeGreaterThan(0);
      expect(Math.abs(g.metrics.auc! - c.auc)).toBeLessThanOrEqual(g.aucMaxError!);
    }
    const notice = result.notices.find((n) => n.code === 'auc-approximate');
    expect(notice?.args).toMatchObject({ exactMemoryMB: 1.5 });
  });
});
