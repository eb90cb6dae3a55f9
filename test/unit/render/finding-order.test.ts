import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.js';
import { bySeverity, evidenceTier, excess } from '../../../src/render/finding-order.js';
import { BASIC, makeResult } from '../../helpers/make-result.js';

function finding(group: string, facts: Partial<Finding>): Finding {
  return { rule: 'r', metric: 'disparate_impact', attribute: 'a', group, value: 0.5, bound: { min: 0.8 }, status: 'fail', reason: 'breach', severity: 'fail', n: 100, ...facts };
}

const config = { config: { alpha: 0.05 } } as Parameters<typeof bySeverity>[1];

describe('how far beyond its bound a value is', () => {
  it('is the ratio to the bound when both have its sign, 0 within the bound', () => {
    // selected at 2.2 % of the reference's rate against the four-fifths rule: 0.8 / 0.022 ≈ 36 times short
    expect(excess(0.022, { min: 0.8 })).toBeCloseTo(36.36, 2);
    expect(excess(0.117, { max: 0.05 })).toBeCloseTo(2.34, 10);
    expect(excess(-0.318, { maxAbs: 0.1 })).toBeCloseTo(3.18, 10);
    expect(excess(0.5, { band: 0.8 })).toBeCloseTo(1.6, 10);
    expect(excess(2, { band: 0.8 })).toBeCloseTo(1.6, 10);
    expect(excess(0.9, { min: 0.8 })).toBe(0);
    expect(excess(null, { min: 0.8 })).toBe(0);
    // no selection at all, or a difference on the other side of zero: beyond every ratio, the farther the worse
    expect(excess(0, { min: 0.8 })).toBeGreaterThan(excess(0.001, { min: 0.8 }));
    expect(excess(-0.2, { min: 0.05 })).toBeGreaterThan(excess(-0.1, { min: 0.05 }));
    expect(excess(-0.1, { min: 0.05 })).toBeGreaterThan(excess(0.001, { min: 0.05 }));
  });
});

describe('findings, most serious first', () => {
  it('puts failures before warnings before inconclusive, then significant breaches, untested ones, and those that could be chance, each by size', () => {
    const list = [
      finding('chance-extreme', { value: 0.1, pValueAdjusted: 0.9 }),
      finding('significant-small', { value: 0.75, pValueAdjusted: 0.001 }),
      finding('warned', { value: 0.01, status: 'warn', pValueAdjusted: 0.0001 }),
      finding('untested', { metric: 'ece', value: 0.2, bound: { max: 0.05 } }),
      finding('significant-extreme', { value: 0.022, pValueAdjusted: 0.0001 }),
      finding('inconclusive', { value: null, status: 'inconclusive', reason: 'small-group' }),
      finding('interval-outside', { value: 0.6, interval: [0.5, 0.7] }),
    ];
    expect(bySeverity(list, config).map((f) => f.group)).toEqual(['significant-extreme', 'interval-outside', 'significant-small', 'untested', 'chance-extreme', 'warned', 'inconclusive']);
  });

  it('keeps the report order among equals', () => {
    const list = [finding('b', {}), finding('a', {}), finding('c', {})];
    expect(bySeverity(list, config).map((f) => f.group)).toEqual(['b', 'a', 'c']);
  });

  it('tiers the evidence by the Holm-adjusted p against α, or by an interval wholly beyond the bound', () => {
    expect(evidenceTier(finding('x', { pValueAdjusted: 0.049 }), 0.05)).toBe(0);
    expect(evidenceTier(finding('x', { pValueAdjusted: 0.05 }), 0.05)).toBe(2);
    expect(evidenceTier(finding('x', { interval: [0.5, 0.79] }), 0.05)).toBe(0);
    expect(evidenceTier(finding('x', { interval: [0.5, 0.81] }), 0.05)).toBe(1);
  });

  it('orders a real result: its first failure is its most extreme significant one', () => {
    const result = makeResult(BASIC);
    const failed = bySeverity(result.findings, result).filter((f) => f.status === 'fail');
    expect(failed.length).toBe(result.summary.fail);
    expect(failed[0]!.pValueAdjusted).toBeLessThan(0.05);
    for (const f of failed.slice(1)) expect(evidenceTier(f, 0.05)).toBeGreaterThanOrEqual(evidenceTier(failed[0]!, 0.05));
  });
});
