import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonlSyntaxError } from '../../../../src/input/jsonl/scan-jsonl.js';
import { readText } from '../../../helpers/text-input.js';

const utf8 = (s: string) => Buffer.from(s);
const chunks = fc.array(fc.integer({ min: 1, max: 13 }), { minLength: 1, maxLength: 5 });
const KEYS = ['a', 'b', 'c', 'd', 'e'];

/** What a record's cell is for a JSON value: a string's text, a number or literal as written, '' for null or a missing key, a nested value's JSON. */
function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

const scalar = fc.oneof(fc.string({ maxLength: 6 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null));
const value = fc.oneof({ weight: 6, arbitrary: scalar }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
const objectArb = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 5 });

describe('the JSON Lines scanner', () => {
  it('reads back objects written one per line — escapes, unicode, numbers as written, null and missing keys empty — with line numbers, in any chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(objectArb, fc.nat({ max: 2 }), fc.boolean()), { minLength: 1, maxLength: 8 }), fc.boolean(), chunks, (rows, isCrlf, sizes) => {
        fc.pre(Object.keys(rows[0]![0]).length > 0);
        const eol = isCrlf ? '\r\n' : '\n';
        let text = '';
        const lines: number[] = [];
        let line = 1;
        for (const [object, blanks, isSpaced] of rows) {
          text += eol.repeat(blanks);
          line += blanks;
          lines.push(line++);
          text += (isSpaced ? ` ${JSON.stringify(object, null, 1).replaceAll('\n', ' ')} ` : JSON.stringify(object)) + eol;
        }
        const header = [...new Set(rows.flatMap(([o]) => Object.keys(o)))];
        const read = readText('x.jsonl', utf8(text), sizes);
        expect(read.header).toEqual(header);
        // a nested value's cell is its JSON as written (spaced or not): compared as JSON
        const isNested = (v: unknown) => typeof v === 'object' && v !== null;
        const asRead = read.records.map((cells, r) => cells.map((c, i) => (isNested(rows[r]![0][header[i]!]) ? JSON.stringify(JSON.parse(c)) : c)));
        expect(asRead).toEqual(rows.map(([o]) => header.map((k) => cellOf(o[k]))));
        expect(read.lines).toEqual(lines);
        expect(read.facts).toEqual({ format: 'jsonl', decimalComma: false });
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a line exactly when JSON.parse makes an object of it (objects with distinct keys, then one character inserted or deleted)', () => {
    const mutated = fc
      .tuple(fc.dictionary(fc.constantFrom(...KEYS), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 4 }), fc.nat(), fc.option(fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '\\', ' ', '1', '-', '.', 'e', 'x', 't', 'n')))
      .map(([object, at, insert]) => {
        const text = JSON.stringify(object);
        const k = at % (text.length + 1);
        return insert === null ? text.slice(0, k) + text.slice(k + 1) : text.slice(0, k) + insert + text.slice(k);
      });
    fc.assert(
      fc.property(mutated, (line) => {
        let reference: boolean;
        try {
          const parsed = JSON.parse(line) as unknown;
          reference = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
        } catch {
          reference = false;
        }
        let mine: boolean;
        try {
          readText('x.jsonl', utf8(`{"a":1}\n${line}\n`));
          mine = true;
        } catch (error) {
          if (!(error instanceof JsonlSyntaxError)) throw error;
          expect(error.line).toBe(2);
          mine = false;
        }
        expect(mine).toBe(reference);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('JSON Lines errors say what is wrong and on which line', () => {
  const errorOf = (text: string, needed: number[] = []) => {
    try {
      readText('x.jsonl', utf8(text), [5], { needed });
    } catch (error) {
      if (error instanceof JsonlSyntaxError) return { line: error.line, field: error.field, message: error.message };
      throw error;
    }
    throw new Error('expected a JsonlSyntaxError');
  };

  it('a line that is an array, a string or more than one object', () => {
    expect(errorOf('{"a":1}\n\n[1,2]\n')).toEqual({
      line: 3,
      field: undefined,
      message: 'this line is a JSON array; each line must hold one JSON object, {"column": value, …} (an array of rows is a JSON document, not JSON Lines: convert it, e.g. jq -c \'.[]\')',
    });
    expect(errorOf('{"a":1}\n"a"\n').message).toBe('this line is a JSON string; each line must hold one JSON object, {"column": value, …}');
    expect(errorOf('{"a":1} {"a":2}\n').message).toBe(`"{" after the object's closing brace; each line holds one JSON object and nothing else`);
  });

  it('pretty-printed JSON, a bad value, a repeated key', () => {
    expect(errorOf('{"a":1,\n"b":2}\n')).toMatchObject({ line: 1, message: expect.stringMatching(/^the line ends inside the object: each line must hold one whole JSON object/) });
    expect(errorOf('{"a":1}\n{"a":tru}\n')).toMatchObject({ line: 2, message: 'a value starting "t" that is not true; text values go in double quotes' });
    expect(errorOf('{"a":1}\n{"a":01}\n')).toMatchObject({ line: 2, message: "expected ',' or '}' after a value but found \"1\"" });
    expect(errorOf('{"a":1,"a":2}\n')).toEqual({ line: 1, field: 1, message: 'key "a" appears twice in this object; give each column once per line' });
  });

  it('a nested value only in a column that is read', () => {
    expect(readText('x.jsonl', utf8('{"a":1,"b":{"c":[1]}}\n'), [4], { needed: [0] }).records).toEqual([['1', '{"c":[1]}']]);
    expect(errorOf('{"a":1,"b":{"c":[1]}}\n', [1])).toEqual({ line: 1, field: 2, message: 'the value is an object; fairgate reads strings, numbers, true, false and null in the columns it audits: flatten it in the export' });
  });

  it('the columns are the keys of the first objects, as they first appear; a key first seen further down is not read', () => {
    const read = readText('x.jsonl', utf8('{"b":1}\n{"a":2,"b":3}\n'));
    expect(read.header).toEqual(['b', 'a']);
    expect(read.records).toEqual([['1', ''], ['3', '2']]);
  });
});
