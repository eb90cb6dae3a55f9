import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanBytes, type Scanned } from '../../../helpers/scan.js';
import { CsvSyntaxError } from '../../../../src/input/csv/csv-record.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const chunks = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 });

/** csv-parse as fairgate used it before the scanner: the reference. */
function csvParse(bytes: Uint8Array): string[][] | 'error' {
  try {
    return parse(Buffer.from(bytes), { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch {
    return 'error';
  }
}

function scanOrError(bytes: Uint8Array, sizes: number[]): Scanned | 'error' {
  try {
    return scanBytes(bytes, sizes);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return 'error';
    throw error;
  }
}

/** Line breaks in `text`: LF, CRLF and a lone CR each count once. */
const breaksIn = (text: string) => (text.match(/\r\n|\n|\r/g) ?? []).length;

interface Model {
  records: string[][];
  text: string;
  lines: number[];
}

const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', 'é', '日', '😀'), maxLength: 6 });

/** A well-formed CSV written from records, with its expected records and line numbers. */
const modelArb: fc.Arbitrary<Model> = fc
  .record({
    columns: fc.integer({ min: 1, max: 4 }),
    delimiter: fc.constantFrom('\n', '\r\n', '\r'),
    isBom: fc.boolean(),
    isTrailing: fc.boolean(),
    rows: fc.array(fc.tuple(fc.array(cell, { minLength: 4, maxLength: 4 }), fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), fc.nat({ max: 2 })), { minLength: 1, maxLength: 8 }),
  })
  .map(({ columns, delimiter, isBom, isTrailing, rows }) => {
    const records = rows.map(([cells]) => cells.slice(0, columns));
    let text = '';
    const lines: number[] = [];
    rows.forEach(([cells, quoteAnyway, blanks], r) => {
      text += delimiter.repeat(blanks); // blank lines are skipped
      lines.push(breaksIn(text) + 1);
      const fields = cells.slice(0, columns).map((v, i) => {
        const mustQuote = /[",\r\n]/.test(v) || (columns === 1 && v === '');
        return mustQuote || quoteAnyway[i] ? `"${v.replaceAll('"', '""')}"` : v;
      });
      text += fields.join(',') + (r < rows.length - 1 || isTrailing ? delimiter : '');
    });
    return { records, text: (isBom ? '\ufeff' : '') + text, lines };
  });

describe('the byte-level CSV scanner', () => {
  it('reads back what was written — quotes, escaped quotes, separators and line breaks in fields, CRLF/LF/CR, BOM, unicode — with line numbers', () => {
    fc.assert(
      fc.property(modelArb, chunks, (model, sizes) => {
        const bytes = utf8(model.text);
        const scanned = scanBytes(bytes, sizes);
        expect(scanned.records).toEqual(model.records);
        expect(scanned.lines).toEqual(model.lines);
        expect(csvParse(bytes)).toEqual(model.records);
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with csv-parse on arbitrary input, malformed included: same records, or both refuse', () => {
    const noise = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é', '\ufeff'), maxLength: 30 });
    fc.assert(
      fc.property(noise, chunks, (text, sizes) => {
        const bytes = utf8(text);
        const mine = scanOrError(bytes, sizes);
        const reference = csvParse(bytes);
        expect(mine === 'error' ? 'error' : mine.records).toEqual(reference);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('scanner errors name the line of the problem', () => {
  const errorOf = (text: string | Uint8Array): CsvSyntaxError => {
    try {
      scanBytes(typeof text === 'string' ? utf8(text) : text, [3]);
    } catch (error) {
      if (error instanceof CsvSyntaxError) return error;
      throw error;
    }
    throw new Error('expected a CsvSyntaxError');
  };

  it('a record with more or fewer fields than the header', () => {
    expect(errorOf('a,b\n1,2\n\n1,2,3\n')).toMatchObject({ line: 4, message: expect.stringMatching(/expected 2 fields.*found 3.*double quotes/) });
    expect(errorOf('a,b\r\n1,2\r\n3\r\n')).toMatchObject({ line: 3, message: expect.stringMatching(/expected 2 fields.*found 1/) });
  });

  it('a record after a quoted line break is counted from its own first line', () => {
    expect(errorOf('a,b\n"x\ny",2\n"p\r\nq",2,3\n')).toMatchObject({ line: 4 });
  });

  it('an unclosed quote is reported where it opened', () => {
    expect(errorOf('a,b\n1,2\n3,"open\n4,5\n6,7\n')).toMatchObject({ line: 3, message: expect.stringMatching(/never closed/) });
  });

  it('a quote inside an unquoted value, and text after a closing quote', () => {
    expect(errorOf('a,b\n1,x"y\n')).toMatchObject({ line: 2, field: 2, message: expect.stringMatching(/double quote inside a field that does not start with one/) });
    expect(errorOf('a,b\n"q\nq"z,1\n')).toMatchObject({ line: 3, field: 1, message: expect.stringMatching(/"z" after the closing quote/) });
  });

  it('an unclosed quote names its field', () => {
    expect(errorOf('a,b,c\n1,2,"open\n')).toMatchObject({ line: 2, field: 3 });
  });
});

describe('line endings and byte order marks', () => {
  it('CRLF, LF and CR files give the same records and lines', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      expect(scanBytes(utf8(['a,b', '1,2', '', '3,4'].join(eol) + eol), [2])).toEqual({ records: [['a', 'b'], ['1', '2'], ['3', '4']], lines: [1, 2, 4] });
    }
  });

  it('the first line break fixes the record delimiter; other CR/LF bytes are content, as in csv-parse', () => {
    const crlf = utf8('a,b\r\n1,2\n3\r\n');
    expect(scanBytes(crlf)).toEqual({ records: [['a', 'b'], ['1', '2\n3']], lines: [1, 2] });
    expect(csvParse(crlf)).toEqual([['a', 'b'], ['1', '2\n3']]);
    const lf = utf8('a,b\n1,2\r\n3,4\n');
    expect(scanBytes(lf)).toEqual({ records: [['a', 'b'], ['1', '2\r'], ['3', '4']], lines: [1, 2, 3] });
    expect(csvParse(lf)).toEqual([['a', 'b'], ['1', '2\r'], ['3', '4']]);
  });

  it('a UTF-8 byte order mark is skipped only at the start', () => {
    expect(scanBytes(utf8('\ufeffa,b\n\ufeffx,y\n')).records).toEqual([['a', 'b'], ['\ufeffx', 'y']]);
  });
});
