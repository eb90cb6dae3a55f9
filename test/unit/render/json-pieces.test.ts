import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDocument, jsonPieces } from '../../../src/render/json-pieces.js';

/** JSON-like values with the members JSON.stringify leaves out or turns into null, and strings with newlines and quotes. */
const leaf = fc.oneof(fc.string(), fc.constantFrom('a\nb', '"', '\\', '\u2028'), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(() => 1));
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('tree'), { maxLength: 4 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), tie('tree'), { maxKeys: 4 }),
}));

describe('JSON in pieces', () => {
  it('joins to exactly JSON.stringify(value, null, indent), at any depth of opening, compact (indent 0) too', () => {
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(fc.string({ maxLength: 6 }), tree, { maxKeys: 5 }), fc.array(tree, { maxLength: 5 })), fc.constantFrom(0, 2, 4), fc.integer({ min: 0, max: 6 }), (value, indent, depth) => {
        expect([...jsonPieces(value, indent, depth)].join('')).toBe(JSON.stringify(value, null, indent));
      }),
      { numRuns: 400 },
    );
  });

  it('leaves typed arrays, Maps and toJSON to JSON.stringify', () => {
    const value = { a: new Float64Array([1, 2]), b: new Map([[1, 2]]), c: { toJSON: () => 'x' }, d: new Date(0), e: [Object.create(null)] };
    expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('a report of many groups comes in pieces of one group each, far below the longest string', () => {
    const groups = Array.from({ length: 5_000 }, (_, i) => ({ key: `g${i}`, n: i, metrics: { rate: i / 5_000, note: 'x'.repeat(50) } }));
    const report = { attributes: [{ name: 'segment', groups }] };
    const pieces = [...jsonPieces(report)];
    expect(pieces.join('')).toBe(JSON.stringify(report, null, 2));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200);
  });

  it('makes each piece as it is read, so the whole text is never held at once; a document ends with a line break', () => {
    const made: number[] = [];
    const groups = Array.from({ length: 100 }, (_, i) => ({ toJSON: () => (made.push(i), { key: `g${i}` }) }));
    const pieces = jsonDocument({ attributes: [{ groups }] });
    let text = '';
    for (const piece of pieces) {
      text += piece;
      if (made.length === 10) break;
    }
    expect(made).toEqual(Array.from({ length: 10 }, (_, i) => i));
    const ten = JSON.stringify({ attributes: [{ groups: groups.slice(0, 10) }] }, null, 2);
    expect(text).toBe(ten.slice(0, ten.lastIndexOf('\n      ]')));
    expect([...jsonDocument({ a: 1 })].join('')).toBe(`${JSON.stringify({ a: 1 }, null, 2)}\n`);
  });
});
