import { describe, expect, it } from 'vitest';
import { auditRows, confusionRows, testConfig } from '../../helpers/rows.js';

const config = testConfig({ columns: { prediction: 'd', label: 'y' } });

function groupMetrics(c: { tp: number; fp: number; tn: number; fn: number }) {
  const result = auditRows(confusionRows('A', c), config);
  return result.attributes[0]!.groups[0]!;
}

describe('rates from a hand-computed confusion matrix', () => {
  // tp=3 fp=2 tn=4 fn=1, n=10
  const g = groupMetrics({ tp: 3, fp: 2, tn: 4, fn: 1 });

  it('keeps the four counts', () => {
    expect([g.tp, g.fp, g.tn, g.fn, g.n]).toEqual([3, 2, 4, 1, 10]);
  });

  it.each([
    ['selection_rate', 5 / 10],
    ['base_rate', 4 / 10],
    ['tpr', 3 / 4],
    ['fnr', 1 / 4],
    ['fpr', 2 / 6],
    ['tnr', 4 / 6],
    ['ppv', 3 / 5],
    ['fdr', 2 / 5],
    ['npv', 4 / 5],
    ['for', 1 / 5],
    ['accuracy', 7 / 10],
  ] as const)('%s = %d', (metric, expected) => {
    expect(g.metrics[metric]).toBeCloseTo(expected, 15);
  });

  it('gives no score metrics when there is no score column', () => {
    expect(Object.keys(g.metrics)).not.toContain('ece');
    expect(Object.keys(g.metrics)).not.toContain('mean_score');
  });
});

describe('zero denominators are null, never 0 or NaN', () => {
  it('a group without positives has no TPR or FNR', () => {
    const g = groupMetrics({ tp: 0, fp: 2, tn: 3, fn: 0 });
    expect(g.metrics.tpr).toBeNull();
    expect(g.metrics.fnr).toBeNull();
    expect(g.metrics.fpr).toBeCloseTo(2 / 5, 15);
  });

  it('a group nobody was selected from has no PPV or FDR, and NPV/FOR are defined', () => {
    const g = groupMetrics({ tp: 0, fp: 0, tn: 3, fn: 2 });
    expect(g.metrics.selection_rate).toBe(0);
    expect(g.metrics.ppv).toBeNull();
    expect(g.metrics.fdr).toBeNull();
    expect(g.metrics.npv).toBeCloseTo(3 / 5, 15);
  });

  it('a group where everybody was selected has no NPV or FOR', () => {
    const g = groupMetrics({ tp: 2, fp: 1, tn: 0, fn: 0 });
    expect(g.metrics.npv).toBeNull();
    expect(g.metrics.for).toBeNull();
    expect(g.metrics.fpr).toBe(1);
  });

  it('a null survives JSON as null', () => {
    const g = groupMetrics({ tp: 0, fp: 2, tn: 3, fn: 0 });
    expect(JSON.parse(JSON.stringify(g)).metrics.tpr).toBeNull();
  });
});
