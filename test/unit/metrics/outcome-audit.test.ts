import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GroupResult } from '../../../src/model/audit-result.js';
import { auditCsv, csvOf } from '../../helpers/csv-audit.js';

/**
 * An outcome audit (`--outcome`, with a score column) against numpy, scipy and
 * statsmodels on the raw rows (scripts/fixtures/outcome_audit.py replays this
 * generator): every per-group statistic and every comparison with the
 * reference, to 1e-9 relative (1e-12 for plain statistics).
 */
interface Comparison {
  welch: { p: number; ci95: [number, number] };
  ks: { statistic: number; p: number };
  wasserstein: number;
}
interface Group {
  n: number;
  mean: number;
  sd: number;
  p10: number;
  p25: number;
  median: number;
  p75: number;
  p90: number;
  shareAtLeastP80: number;
  shareRatio: number;
  meanRatio: number;
  meanInterval: [number, number];
  outcome?: Comparison;
  score?: Comparison;
}
interface Case {
  seed: number;
  rows: number;
  reference: string;
  groups: Record<string, Group>;
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/stats/outcome-audit.json', import.meta.url), 'utf8')) as { cases: Case[] };

const GROUPS = ['A', 'B', 'C', 'D'];
const SHIFT: Record<string, number> = { A: 40, B: 30, C: -25, D: 38 };

function rowsOf(seed: number, n: number): [string, number, number][] {
  let x = seed;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
  return Array.from({ length: n }, () => {
    const top = next() >>> 24;
    const g = top % 16 !== 0 ? GROUPS[top % 4]! : 'D';
    const offer = (((next() >>> 16) % 61) + SHIFT[g]!) / 2;
    return [g, offer, (next() >>> 8) / 2 ** 24];
  });
}

function close(actual: number | null | undefined, expected: number, relative: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(relative * Math.max(Math.abs(expected), 1e-300));
}

describe.each(fixture.cases)('outcome audit of seed $seed ($rows rows), reference $reference', (c) => {
  const csv = csvOf(['g', 'offer', 's'], rowsOf(c.seed, c.rows));
  // a rule on score_ks asks for the scores' KS test (without one, its statistic only: see the last test)
  const run = auditCsv(csv, { columns: { outcome: 'offer', score: 's' }, groups: ['g'], referenceGroups: { g: c.reference }, rules: ['score_ks<=1'] });

  it('per group: n, mean (t interval), sd, percentiles, share at or above the pooled 80th percentile', async () => {
    const result = await run;
    for (const [key, e] of Object.entries(c.groups)) {
      const g = result.attributes[0]!.groups.find((x) => x.key === key)!;
      expect(g.n).toBe(e.n);
      const m = g.metrics;
      close(m.mean_outcome, e.mean, 1e-12);
      close(m.sd_outcome, e.sd, 1e-12);
      for (const [id, v] of [['p10_outcome', e.p10], ['p25_outcome', e.p25], ['median_outcome', e.median], ['p75_outcome', e.p75], ['p90_outcome', e.p90]] as const) close(m[id], v, 1e-15);
      close(m.share_above_p80, e.shareAtLeastP80, 1e-15);
      close(g.intervals.mean_outcome![0], e.meanInterval[0], 1e-12);
      close(g.intervals.mean_outcome![1], e.meanInterval[1], 1e-12);
      close(g.disparities.share_above_p80_ratio!.value, e.shareRatio, 1e-12);
      close(g.disparities.mean_outcome_ratio!.value, e.meanRatio, 1e-12);
      expect(g.maxErrors).toBeUndefined();
    }
  });

  it('against the reference: Welch (p, interval), KS (statistic, p) and Wasserstein-1, of the outcome and of the scores', async () => {
    const result = await run;
    for (const [key, e] of Object.entries(c.groups)) {
      if (!e.outcome) continue;
      const d = (result.attributes[0]!.groups.find((x) => x.key === key) as GroupResult).disparities;
      expect(d.mean_outcome_difference!.reference).toBe(c.reference);
      close(d.mean_outcome_difference!.pValue, e.outcome.welch.p, 1e-9);
      expect(d.mean_outcome_ratio!.pValue).toBe(d.mean_outcome_difference!.pValue);
      close(d.mean_outcome_difference!.interval![0], e.outcome.welch.ci95[0], 1e-12);
      close(d.mean_outcome_difference!.interval![1], e.outcome.welch.ci95[1], 1e-12);
      close(d.ks!.value, e.outcome.ks.statistic, 1e-12);
      close(d.ks!.pValue, e.outcome.ks.p, 1e-9);
      close(d.wasserstein!.value, e.outcome.wasserstein, 1e-12);
      close(d.score_ks!.value, e.score!.ks.statistic, 1e-12);
      close(d.score_ks!.pValue, e.score!.ks.p, 1e-9);
      close(d.score_wasserstein!.value, e.score!.wasserstein, 1e-12);
    }
  });

  it('without a rule on score_ks the scores\' KS statistic is reported and not tested (no p-value, not in the Holm family)', async () => {
    const plain = await auditCsv(csv, { columns: { outcome: 'offer', score: 's' }, groups: ['g'], referenceGroups: { g: c.reference } });
    for (const [key, e] of Object.entries(c.groups)) {
      if (!e.score) continue;
      const d = plain.attributes[0]!.groups.find((x) => x.key === key)!.disparities.score_ks!;
      close(d.value, e.score.ks.statistic, 1e-12);
      expect(d.pValue).toBeUndefined();
    }
  });
});
