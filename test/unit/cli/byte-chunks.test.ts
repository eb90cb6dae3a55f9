import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteChunks } from '../../../src/cli/byte-chunks.js';

describe('report pieces in chunks', () => {
  it('200,000 pieces of a large report take a few hundred chunks, each a buffer of its own unless reused', () => {
    const pieces = Array.from({ length: 200_000 }, (_, i) => `{"group": "g${i}", "n": ${i}, "rate": 0.25}`);
    const chunks = [...byteChunks(pieces, 1 << 20, false)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.length).toBeLessThan(20);
    expect(new Set(chunks.map((c) => c.buffer)).size).toBe(chunks.length);
    expect(Buffer.concat(chunks).toString()).toBe(pieces.join(''));
    expect(new Set([...byteChunks(pieces)].map((c) => c.buffer)).size).toBe(1);
  });

  it('encodes pieces as UTF-8 into one buffer: the bytes of each piece in turn, any text, any buffer size', () => {
    // full Unicode, lone surrogates and the characters that take 1 to 4 bytes
    const piece = fc.oneof(fc.string({ maxLength: 40, unit: 'binary' }), fc.constantFrom('é', '€', '😀', '\ud800', 'a'.repeat(30)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 4, max: 120 }), fc.boolean(), (pieces, size, reuse) => {
        const chunks: Buffer[] = [];
        for (const chunk of byteChunks(pieces, size, reuse)) chunks.push(Buffer.from(chunk)); // views of one buffer when reused: copied as they come
        // each piece is encoded alone (a report's pieces end between tokens, never inside a character)
        expect(Buffer.concat(chunks).equals(Buffer.concat(pieces.map((p) => Buffer.from(p))))).toBe(true);
        expect(chunks.every((c) => c.length > 0)).toBe(true);
      }),
    );
  });
});
