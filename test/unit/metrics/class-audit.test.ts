import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditCsv, csvOf } from '../../helpers/csv-audit.js';
import { assertValidResult } from '../../helpers/report-schema.js';

/**
 * A multi-class decision audit (`--decision`, `--favourable`) against numpy,
 * scipy and statsmodels on the raw rows (scripts/fixtures/class_audit.py
 * replays this generator): class and tier shares with Wilson intervals,
 * their ratios to the reference with Katz intervals, TVD, JS divergence and
 * the chi-square tests, to 1e-9 relative (1e-12 for plain statistics).
 */
interface Share {
  n: number;
  share: number;
  interval: [number, number];
  ratio: number;
  katz: [number, number];
}
interface Group {
  counts: number[];
  classes: Share[];
  atLeast: Share[];
  tvd: number;
  js: number;
  chiSquare?: { statistic: number; p: number; df: number };
}
interface Case {
  seed: number;
  rows: number;
  reference: string;
  order: string[];
  groups: Record<string, Group>;
  independence: { statistic: number; p: number; df: number; cramersV: number };
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/stats/class-audit.json', import.meta.url), 'utf8')) as { cases: Case[] };

const GROUPS = ['A', 'B', 'C', 'D'];
const CUTS: Record<string, [number, number]> = { A: [20000, 45000], B: [18000, 46000], C: [6000, 40000], D: [21000, 44000] };

export function classRows(seed: number, n: number): [string, string][] {
  let x = seed;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
  return Array.from({ length: n }, () => {
    const top = next() >>> 24;
    const g = top % 16 !== 0 ? GROUPS[top % 4]! : 'D';
    const u = next() >>> 16;
    const [a, b] = CUTS[g]!;
    return [g, u < a ? 'premium' : u < b ? 'standard' : 'none'];
  });
}

function close(actual: number | null | undefined, expected: number, relative: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(relative * Math.max(Math.abs(expected), 1e-300));
}

describe.each(fixture.cases)('class audit of seed $seed ($rows rows), reference $reference', (c) => {
  const csv = csvOf(['g', 'tier'], classRows(c.seed, c.rows));
  const run = auditCsv(csv, { columns: { decision: 'tier' }, favourable: 'premium>standard>none', groups: ['g'], referenceGroups: { g: c.reference } });

  it('per group and class: counts, shares (Wilson), ratios to the reference (Katz); per tier the same', async () => {
    const result = await run;
    assertValidResult(result);
    for (const [key, e] of Object.entries(c.groups)) {
      const g = result.attributes[0]!.groups.find((x) => x.key === key)!;
      expect(g.classes!.shares.map((s) => s.class)).toEqual(c.order);
      expect(g.classes!.shares.map((s) => s.n)).toEqual(e.counts);
      for (const [mine, theirs] of [[g.classes!.shares, e.classes], [g.classes!.atLeast!, e.atLeast]] as const) {
        expect(mine).toHaveLength(theirs.length);
        mine.forEach((s, k) => {
          const x = theirs[k]!;
          expect(s.n).toBe(x.n);
          close(s.share, x.share, 1e-15);
          close(s.interval![0], x.interval[0], 1e-12);
          close(s.interval![1], x.interval[1], 1e-12);
          if (key === c.reference) return expect(s.impact).toBeUndefined();
          close(s.impact!.value, x.ratio, 1e-14);
          close(s.impact!.interval![0], x.katz[0], 1e-12);
          close(s.impact!.interval![1], x.katz[1], 1e-12);
        });
      }
    }
  });

  it('against the reference: TVD, JS divergence (scipy jensenshannon(base=2)²) and the chi-square test of the 2 × K table', async () => {
    const result = await run;
    for (const [key, e] of Object.entries(c.groups)) {
      const d = result.attributes[0]!.groups.find((x) => x.key === key)!.disparities;
      expect(d.tvd!.reference).toBe(c.reference);
      close(d.tvd!.value === 0 ? 1e-300 : d.tvd!.value, e.tvd === 0 ? 1e-300 : e.tvd, 1e-12);
      if (e.js === 0) expect(d.js!.value).toBe(0);
      else close(d.js!.value, e.js, 1e-12);
      if (!e.chiSquare) {
        expect(d.tvd!.pValue).toBeUndefined();
        continue;
      }
      expect(d.tvd!.test).toBe('chi-square');
      close(d.tvd!.pValue, e.chiSquare.p, 1e-9);
      expect(d.js!.pValue).toBe(d.tvd!.pValue);
    }
  });

  it('the attribute: chi2_contingency of groups × classes and Cramér\'s V', async () => {
    const classes = (await run).attributes[0]!.classes!;
    expect(classes).toMatchObject({ order: c.order, ordered: true, reference: c.reference });
    const t = classes.independence!;
    expect(t.df).toBe(c.independence.df);
    close(t.statistic, c.independence.statistic, 1e-12);
    close(t.pValue, c.independence.p, 1e-9);
    close(t.cramersV, c.independence.cramersV, 1e-12);
  });
});
