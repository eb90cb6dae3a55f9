import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditCsv, configFrom, csvOf } from '../../helpers/csv-audit.js';
import { memoryInput } from '../../helpers/memory-input.js';
import { exitCode } from '../../../src/index.js';
import { runSweep } from '../../../src/pipeline/sweep/run-sweep.js';
import { isInRanges } from '../../../src/pipeline/sweep/passing-ranges.js';
import type { SweepResult } from '../../../src/model/sweep-result.js';
import type { SweepOptions } from '../../../src/pipeline/sweep/sweep-table.js';

// The sweep against independent recomputation: for random small tables, the public audit() with
// decision = score ≥ t (--threshold t) at every distinct score, between them and below them gives
// each group's rates and whether every rule passes; the sweep must say the same at each t. The
// sweep judges point estimates, so the audit it is held against is asked for them (require: point).

const RULES = [
  { metric: 'disparate_impact', min: 0.8, require: 'point' },
  { metric: 'equal_opportunity_difference', maxAbs: 0.2, require: 'point' },
  { metric: 'fpr_difference', max: 0.15, require: 'point' },
  { metric: 'predictive_parity_ratio', band: 0.8, require: 'point' },
  { metric: 'statistical_parity_difference', min: -0.1, require: 'point' },
  { metric: 'tpr', min: 0.5, require: 'point' },
];

const row = fc.record({ g: fc.constantFrom('A', 'B', 'C'), s: fc.integer({ min: 0, max: 20 }), y: fc.integer({ min: 0, max: 1 }) });
const scenario = fc.record({
  rows: fc.array(row, { minLength: 4, maxLength: 60 }),
  rules: fc.subarray(RULES, { minLength: 1 }),
  minGroupSize: fc.constantFrom(1, 5),
  minDenominator: fc.constantFrom(1, 3),
  failOn: fc.constantFrom('fail', 'inconclusive'),
  reference: fc.constantFrom('highest', 'largest', 'overall'),
  suppressBelow: fc.constantFrom(0, 0, 8),
  probes: fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 4 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/**
 * At t = 0.05 only one A row is selected: the hidden B and C would have 0
 * selected, so the audit at that threshold hides A too, judges nothing and
 * exits 3. A sweep that planned its masks once (on n alone) kept A visible
 * there and passed.
 */
const MASKED_AT_ONE_THRESHOLD: Scenario = {
  rows: (['A', 'A', 'A', 'A', 'A', 'A', 'C', 'A', 'B', 'A', 'B'] as const).map((g, i) => ({ g, s: i === 9 ? 1 : 0, y: 0 })),
  rules: [{ metric: 'fpr_difference', max: 0.15, require: 'point' }],
  minGroupSize: 1,
  minDenominator: 1,
  failOn: 'fail',
  reference: 'highest',
  suppressBelow: 8,
  probes: [],
};

function settingsOf(s: Scenario) {
  const md = s.minDenominator;
  return {
    columns: { score: 'score', label: 'y' },
    groups: ['g'],
    rules: s.rules,
    minGroupSize: s.minGroupSize,
    minDenominator: { tpr: md, fpr: md, ppv: md, fnr: md, tnr: md, fdr: md, npv: md, for: md },
    failOn: s.failOn,
    reference: s.reference,
    suppressBelow: s.suppressBelow,
  };
}

async function sweepOf(csv: string, s: Scenario, options: SweepOptions = {}): Promise<SweepResult> {
  const config = configFrom({ ...settingsOf(s), threshold: 0 });
  return runSweep({ ...config, threshold: null }, { input: memoryInput(csv, 'test.csv'), tool: { name: 'fairgate', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' }, options);
}

describe('the sweep equals a brute-force audit at each threshold', () => {
  it('rates, verdicts and passing ranges', async () => {
    const seen = { pass: 0, fail: 0 };
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const csv = csvOf(['g', 'score', 'y'], s.rows.map((r) => [r.g, (r.s / 20).toString(), r.y]));
        const sweep = await sweepOf(csv, s);
        expect(sweep.thresholds.mode).toBe('exact');
        const scores = [...new Set(s.rows.map((r) => r.s / 20))].sort((a, b) => b - a);
        expect(sweep.points.map((p) => p.threshold)).toEqual(scores);
        // every distinct score, the midpoints between them, a value below the lowest, and random probes up to the highest
        const between = scores.slice(1).map((low, i) => (low + scores[i]!) / 2);
        const probes = [...scores, ...between, scores[scores.length - 1]! - 0.01, ...s.probes.map((p) => (p / 1000) * scores[0]!)].filter((t) => t >= 0);
        for (const t of probes) {
          const audited = await auditCsv(csv, { ...settingsOf(s), threshold: t });
          const passes = exitCode(audited) === 0;
          seen[passes ? 'pass' : 'fail'] += 1;
          expect(isInRanges(t, sweep.passing), `t = ${t}`).toBe(passes);
          const point = sweep.points.find((p) => p.threshold === t);
          if (!point) continue;
          expect(point.passes).toBe(passes);
          const groups = point.attributes[0]!.groups;
          for (const g of audited.attributes[0]!.groups) {
            const swept = groups.find((h) => h.key === g.key)!;
            // a group the audit masks publishes nothing in the sweep either
            if (g.suppressed) {
              expect([swept.n, swept.selected, ...Object.values(swept.rates), ...Object.values(swept.rules)].every((v) => v === null)).toBe(true);
              continue;
            }
            expect(swept.selected).toBe(g.selected);
            for (const rate of ['selection_rate', 'tpr', 'fpr', 'ppv'] as const) expect(swept.rates[rate]).toBe(g.metrics[rate] ?? null);
          }
          // the sweep counts the true verdicts of masked groups too, as the audit's privacy.hiddenVerdicts does
          const failedHere = audited.findings.filter((f) => f.status === 'fail').length + (audited.privacy?.hiddenVerdicts?.fail ?? 0);
          expect(point.verdicts.fail).toBe(failedHere);
        }
      }),
      { numRuns: 40, seed: 20261207, examples: [[MASKED_AT_ONE_THRESHOLD]] },
    );
    // not vacuous: the seeded runs judge many thresholds each way
    expect(seen.pass).toBeGreaterThan(50);
    expect(seen.fail).toBeGreaterThan(50);
  });

  it('on a grid the user gives, each judged point agrees with the audit at that threshold', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 6 }), async (s, grid) => {
        const csv = csvOf(['g', 'score', 'y'], s.rows.map((r) => [r.g, (r.s / 20).toString(), r.y]));
        const top = Math.max(...s.rows.map((r) => r.s / 20));
        const values = grid.map((k) => k / 40).filter((t) => t <= top);
        fc.pre(values.length > 0);
        const sweep = await sweepOf(csv, s, { grid: { values } });
        expect(sweep.thresholds.mode).toBe('given');
        expect(sweep.points.map((p) => p.threshold)).toEqual([...values].sort((a, b) => b - a));
        for (const p of sweep.points) {
          const audited = await auditCsv(csv, { ...settingsOf(s), threshold: p.threshold });
          expect(p.passes, `t = ${p.threshold}`).toBe(exitCode(audited) === 0);
          expect(isInRanges(p.threshold, sweep.passing)).toBe(p.passes);
        }
      }),
      { numRuns: 25, seed: 7 },
    );
  });
});
