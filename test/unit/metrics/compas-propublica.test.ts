import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../../src/index.js';
import { SHARED } from '../../helpers/run-cli.js';

// ProPublica, "Machine Bias" (2016), on all 7,214 rows: prediction = score_text ≠ Low, label = two_year_recid.
const PUBLISHED = {
  'African-American': { fpr: 0.4485, fnr: 0.2799 },
  Caucasian: { fpr: 0.2345, fnr: 0.4772 },
};

describe('ProPublica COMPAS error rates are reproduced from the raw file', async () => {
  const file = path.join(SHARED, 'compas/compas-scores-two-years.csv');
  const config = { columns: { prediction: 'score_text', label: 'two_year_recid' }, predictionPositive: ['Medium', 'High'], groups: ['race', 'sex', 'race+sex'] };
  const result = await audit(file, config, { generatedAt: '2026-01-01T00:00:00.000Z' });
  const race = result.attributes.find((a) => a.name === 'race')!;

  it('uses all 7,214 rows, despite the duplicate header names', () => {
    expect(result.input.rowsRead).toBe(7214);
    expect(result.input.rowsUsed).toBe(7214);
  });

  it.each(Object.entries(PUBLISHED))('%s: FPR and FNR as published (to the 0.01 % printed)', (group, published) => {
    const g = race.groups.find((x) => x.key === group);
    expect(g, `group ${group} missing`).toBeDefined();
    expect(g!.metrics.fpr).toBeCloseTo(published.fpr, 4);
    expect(g!.metrics.fnr).toBeCloseTo(published.fnr, 4);
  });

  it('has the exact confusion counts behind those rates', () => {
    const aa = race.groups.find((x) => x.key === 'African-American')!;
    const w = race.groups.find((x) => x.key === 'Caucasian')!;
    expect([aa.tp, aa.fp, aa.tn, aa.fn]).toEqual([1369, 805, 990, 532]);
    expect([w.tp, w.fp, w.tn, w.fn]).toEqual([505, 349, 1139, 461]);
    expect(aa.metrics.fpr).toBe(805 / (805 + 990));
  });

  it('the intersection groups partition the rows', () => {
    const inter = result.attributes.find((a) => a.name === 'race+sex')!;
    expect(inter.groups.reduce((s, g) => s + g.n!, 0)).toBe(7214);
    expect(inter.groups.find((g) => g.key === 'African-American|Female')!.values).toEqual({ race: 'African-American', sex: 'Female' });
  });
});
