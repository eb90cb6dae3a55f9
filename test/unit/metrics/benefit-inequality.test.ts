import { describe, expect, it } from 'vitest';
import { auditCsv, csvOf } from '../../helpers/csv-audit.js';

// A hand-computed table. Group A: 2 TP, 1 TN, 1 FP (benefits 1, 1, 1, 2); group B: 2 TN, 2 FN (1, 1, 0, 0).
// All rows: n = 8, Σb = 7, μ = 7/8, Σb² = 9.
//   GE(2) = (Σ(b/μ)² − n) / (n·2·1) = (9·64/49 − 8) / 16 = 23/98
//   between: group means 5/4 and 1/2, Σ(m/μ)² = 4·(25/16 + 1/4)·64/49 = 464/49, (464/49 − 8) / 16 = 9/98
//   Theil (AIF360, α = 1) = Σ b·ln(b/μ) / (n·μ) = (5·ln(8/7) + 2·ln(16/7)) / 7
//   between at α = 1 = (4·(5/4)·ln(10/7) + 4·(1/2)·ln(4/7)) / 7
const CSV = csvOf(['g', 'y_hat', 'y'], [
  ['A', 1, 1], ['A', 1, 1], ['A', 0, 0], ['A', 1, 0],
  ['B', 0, 0], ['B', 0, 0], ['B', 0, 1], ['B', 0, 1],
]);
const BASE = { columns: { prediction: 'y_hat', label: 'y' }, groups: ['g'], minGroupSize: 1 };

describe('inequality of benefit through the audit (hand-computed)', () => {
  it('α = 2 by default: GE 23/98, between groups 9/98; rules judge them as point rules on the attribute', async () => {
    const r = await auditCsv(CSV, { ...BASE, rules: ['generalized_entropy<=0.2', 'between_group_entropy<=0.1'] });
    const got = r.attributes[0]!.inequality!;
    expect(got.alpha).toBe(2);
    expect(got.rows).toBe(8);
    expect(got.generalizedEntropy).toBeCloseTo(23 / 98, 14);
    expect(got.betweenGroup).toBeCloseTo(9 / 98, 14);
    const findings = r.findings.map((f) => [f.metric, f.group, f.status, f.reason]);
    expect(findings).toEqual([
      ['generalized_entropy', '(overall)', 'fail', 'breach'],
      ['between_group_entropy', '(overall)', 'pass', 'within-bound'],
    ]);
    expect(r.config).not.toHaveProperty('entropyAlpha');
  });

  it('α = 1 (Theil, with AIF360\'s division by μ)', async () => {
    const r = await auditCsv(CSV, { ...BASE, entropyAlpha: 1 });
    const got = r.attributes[0]!.inequality!;
    expect(got.generalizedEntropy).toBeCloseTo((5 * Math.log(8 / 7) + 2 * Math.log(16 / 7)) / 7, 14);
    expect(got.betweenGroup).toBeCloseTo((5 * Math.log(10 / 7) + 2 * Math.log(4 / 7)) / 7, 14);
    expect(r.config.entropyAlpha).toBe(1);
  });

  it('undefined (null, inconclusive) at α = 0 with a false negative; small attributes are inconclusive; no decision or no label: none', async () => {
    const zero = await auditCsv(CSV, { ...BASE, entropyAlpha: 0, rules: ['generalized_entropy<=0.2'] });
    expect(zero.attributes[0]!.inequality!.generalizedEntropy).toBeNull();
    expect(zero.findings[0]).toMatchObject({ status: 'inconclusive', reason: 'undefined-value' });
    const small = await auditCsv(CSV, { ...BASE, minGroupSize: 9, rules: ['between_group_entropy<=0.1'] });
    expect(small.findings[0]).toMatchObject({ status: 'inconclusive', reason: 'small-group', n: 8 });
    const noLabel = await auditCsv(CSV, { columns: { prediction: 'y_hat' }, groups: ['g'], minGroupSize: 1 });
    expect(noLabel.attributes[0]!.inequality).toBeUndefined();
  });
});
