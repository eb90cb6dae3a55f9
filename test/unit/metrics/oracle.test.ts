import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../../src/index.js';
import { oracleMetrics, readSimpleCsv } from '../../helpers/oracle.js';
import { ROOT } from '../../helpers/run-cli.js';

const FILE = path.join(ROOT, 'fixtures/marketing/data.csv');
const GROUPS = ['gender', 'ethnicity', 'age_band'];

describe('the streaming audit agrees with a recomputation from the raw rows of the fixture', async () => {
  const config = { columns: { prediction: 'targeted', label: 'converted', score: 'score' }, groups: [...GROUPS, 'gender+ethnicity'] };
  const result = await audit(FILE, config, { generatedAt: '2026-01-01T00:00:00.000Z' });
  const rows = readSimpleCsv(readFileSync(FILE, 'utf8'), { d: 'targeted', y: 'converted', s: 'score', groups: GROUPS });

  it('reads every row', () => {
    expect(result.input.rowsRead).toBe(rows.length);
    expect(result.input.rowsUsed).toBe(rows.length);
  });

  const cases = result.attributes.flatMap((a) => a.groups.map((g) => ({ attribute: a.name, columns: a.columns, group: g })));
  it('covers every group of every attribute', () => {
    for (const g of GROUPS) {
      const keys = new Set(rows.map((r) => r.groups[g]));
      expect(result.attributes.find((a) => a.name === g)!.groups.map((x) => x.key).sort()).toEqual([...keys].sort());
    }
    expect(cases.length).toBeGreaterThan(30);
  });

  it.each(cases.map((c) => [`${c.attribute}=${c.group.key}`, c] as const))('%s: every metric, cell by cell', (_, c) => {
    const members = rows.filter((r) => c.columns.every((col) => r.groups[col] === c.group.values[col]));
    expect(members.length).toBe(c.group.n);
    const expected = oracleMetrics(members);
    for (const [metric, value] of Object.entries(expected)) {
      const actual = c.group.metrics[metric as keyof typeof c.group.metrics];
      if (value === null) expect(actual, metric).toBeNull();
      else expect(actual, metric).toBeCloseTo(value, 12);
    }
  });
});
