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
  it('puts failures before warnings before inconclusive, then significant breaches (smallest p first, then untested ones whose interval breaches), untested ones, and those that could be chance', () => {
    const list = [
      finding('chance-extreme', { value: 0.1, pValueAdjusted: 0.9 }),
      finding('significant-small', { value: 0.75, pValueAdjusted: 0.001 }),
      finding('warned', { value: 0.01, status: 'warn', pValueAdjusted: 0.0001 }),
      finding('untested', { metric: 'ece', value: 0.2, bound: { max: 0.05 } }),
      finding('significant-extreme', { value: 0.022, pValueAdjusted: 0.0001 }),
      finding('inconclusive', { value: null, status: 'inconclusive', reason: 'small-group' }),
      finding('interval-outside', { value: 0.6, interval: [0.5, 0.7] }),
    ];
    expect(bySeverity(list, config).map((f) => f.group)).toEqual(['significant-extreme', 'significant-small', 'interval-outside', 'untested', 'chance-extreme', 'warned', 'inconclusive']);
  });

  it('orders by verdict fail, warn, inconclusive, suppressed, pass whatever the evidence', () => {
    const list = (['pass', 'suppressed', 'inconclusive', 'warn', 'fail'] as const).map((status) => finding(status, { status, pValueAdjusted: status === 'pass' ? 1e-9 : 0.5 }));
    expect(bySeverity(list, config).map((f) => f.group)).toEqual(['fail', 'warn', 'inconclusive', 'suppressed', 'pass']);
  });

  it('puts the smaller Holm-adjusted p first, and on equal p the value farther beyond its bound', () => {
    const list = [
      finding('p0.01-far', { value: 0.2, pValueAdjusted: 0.01 }),
      finding('p0.001-near', { value: 0.79, pValueAdjusted: 0.001 }),
      finding('p0.01-near', { value: 0.7, pValueAdjusted: 0.01 }),
      finding('p1-far', { value: 0.1, pValueAdjusted: 1 }),
      finding('p1-farther', { value: 0.05, pValueAdjusted: 1 }),
    ];
    // 0.8 / 0.2 = 4 times short before 0.8 / 0.7 ≈ 1.14; among p = 1 (Holm's cap), 0.8 / 0.05 = 16 before 0.8 / 0.1 = 8
    expect(bySeverity(list, config).map((f) => f.group)).toEqual(['p0.001-near', 'p0.01-far', 'p0.01-near', 'p1-farther', 'p1-far']);
  });

  it('breaks full ties by attribute in the report\'s order, then by group in natural order', () => {
    const list = [finding('g10', { attribute: 'b' }), finding('g10', {}), finding('g9', {}), finding('g2', { attribute: 'b' })];
    expect(bySeverity(list, config).map((f) => `${f.attribute}:${f.group}`)).toEqual(['b:g2', 'b:g10', 'a:g9', 'a:g10']);
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
