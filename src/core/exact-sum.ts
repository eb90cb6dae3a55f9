/**
 * Exact sums of doubles. A float sum rounds at every addition, so its last
 * digits depend on the order of the rows and on how they were split into
 * shards or worker ranges. fairgate keeps every float sum exactly, as a list
 * of non-overlapping partials (Shewchuk, "Adaptive precision floating-point
 * arithmetic", 1997; the algorithm of Python's `math.fsum`), and rounds once
 * when a metric reads it. So one pass, any split and any merge of aggregates
 * give bit-identical sums, and reports are reproducible byte for byte.
 */

/**
 * Non-overlapping partials in increasing magnitude; their exact sum is the
 * value. A sum made here (`mergeExact`, `exactSumOf`) is a copy of just its
 * length: an array that grew by `push` keeps room for 17 numbers, and a tally
 * holds two dozen sums (100,000 groups: 390 MB of room).
 */
export type ExactSum = number[];

/** Adds `x` to the partials in place (finite `x`). */
export function addExact(partials: ExactSum, x: number): void {
  let i = 0;
  for (let j = 0; j < partials.length; j++) {
    let y = partials[j]!;
    if (Math.abs(x) < Math.abs(y)) {
      const t = x;
      x = y;
      y = t;
    }
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) partials[i++] = lo;
    x = hi;
  }
  partials.length = i;
  if (x !== 0 || i === 0) partials.push(x);
}

/** The exact sum of two exact sums (pure). */
export function mergeExact(a: readonly number[], b: readonly number[]): ExactSum {
  const out = [...a];
  for (const x of b) addExact(out, x);
  return out.slice();
}

export function exactSumOf(values: Iterable<number>): ExactSum {
  const out: ExactSum = [];
  for (const x of values) addExact(out, x);
  return out.slice();
}

/**
 * The exact sum rounded once to the nearest double (ties to even), as
 * `math.fsum` does; a zero sum is +0 (also for −0 values), so the hot path's
 * integer limbs and these partials agree.
 */
export function exactValue(partials: readonly number[]): number {
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n]!;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n]!;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Round half to even across the remaining partials: if the dropped part and
  // the next partial have the same sign, the rounding above went the wrong way.
  if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi === 0 ? 0 : hi;
}
