import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseDelimiter, delimiterNotice, FIELD_SEPARATORS, type FieldSeparator } from '../../../../src/input/csv/sniff-delimiter.js';

const utf8 = (s: string) => Buffer.from(s);
const SNIFF = { separator: null, decimalComma: null } as const;

/** A table written with `separator`: any cell holding a separator, a quote or a line break is quoted. */
function write(separator: string, rows: readonly (readonly string[])[]): string {
  const quote = (v: string) => (/[,;\t|"\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return rows.map((r) => r.map(quote).join(separator)).join('\n') + '\n';
}

const name = fc.stringMatching(/^[a-z][a-z_]{0,6}$/);
const cell = fc.oneof(fc.string({ unit: fc.constantFrom('x', ' ', ',', ';', '\t', '|', '"'), maxLength: 4 }), fc.integer({ min: 0, max: 99 }).map(String));

describe('finding the field separator from the first bytes', () => {
  it('finds the separator a table was written with, whatever the other separators inside quoted cells', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELD_SEPARATORS), fc.integer({ min: 2, max: 5 }), fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 20 }), fc.array(name, { minLength: 5, maxLength: 5 }), (separator, columns, rows, header) => {
        const text = write(separator, [header.slice(0, columns), ...rows.map((r) => r.slice(0, columns))]);
        const choice = chooseDelimiter(utf8(text), true, SNIFF);
        expect(choice.separator).toBe(separator);
        expect(choice.sniffed).toEqual({ separator: separator !== ',', decimalComma: false, records: rows.length });
      }),
      { numRuns: 500 },
    );
  });

  it('finds decimal commas in a file not separated by commas, and only there', () => {
    const scores = fc.array(fc.integer({ min: 0, max: 999 }).map((n) => `0.${String(n).padStart(3, '0')}`), { minLength: 1, maxLength: 15 });
    fc.assert(
      fc.property(fc.constantFrom<FieldSeparator>(';', '\t', '|'), scores, fc.boolean(), (separator, values, isComma) => {
        const rows = [['group', 'score'], ...values.map((v) => ['A', isComma ? v.replace('.', ',') : v])];
        const choice = chooseDelimiter(utf8(write(separator, rows)), true, SNIFF);
        expect(choice).toMatchObject({ separator, decimalComma: isComma });
      }),
    );
  });

  it('keeps what is given: the separator, and decimal commas either way', () => {
    const text = utf8('a;b\n1;0,5\n');
    expect(chooseDelimiter(text, true, { separator: ';', decimalComma: null })).toEqual({ separator: ';', decimalComma: true, sniffed: { separator: false, decimalComma: true, records: 1 } });
    expect(chooseDelimiter(text, true, { separator: null, decimalComma: false })).toEqual({ separator: ';', decimalComma: false, sniffed: { separator: true, decimalComma: false, records: 1 } });
    expect(chooseDelimiter(utf8('a,b\n"0,5",1\n'), true, SNIFF)).toMatchObject({ separator: ',', decimalComma: false });
  });

  it('refuses a header and records that split evenly at two separators', () => {
    expect(() => chooseDelimiter(utf8('a,b;c\n1,2;3\n4,5;6\n'), true, SNIFF)).toThrow(
      "cannot tell which separator the fields use: the header and the first 2 records split evenly at more than one (',' into 2 fields, ';' into 2 fields); say which with --delimiter (',', ';', tab or '|')",
    );
  });

  it('reads a file no separator splits evenly with the one that splits its header most (the scanner then names the bad record), or with a comma', () => {
    expect(chooseDelimiter(utf8('a;b;c\n1;2;3\n4;5\n'), true, SNIFF).separator).toBe(';');
    expect(chooseDelimiter(utf8('only\n1\n2\n'), true, SNIFF).separator).toBe(',');
    expect(chooseDelimiter(utf8(''), true, SNIFF).separator).toBe(',');
  });

  it('looks at complete records only, unless the input ends there', () => {
    // the second record is cut by the end of the window: its one field does not count against ';'
    expect(chooseDelimiter(utf8('a;b\n1;2\n3'), false, SNIFF)).toMatchObject({ separator: ';', sniffed: { records: 1 } });
  });

  it('says in one line what it found, and which flags say so', () => {
    const semicolon = chooseDelimiter(utf8('a;b\n1;0,5\n'), true, SNIFF);
    expect(delimiterNotice(semicolon)).toBe("read as ';'-separated with decimal commas (0,5), as the header and the first record show; --delimiter ';' --decimal-comma says so and skips this note");
    expect(delimiterNotice(chooseDelimiter(utf8('a\tb\n1\t2\n'), true, SNIFF))).toBe('read as tab-separated, as the header and the first record show; --delimiter tab says so and skips this note');
    expect(delimiterNotice(chooseDelimiter(utf8('a,b\n1,2\n'), true, SNIFF))).toBeUndefined();
  });
});
