import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteChunks, textChunks } from '../../../src/cli/text-chunks.js';

describe('report pieces in chunks', () => {
  it('joins to the same text, each chunk at most one piece past the size', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 80 }), fc.integer({ min: 1, max: 100 }), (pieces, size) => {
        const chunks = [...textChunks(pieces, size)];
        expect(chunks.join('')).toBe(pieces.join(''));
        expect(chunks.every((c) => c.length > 0 && c.length < size + 40)).toBe(true);
      }),
    );
  });

  it('200,000 pieces of a large report take a few hundred chunks', () => {
    const pieces = Array.from({ length: 200_000 }, (_, i) => `{"group": "g${i}", "n": ${i}, "rate": 0.25}`);
    const chunks = [...textChunks(pieces)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.length).toBeLessThan(20);
    expect(chunks.join('')).toBe(pieces.join(''));
  });

  it('encodes pieces as UTF-8 into one buffer: the bytes of each piece in turn, any text, any buffer size', () => {
    // full Unicode, lone surrogates and the characters that take 1 to 4 bytes
    const piece = fc.oneof(fc.string({ maxLength: 40, unit: 'binary' }), fc.constantFrom('é', '€', '😀', '\ud800', 'a'.repeat(30)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 4, max: 120 }), (pieces, size) => {
        const chunks: Buffer[] = [];
        for (const chunk of byteChunks(pieces, size)) chunks.push(Buffer.from(chunk)); // views of one buffer: copied as they come
        // each piece is encoded alone (a report's pieces end between tokens, never inside a character)
        expect(Buffer.concat(chunks).equals(Buffer.concat(pieces.map((p) => Buffer.from(p))))).toBe(true);
        expect(chunks.every((c) => c.length > 0)).toBe(true);
      }),
    );
  });
});
