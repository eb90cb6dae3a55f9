import { describe, expect, it } from 'vitest';
import { capabilitiesOf } from '../../../src/model/capabilities.js';
import { createFold } from '../../../src/core/accumulate.js';
import { binOf } from '../../../src/core/calibration-bins.js';
import { mergeTallies } from '../../../src/core/tally.js';
import type { GroupTally } from '../../../src/core/types.js';
import { bootstrapInterval, brierReplicates, eceReplicates } from '../../../src/stats/bootstrap.js';
import { normalCdf } from '../../../src/stats/normal.js';
import { normalQuantile } from '../../../src/stats/normal-quantile.js';
import { createWeightSource, poissonOne } from '../../../src/stats/poisson-weights.js';
import { auditRows, testConfig, type TestRow } from '../../helpers/rows.js';

/** A deterministic calibration data set: scores on a grid, labels drawn by a fixed rule. */
function scoredRows(count: number, group = 'A'): TestRow[] {
  return Array.from({ length: count }, (_, i) => {
    const score = ((i * 37) % 100) / 100;
    const label = ((i * 53) % 100) / 100 < score * 0.8 + 0.05 ? 1 : 0;
    return { cells: { g: group }, decision: score >= 0.5 ? 1 : 0, label, score } as TestRow;
  });
}

const BOOT = { replicates: 200, seed: 42 };

function foldTally(rows: readonly TestRow[], rowOffset = 0): GroupTally {
  const config = testConfig({ bootstrap: BOOT });
  const fold = createFold({ capabilities: capabilitiesOf(config), bins: 10, missing: 'group', bootstrap: config.bootstrap, rowOffset, attributes: [{ spec: { name: 'g', columns: ['g'] }, indices: [0] }] });
  for (const r of rows) fold.add([r.cells.g!], { decision: r.decision ?? null, label: r.label ?? null, score: r.score ?? null });
  return fold.finish().attributes[0]!.groups.get('A')!.tally;
}

