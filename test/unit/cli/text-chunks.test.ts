import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textChunks } from '../../../src/cli/text-chunks.js';

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
});
