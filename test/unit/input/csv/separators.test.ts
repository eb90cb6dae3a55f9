import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanBytes } from '../../../helpers/scan.js';
import { CsvSyntaxError } from '../../../../src/input/csv/csv-record.js';

const SEPARATORS = [',', ';', '\t', '|'] as const;
const utf8 = (s: string) => new TextEncoder().encode(s);
const chunks = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 });

/** csv-parse with the same separator: the reference. */
function csvParse(bytes: Uint8Array, delimiter: string): string[][] | 'error' {
  try {
    return parse(Buffer.from(bytes), { bom: true, skip_empty_lines: true, relax_column_count: false, delimiter }) as string[][];
  } catch {
    return 'error';
  }
}

function scanOrError(bytes: Uint8Array, sizes: number[], separator: string): string[][] | 'error' {
  try {
    return scanBytes(bytes, sizes, separator.charCodeAt(0)).records;
  } catch (error) {
    if (error instanceof CsvSyntaxError) return 'error';
    throw error;
  }
}

/** Cells with every separator in them, quotes and line breaks: the other separators are plain content. */
const cell = fc.string({ unit: fc.constantFrom('a', '0', '.', ' ', ',', ';', '\t', '|', '"', '\n', 'é'), maxLength: 5 });

const tableArb = fc.record({
  separator: fc.constantFrom(...SEPARATORS),
  columns: fc.integer({ min: 1, max: 4 }),
  rows: fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
  eol: fc.constantFrom('\n', '\r\n'),
});

function write(separator: string, rows: string[][], eol: string): string {
  const quote = (v: string) => (v.includes(separator) || /["\r\n]/.test(v) || v === '' ? `"${v.replaceAll('"', '""')}"` : v);
  return rows.map((r) => r.map(quote).join(separator)).join(eol) + eol;
}

describe('the scanner with each field separator', () => {
  it('reads back what was written with `,` `;` tab or `|`, the other separators being content (the fast path and the quoted path alike)', () => {
    fc.assert(
      fc.property(tableArb, chunks, ({ separator, columns, rows, eol }, sizes) => {
        const records = rows.map((r) => r.slice(0, columns));
        const bytes = utf8(write(separator, records, eol));
        expect(scanBytes(bytes, sizes, separator.charCodeAt(0)).records).toEqual(records);
        expect(csvParse(bytes, separator)).toEqual(records);
      }),
      { numRuns: 800 },
    );
  });

  it('agrees with csv-parse given the same separator on arbitrary input, malformed included', () => {
    const noise = fc.string({ unit: fc.constantFrom('a', ',', ';', '\t', '|', '"', '\n', '\r', ' '), maxLength: 30 });
    fc.assert(
      fc.property(noise, fc.constantFrom(...SEPARATORS), chunks, (text, separator, sizes) => {
        const bytes = utf8(text);
        expect(scanOrError(bytes, sizes, separator)).toEqual(csvParse(bytes, separator));
      }),
      { numRuns: 3000 },
    );
  });

  it('names the separator in its messages', () => {
    const error = (text: string, separator: string) => {
      try {
        scanBytes(utf8(text), [4], separator.charCodeAt(0));
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(error('a;b\n1;2;3\n', ';')).toBe('expected 2 fields, as in the header, but found 3; a value that contains a semicolon must be in double quotes ("a;b")');
    expect(error('a\tb\n1\t2\t3\n', '\t')).toBe('expected 2 fields, as in the header, but found 3; a value that contains a tab must be in double quotes ("a<tab>b")');
    expect(error('a|b\n"1"x|2\n', '|')).toBe('unexpected "x" after the closing quote; a quoted value must be followed by a vertical bar or the end of the line');
  });
});
