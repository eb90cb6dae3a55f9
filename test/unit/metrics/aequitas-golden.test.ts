import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../../src/index.js';
import { SHARED } from '../../helpers/run-cli.js';

/**
 * Expected values transcribed from Aequitas' own test suite (dssg/aequitas,
 * tests/test_artifacts/expected_output_test_2.csv and expected_output_test_3.csv
 * at commit ad9b403), for its inputs test_2.csv / test_3.csv in ../shared/data/aequitas.
 * Aequitas' names: pprev = selection_rate, pprev_disparity = disparate_impact.
 * Where Aequitas writes NaN (a zero denominator) fairgate must give null.
 * Compared cell by cell; a group missing on either side fails the test (no silent join).
 */
type Row = Record<string, number | null>;
const TEST_2: Record<string, Record<string, Row>> = {
  class: {
    High: { n: 5, tp: 2, fp: 1, tn: 1, fn: 1, fpr: 0.5, fnr: 0.3333333333333333, for: 0.5, fdr: 0.3333333333333333, selection_rate: 0.6, disparate_impact: 1 },
    Low: { n: 5, tp: 1, fp: 2, tn: 1, fn: 1, fpr: 0.6666666666666666, fnr: 0.5, for: 0.5, fdr: 0.6666666666666666, selection_rate: 0.6, disparate_impact: 1 },
  },
  not_class: {
    High: { n: 5, tp: 2, fp: 1, tn: 1, fn: 1, fpr: 0.5, fnr: 0.3333333333333333, for: 0.5, fdr: 0.3333333333333333, selection_rate: 0.6, disparate_impact: 1 },
    Low: { n: 5, tp: 1, fp: 2, tn: 1, fn: 1, fpr: 0.6666666666666666, fnr: 0.5, for: 0.5, fdr: 0.6666666666666666, selection_rate: 0.6, disparate_impact: 1 },
  },
};
const TEST_3: Record<string, Record<string, Row>> = {
  class: {
    High: { n: 5, tp: 3, fp: 2, tn: 0, fn: 0, fpr: 1, fnr: 0, for: null, fdr: 0.4, selection_rate: 1, disparate_impact: 1 },
    Low: { n: 5, tp: 2, fp: 3, tn: 0, fn: 0, fpr: 1, fnr: 0, for: null, fdr: 0.6, selection_rate: 1, disparate_impact: 1 },
  },
};

async function auditOf(file: string, groups: string[], referenceGroups: Record<string, string>) {
  const config = { columns: { prediction: 'score', label: 'label_value' }, groups, referenceGroups, minGroupSize: 1 };
  return audit(path.join(SHARED, 'aequitas', file), config, { generatedAt: '2026-01-01T00:00:00.000Z' });
}

function compare(result: Awaited<ReturnType<typeof audit>>, expected: Record<string, Record<string, Row>>) {
  for (const [attribute, groups] of Object.entries(expected)) {
    const a = result.attributes.find((x) => x.name === attribute);
    expect(a, `attribute ${attribute}`).toBeDefined();
    expect(a!.groups.map((g) => g.key).sort()).toEqual(Object.keys(groups).sort());
    for (const [key, row] of Object.entries(groups)) {
      const g = a!.groups.find((x) => x.key === key)!;
      for (const [cell, value] of Object.entries(row)) {
        const actual =
          cell === 'disparate_impact' ? g.disparities.disparate_impact!.value
          : cell in g.metrics ? g.metrics[cell as keyof typeof g.metrics]
          : (g as unknown as Record<string, number>)[cell];
        if (value === null) expect(actual, `${attribute}=${key} ${cell}`).toBeNull();
        else expect(actual, `${attribute}=${key} ${cell}`).toBeCloseTo(value, 9);
      }
    }
  }
}

describe('agreement with Aequitas expected outputs', () => {
  it('test_2: two attributes sharing value labels, predefined references', async () => {
    compare(await auditOf('test_2.csv', ['class', 'not_class'], { class: 'High', not_class: 'Low' }), TEST_2);
  });

  it('test_3: every score 1 — the false omission rate is undefined (Aequitas NaN, fairgate null)', async () => {
    compare(await auditOf('test_3.csv', ['class'], { class: 'High' }), TEST_3);
  });
});
