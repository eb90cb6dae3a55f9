import { describe, expect, it } from 'vitest';
import { auditRows, testConfig, type TestRow } from '../../helpers/rows.js';

const rows: TestRow[] = [
  { cells: { g: 'A', h: 'x' }, decision: 1, label: 1 },
  { cells: { g: 'A', h: '' }, decision: 0, label: 1 },
  { cells: { g: '', h: 'x' }, decision: 1, label: 0 },
  { cells: { g: 'B', h: 'y' }, decision: 0, label: 0 },
  { cells: { g: ' B ', h: 'y' }, decision: 1, label: 0 },
];

describe('empty demographic cells', () => {
  it('group mode: an empty cell is its own (missing) group, in intersections too; values are trimmed', () => {
    const result = auditRows(rows, testConfig({ columns: { prediction: 'd', label: 'y' }, groups: ['g', 'h', 'g+h'] }));
    const keys = result.attributes.map((a) => a.groups.map((g) => `${g.key}:${g.n}`));
    expect(keys).toEqual([
      ['(missing):1', 'A:2', 'B:2'],
      ['(missing):1', 'x:2', 'y:2'],
      ['(missing)|x:1', 'A|(missing):1', 'A|x:1', 'B|y:2'],
    ]);
    expect(result.attributes.every((a) => a.rowsExcluded === 0 && a.n === 5)).toBe(true);
  });

  it('drop mode: the row leaves that attribute only (and an intersection when any column is empty)', () => {
    const result = auditRows(rows, testConfig({ columns: { prediction: 'd', label: 'y' }, groups: ['g', 'h', 'g+h'], missing: 'drop' }));
    expect(result.attributes.map((a) => [a.name, a.n, a.rowsExcluded])).toEqual([
      ['g', 4, 1],
      ['h', 4, 1],
      ['g+h', 3, 2],
    ]);
    expect(result.attributes[2]!.groups.map((g) => g.key)).toEqual(['A|x', 'B|y']);
    // the rows still count overall
    expect(result.overall.n).toBe(5);
    expect(result.input.rowsUsed).toBe(5);
  });
});
