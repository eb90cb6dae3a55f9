import { describe, expect, it } from 'vitest';
import { auditCsv, csvOf } from '../../../helpers/csv-audit.js';

describe('a score cut-off reads the input twice', () => {
  // The row with the highest score has no label: it is left out, and takes no place in the top k.
  const csv = csvOf(
    ['g', 's', 'y'],
    [
      ['A', 0.99, ''],
      ['A', 0.9, 1],
      ['B', 0.8, 0],
      ['B', 0.8, 1],
      ['A', 0.3, 0],
      ['B', 0.1, 0],
    ],
  );

  it('ranks only the rows the audit uses', async () => {
    const r = await auditCsv(csv, { columns: { score: 's', label: 'y' }, groups: ['g'], topK: 2, minGroupSize: 1 });
    expect(r.input.rowsDropped).toEqual({ missing_label: 1 });
    expect(r.selection).toEqual({ method: 'top-k', k: 2, rows: 5, cutoff: 0.8, comparison: '>=', selected: 3, tiedAtCutoff: 2 });
    const [a, b] = r.attributes[0]!.groups;
    expect([a!.selected, b!.selected]).toEqual([1, 2]);
    expect(a!.tp).toBe(1);
    expect(b!.tp).toBe(1);
  });

  it('uses the decision for the default four-fifths rule, against the highest selection rate', async () => {
    const r = await auditCsv(csv, { columns: { score: 's', label: 'y' }, groups: ['g'], topK: 2, minGroupSize: 1 });
    expect(r.config.rules.map((x) => x.id)).toEqual(['disparate_impact>=0.8']);
    // A has 1 of 2 selected, B 2 of 3: a 2×2 table this small gets Fisher's exact test (expected count 0.8 < 5).
    expect(r.attributes[0]!.groups[0]!.disparities.disparate_impact).toMatchObject({ value: (1 / 2) / (2 / 3), reference: 'B', test: 'fisher', pValue: 1 });
  });

  it('gives the selection in the report next to the resolved top-k', async () => {
    const r = await auditCsv(csv, { columns: { score: 's', label: 'y' }, groups: ['g'], topPercent: 50, minGroupSize: 1 });
    expect(r.config.topPercent).toBe(50);
    expect(r.selection).toMatchObject({ method: 'top-percent', percent: 50, k: 3, selected: 3 });
  });
});
