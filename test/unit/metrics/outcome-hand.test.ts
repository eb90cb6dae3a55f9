import { describe, expect, it } from 'vitest';
import { auditCsv, csvOf } from '../../helpers/csv-audit.js';
import { assertValidResult } from '../../helpers/report-schema.js';
import { renderMarkdown } from '../../../src/render/reporters/markdown.js';
import { renderTable } from '../../../src/render/reporters/table.js';

/**
 * A seven-row outcome audit computed by hand. A: 10, 20, 30, 40; B: 5, 5, 15.
 * Pooled, sorted: 5 5 10 15 20 30 40; P80 at h = 6·0.8 = 4.8 → 20 + 0.8·(30 − 20) = 28.
 * A: mean 25, sd √(500/3), p10 at h = 0.3 → 13, median 25, share ≥ 28 = 2/4.
 * B: mean 25/3, sd √((10/3)²·2 + (20/3)²)/√2 = √(100/3), p10 at h = 0.2 → 5, median 5, share 0.
 * Reference (highest mean): A. B vs A: Δmean = −50/3, ratio 1/3, share ratio 0;
 * ECDFs at 5, 10, 15, 20, 30, 40 — B: 2/3, 2/3, 1, 1, 1, 1; A: 0, 1/4, 1/4, 1/2, 3/4, 1:
 * KS = max gap = 3/4 (at 15); W1 = 2/3·5 + 5/12·5 + 3/4·5 + 1/2·10 + 1/4·10 = 50/3 (= Δmean, as B lies below A).
 */
describe('an outcome audit computed by hand', () => {
  const csv = csvOf(['g', 'offer'], [['A', 10], ['A', 20], ['A', 30], ['A', 40], ['B', 5], ['B', 5], ['B', 15]]);

  it('per group and against the reference', async () => {
    const result = await auditCsv(csv, { columns: { outcome: 'offer' }, groups: ['g'], minGroupSize: 1 });
    const [a, b] = ['A', 'B'].map((k) => result.attributes[0]!.groups.find((g) => g.key === k)!);
    expect(a!.metrics).toMatchObject({ n: 4, mean_outcome: 25, p10_outcome: 13, median_outcome: 25, share_above_p80: 0.5 });
    expect(a!.metrics.sd_outcome).toBeCloseTo(Math.sqrt(500 / 3), 13);
    expect(b!.metrics).toMatchObject({ n: 3, p10_outcome: 5, median_outcome: 5, share_above_p80: 0 });
    expect(b!.metrics.mean_outcome).toBeCloseTo(25 / 3, 13);
    expect(b!.metrics.sd_outcome).toBeCloseTo(Math.sqrt(100 / 3), 13);
    const d = b!.disparities;
    expect(d.mean_outcome_difference).toMatchObject({ reference: 'A', test: 'welch' });
    expect(d.mean_outcome_difference!.value).toBeCloseTo(-50 / 3, 12);
    expect(d.mean_outcome_ratio!.value).toBeCloseTo(1 / 3, 14);
    expect(d.share_above_p80_ratio!.value).toBe(0);
    expect(d.ks).toMatchObject({ value: 0.75, reference: 'A', test: 'ks-exact' });
    expect(d.wasserstein!.value).toBeCloseTo(50 / 3, 12);
    // the reference compared with itself: values, no test
    expect(a!.disparities.ks).toEqual({ value: 0, reference: 'A' });
    assertValidResult(result);
    expect(result.statistics.methods.outcome).toEqual({ quantile: 'numpy-linear', mean: 'welch', distribution: 'kolmogorov-smirnov-scipy-auto' });
  });

  it('a rule on the outcome judges it: mean_outcome_ratio>=0.9 and ks<=0.1 fail B on the estimate (require=point), and warn by default', async () => {
    const result = await auditCsv(csv, { columns: { outcome: 'offer' }, groups: ['g'], minGroupSize: 1, rules: ['mean_outcome_ratio>=0.9 require=point', 'ks<=0.1 require=point'] });
    const failed = result.findings.filter((f) => f.status === 'fail').map((f) => [f.metric, f.group]);
    expect(failed).toEqual(expect.arrayContaining([['mean_outcome_ratio', 'B'], ['ks', 'B']]));
    expect(failed).toHaveLength(2);
    // four rows against four: neither Welch's test nor the exact KS test is significant, so by default both only warn
    const evidence = await auditCsv(csv, { columns: { outcome: 'offer' }, groups: ['g'], minGroupSize: 1, rules: ['mean_outcome_ratio>=0.9', 'ks<=0.1'] });
    const b = evidence.findings.filter((f) => f.group === 'B');
    expect(b.map((f) => [f.metric, f.status, f.reason])).toEqual([['mean_outcome_ratio', 'warn', 'not-significant'], ['ks', 'warn', 'not-significant']]);
    for (const f of b) expect(f.pValueAdjusted!).toBeGreaterThanOrEqual(0.05);
  });

  it('without rules the terminal and Markdown tables show the outcome: mean (interval), median, mean ratio, KS', async () => {
    const result = await auditCsv(csv, { columns: { outcome: 'offer' }, groups: ['g'], minGroupSize: 1 });
    const rowB = renderTable(result, { isColor: false }).split('\n').find((l) => l.startsWith('│ B '))!;
    expect(rowB.split('│').map((c) => c.trim()).filter(Boolean).slice(0, 2)).toEqual(['B', '3']);
    expect(rowB).toMatch(/│\s+8\.333 \([-0-9.]+(?:–| to )[-0-9.]+\) │\s+5\.000 │\s+0\.333 │\s+0\.750 │/);
    expect(renderMarkdown(result, { isColor: false })).toMatch(/\| B \| 3 \| 8\.333 \([-0-9.]+(?:–| to )[-0-9.]+\) \| 5\.000 \| 0\.000 \| 0\.333 \| 0\.750 \|/);
  });
});
