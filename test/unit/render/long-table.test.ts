import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawTable, isPlain, ROWS_PER_PART, type TableOptions } from '../../../src/render/reporters/long-table.js';

/** cli-table3 drawing all rows in one table: what drawTable must give, in linear time. */
function oneTable(options: TableOptions, rows: string[][]): string {
  const table = new Table(options);
  for (const row of rows) table.push([...row]);
  return table.toString();
}

const BOLD = (s: string) => `\u001b[1m${s}\u001b[22m`;
const RED = (s: string) => `\u001b[31m${s}\u001b[39m`;
const plainText = fc.string({ unit: fc.constantFrom(...'ab Z09.,()–—✓✗·×−…≤≥|-'.split('')), maxLength: 12 });
// Wide, emoji and combining characters make a table that cli-table3 draws in parts.
const anyText = fc.oneof(plainText, fc.string({ unit: fc.constantFrom('漢', '😀', '©', 'e\u0301', 'x', ' '), maxLength: 6 }));
const coloured = (text: fc.Arbitrary<string>) => fc.tuple(text, fc.constantFrom(0, 1, 2)).map(([s, c]) => (c === 0 ? s : c === 1 ? BOLD(s) : RED(s)));

function tableArbitrary(text: fc.Arbitrary<string>) {
  // Row counts up to three parts' worth, half of them past one part (the long-table paths).
  const rowCount = fc.oneof(fc.integer({ min: 0, max: ROWS_PER_PART }), fc.integer({ min: ROWS_PER_PART + 1, max: 3 * ROWS_PER_PART }));
  return fc.tuple(fc.integer({ min: 1, max: 5 }), rowCount).chain(([columns, rows]) =>
    fc.record({
      head: fc.array(coloured(text), { minLength: columns, maxLength: columns }),
      aligns: fc.array(fc.constantFrom('left' as const, 'right' as const, 'center' as const), { minLength: columns, maxLength: columns }),
      rows: fc.array(fc.array(coloured(text), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
    }),
  );
}

const optionsOf = (t: { head: string[]; aligns: ('left' | 'right' | 'center')[] }): TableOptions => ({ head: t.head, style: { head: [], border: [], compact: true }, colAligns: t.aligns });

describe('drawTable: a long table in linear time, the text of one cli-table3 table', () => {
  it('plain cells (drawn without cli-table3 when long)', () => {
    fc.assert(
      fc.property(tableArbitrary(plainText), (t) => {
        expect(drawTable(optionsOf(t), t.rows)).toBe(oneTable(optionsOf(t), t.rows));
      }),
      { numRuns: 25 },
    );
  });

  it('any cells (wide, emoji, combining: drawn by cli-table3 in parts with the widths of the whole)', () => {
    fc.assert(
      fc.property(tableArbitrary(anyText), (t) => {
        expect(drawTable(optionsOf(t), t.rows)).toBe(oneTable(optionsOf(t), t.rows));
      }),
      { numRuns: 25 },
    );
  });

  it('a report-like table of 1,000 groups, with and without colour', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`S${String(i).padStart(4, '0')}`, String(80 + (i % 50)), `0.${String(i % 1000).padStart(3, '0')} (0.22–0.39)`, i % 7 ? RED('✗ fail') : '✓ pass']);
    for (const head of [['group', 'n', 'selection (95% CI)', 'verdict'], ['group', 'n', 'selection (95% CI)', 'verdict'].map(BOLD)]) {
      const options: TableOptions = { head, style: { head: [], border: [], compact: true }, colAligns: ['left', 'right', 'right', 'left'] };
      expect(drawTable(options, rows)).toBe(oneTable(options, rows));
    }
  });

  it('isPlain: one-column characters and colour codes only', () => {
    expect(isPlain(RED('✗ fail'))).toBe(true);
    expect(isPlain('0.303 (0.22–0.39)')).toBe(true);
    for (const cell of ['漢字', '😀', '©', 'e\u0301', 'a\tb', 'a\nb', '\u001b]8;;x\u0007']) expect(isPlain(cell)).toBe(false);
  });
});