describe('Poisson(1) weights from a counter-based generator', () => {
  const source = createWeightSource(7, 1000);
  const counts = new Map<number, number>();
  const weights = new Uint8Array(1000);
  for (let row = 0; row < 300; row++) {
    source.fill(row, weights);
    for (const w of weights) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const total = 300_000;

  it('have the Poisson(1) frequencies: P(0) = P(1) = e⁻¹, P(2) = e⁻¹/2, P(3) = e⁻¹/6 (within 4 standard errors)', () => {
    const expected = [Math.exp(-1), Math.exp(-1), Math.exp(-1) / 2, Math.exp(-1) / 6];
    expected.forEach((p, k) => {
      const se = Math.sqrt((p * (1 - p)) / total);
      expect(Math.abs((counts.get(k) ?? 0) / total - p)).toBeLessThan(4 * se);
    });
  });

  it('are a pure function of (seed, row, replicate)', () => {
    const a = new Uint8Array(50);
    const b = new Uint8Array(50);
    createWeightSource(3, 50).fill(12345, a);
    createWeightSource(3, 50).fill(12345, b);
    expect(a).toEqual(b);
    createWeightSource(4, 50).fill(12345, b);
    expect(a).not.toEqual(b);
    expect(poissonOne(0)).toBe(0);
    expect(poissonOne(2 ** 32 - 1)).toBeGreaterThan(8);
  });
});

describe('bootstrap replicate tallies', () => {
  const rows = scoredRows(400);
  const whole = foldTally(rows);

  it('hold, per replicate, the weighted ECE and Brier of the rows (recomputed from the rows with the same weights)', () => {
    const source = createWeightSource(BOOT.seed, BOOT.replicates);
    const w = new Uint8Array(BOOT.replicates);
    const gap = Array.from({ length: BOOT.replicates }, () => new Array<number>(10).fill(0));
    const sq = new Array<number>(BOOT.replicates).fill(0);
    const weight = new Array<number>(BOOT.replicates).fill(0);
    rows.forEach((r, i) => {
      source.fill(i, w);
      for (let k = 0; k < BOOT.replicates; k++) {
        weight[k]! += w[k]!;
        sq[k]! += w[k]! * (r.score! - r.label!) ** 2;
        gap[k]![binOf(r.score!, 10)]! += w[k]! * (r.score! - r.label!);
      }
    });
    const ece = eceReplicates(whole.bootstrap!);
    const brier = brierReplicates(whole.bootstrap!);
    for (let k = 0; k < BOOT.replicates; k++) {
      expect(ece[k]).toBeCloseTo(gap[k]!.reduce((s, g) => s + Math.abs(g), 0) / weight[k]!, 12);
      expect(brier[k]).toBeCloseTo(sq[k]! / weight[k]!, 12);
    }
  });

  it('shards folded with their row offset merge into the tally of one pass', () => {
    const merged = mergeTallies(foldTally(rows.slice(0, 150)), foldTally(rows.slice(150), 150));
    const b = merged.bootstrap!;
    for (let k = 0; k < BOOT.replicates; k++) {
      expect(b.weight[k]).toBe(whole.bootstrap!.weight[k]);
      expect(b.squaredError[k]).toBeCloseTo(whole.bootstrap!.squaredError[k]!, 10);
    }
  });

  it('refuses to merge a bootstrapped tally with a non-empty one without replicates', () => {
    const plain = { ...whole, bootstrap: undefined };
    expect(() => mergeTallies(whole, plain)).toThrow(/bootstrap/);
  });
});

describe('bias-corrected percentile interval', () => {
  it('with the estimate at the median it is the plain percentile interval', () => {
    const values = Array.from({ length: 1001 }, (_, i) => i / 1000);
    const [l, h] = bootstrapInterval(values, 0.5, 0.95)!;
    expect(l).toBeCloseTo(0.025, 12);
    expect(h).toBeCloseTo(0.975, 12);
  });

  it('moves both limits by z₀ when the replicates sit above the estimate (Efron & Tibshirani §14.3)', () => {
    const values = Array.from({ length: 1001 }, (_, i) => i / 1000);
    const estimate = 0.2995; // 300 of 1001 replicates below, none tied: z₀ = Φ⁻¹(300/1001)
    const [l, h] = bootstrapInterval(values, estimate, 0.95)!;
    const z0 = normalQuantile(300 / 1001);
    expect(l).toBeCloseTo(normalCdf(2 * z0 - 1.959963984540054), 6);
    expect(h).toBeCloseTo(normalCdf(2 * z0 + 1.959963984540054), 6);
  });

  it('is undefined without replicates', () => {
    expect(bootstrapInterval([], 0.1, 0.95)).toBeNull();
  });
});

describe('bootstrap in the report', () => {
  const rows = [...scoredRows(600, 'A'), ...scoredRows(300, 'B')];
  const run = (seed: number) => auditRows(rows, testConfig({ bootstrap: { replicates: 300, seed } }));

  it('gives a brier interval that is reproducible for a seed and moves with it; ece keeps its exact interval, the same for every seed', () => {
    const a = run(1).attributes[0]!.groups[0]!;
    const again = run(1).attributes[0]!.groups[0]!;
    const other = run(2).attributes[0]!.groups[0]!;
    expect(a.intervals.brier).toEqual(again.intervals.brier);
    expect(a.intervals.brier).not.toEqual(other.intervals.brier);
    const [l, h] = a.intervals.brier!;
    expect(l).toBeLessThanOrEqual(a.metrics.brier!);
    expect(h).toBeGreaterThanOrEqual(a.metrics.brier!);
    expect(a.intervals.ece).toEqual(other.intervals.ece);
    expect(a.intervals.ece).toEqual(auditRows(rows, testConfig({})).attributes[0]!.groups[0]!.intervals.ece);
  });

  it('is off by default: no brier interval, and the report says so; ece has its exact interval', () => {
    const result = auditRows(rows, testConfig({}));
    expect(result.attributes[0]!.groups[0]!.intervals.brier).toBeUndefined();
    expect(result.attributes[0]!.groups[0]!.intervals.ece).toBeDefined();
    expect(result.statistics.bootstrap).toBeNull();
    expect(result.statistics.methods.calibration).toBeNull();
    expect(result.statistics.methods.ece).toBe('bonferroni-clopper-pearson-bins');
    expect(result.attributes[0]!.groups[0]!.intervals.auc).toBeDefined();
  });
});
