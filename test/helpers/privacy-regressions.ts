import type { CellSpec } from './cell-rows.js';

/**
 * Tables on which a suppression plan once published a masked count that the
 * report pinned down, for the tests that keep them fixed.
 *
 * fast-check's counterexample (seed 196822037, path
 * 63:4:0:2:1:0:0:4:2:1:4:0:2:3:1:5 of the integer-search property), k = 2,
 * row counts:
 *
 *         b0  b1  b2 |  a
 *   a0     2   ·   7 |  9
 *   a1    10   2   1 | 13
 *   a2     ·   1   4 |  5
 *   b     12   3  12 | 27
 *
 * The plan published a1 = 13, b2 = 12 and the total 27 and masked the rest,
 * a1|b2 and a2|b1 as primary. With k = 2 a primary group holds 1 row, and
 * total − a1 − b2 = a0|b0 + a2|b1 − a1|b2 gives a0|b0 = 27 − 13 − 12 + 1 − 1 = 2:
 * no single relation says so (the interval reader), and without the markers
 * no linear combination does (linear algebra).
 */
export const SEED_196822037: { cells: Record<string, CellSpec>; k: number } = {
  cells: {
    'a0|b0': { n: 2, tp: 0, fp: 0, fn: 0 },
    'a0|b2': { n: 7, tp: 0, fp: 0, fn: 0 },
    'a1|b0': { n: 10, tp: 0, fp: 1, fn: 1 },
    'a1|b1': { n: 2, tp: 0, fp: 0, fn: 0 },
    'a1|b2': { n: 1, tp: 1, fp: 0, fn: 0 },
    'a2|b1': { n: 1, tp: 1, fp: 0, fn: 0 },
    'a2|b2': { n: 4, tp: 0, fp: 1, fn: 1 },
  },
  k: 2,
};
