import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupKey, keyOfCells, valueComponent } from '../../../src/core/group-key.js';
import { auditCsv } from '../../helpers/csv-audit.js';

/** Cell texts built from the characters that could make keys collide. */
const cellText = fc.string({ unit: fc.constantFrom('|', '\\', 'x', 'y', '(missing)', '(', ')', 'missing'), maxLength: 4 });
const tuple = (arity: number) => fc.array(cellText, { minLength: arity, maxLength: arity });

describe('group keys', () => {
  it('keep the key ordinary values always had: the values joined with |, an empty cell (missing)', () => {
    const ordinary = fc.string({ maxLength: 6 }).filter((s) => !s.includes('|') && !/^\\*\(missing\)$/.test(s));
    fc.assert(
      fc.property(fc.array(ordinary, { minLength: 1, maxLength: 3 }), (cells) => {
        expect(keyOfCells(cells).key).toBe(cells.map((c) => (c === '' ? '(missing)' : c)).join('|'));
      }),
    );
    expect(keyOfCells(['Female', 'Black']).key).toBe('Female|Black');
    expect(keyOfCells(['', 'Black']).key).toBe('(missing)|Black');
    // one column: a | is just a character, as before
    expect(keyOfCells(['x|y']).key).toBe('x|y');
  });

  it('never give two distinct tuples the same key (for each arity)', () => {
    for (const arity of [1, 2, 3]) {
      fc.assert(
        fc.property(tuple(arity), tuple(arity), (a, b) => {
          fc.pre(a.some((v, i) => v !== b[i]));
          expect(keyOfCells(a).key).not.toBe(keyOfCells(b).key);
        }),
        { numRuns: 2000 },
      );
    }
  });

  it('tell the separator inside a value from the separator between values, and a cell reading (missing) from an empty one', () => {
    expect(keyOfCells(['x|y', 'z']).key).toBe('x\\|y|z');
    expect(keyOfCells(['x', 'y|z']).key).toBe('x|y\\|z');
    expect(keyOfCells(['a\\', '|b']).key).toBe('a\\\\|\\|b');
    expect(valueComponent('')).toBe('(missing)');
    expect(valueComponent('(missing)')).toBe('\\(missing)');
    expect(valueComponent('\\(missing)')).toBe('\\\\(missing)');
    expect(valueComponent('(missing) or not')).toBe('(missing) or not');
    expect(groupKey(['\\(missing)'])).toBe('\\(missing)');
  });

  it('keep such groups apart in an audit, each with its own rows', async () => {
    const csv = ['g,h,d', 'x|y,z,1', 'x|y,z,1', 'x,y|z,0', '(missing),q,1', ',q,0', ',q,0', ''].join('\n');
    const result = await auditCsv(csv, { columns: { prediction: 'd' }, groups: ['g', 'g+h'], minGroupSize: 1 });
    const counts = (name: string) => Object.fromEntries(result.attributes.find((a) => a.name === name)!.groups.map((g) => [g.key, [g.n, g.selected]]));
    expect(counts('g')).toEqual({ '(missing)': [2, 0], '\\(missing)': [1, 1], x: [1, 0], 'x|y': [2, 2] });
    expect(counts('g+h')).toEqual({ '(missing)|q': [2, 0], '\\(missing)|q': [1, 1], 'x\\|y|z': [2, 2], 'x|y\\|z': [1, 0] });
    const values = result.attributes.find((a) => a.name === 'g+h')!.groups.map((g) => g.values);
    expect(values).toContainEqual({ g: 'x|y', h: 'z' });
    expect(values).toContainEqual({ g: 'x', h: 'y|z' });
  });
});
