import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSizeLevels } from '../../../src/core/size-levels.js';

/** Sizes on both sides of the typed array's end (2^18) and near 0. */
const size = fc.oneof(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 2 ** 18 - 3, max: 2 ** 18 + 3 }), fc.integer({ min: 0, max: 2 ** 22 }));
const step = fc.record({ kind: fc.constantFrom('add', 'add', 'take'), d: size, bytes: fc.constantFrom(24, 32, -24, -32) });

describe("the exact budget's bytes per map size", () => {
  it('equals a Map of size → bytes under any sequence of adds and takes', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const levels = createSizeLevels();
        const oracle = new Map<number, number>();
        for (const { kind, d, bytes } of steps) {
          if (kind === 'take') {
            expect(levels.take(d)).toBe(oracle.get(d) ?? 0);
            oracle.delete(d);
          } else if (d !== 0) {
            levels.add(d, bytes);
            oracle.set(d, (oracle.get(d) ?? 0) + bytes);
            if (oracle.get(d) === 0) oracle.delete(d);
          }
          expect(levels.get(d)).toBe(oracle.get(d) ?? 0);
        }
        expect(levels.entries().sort((a, b) => a[0] - b[0])).toEqual([...oracle].sort((a, b) => a[0] - b[0]));
      }),
      { numRuns: 300 },
    );
  });
});
