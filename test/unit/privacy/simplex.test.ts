import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maximise, type LpResult } from '../../../src/privacy/simplex.js';

const optimum = (r: LpResult) => (r.status === 'optimal' ? { x: [...r.x], value: r.value } : r.status);

/** Solves B y = b by Gaussian elimination with partial pivoting; undefined when B is singular. */
function solve(matrix: number[][], rhs: number[]): number[] | undefined {
  const m = matrix.map((row, i) => [...row, rhs[i]!]);
  const size = m.length;
  for (let c = 0; c < size; c++) {
    const p = m.slice(c).reduce((best, row, i) => (Math.abs(row[c]!) > Math.abs(m[best]![c]!) ? c + i : best), c);
    if (Math.abs(m[p]![c]!) < 1e-9) return undefined;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < size; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= size; j++) m[r]![j]! -= f * m[c]![j]!;
    }
  }
  return m.map((row, i) => row[size]! / row[i]!);
}

function* subsets(n: number, size: number, from = 0): Generator<number[]> {
  if (size === 0) yield [];
  else for (let i = from; i <= n - size; i++) for (const rest of subsets(n, size - 1, i + 1)) yield [i, ...rest];
}

/** The best basic feasible solution, by trying every basis: an oracle for small bounded problems of full row rank. */
function bestVertex(c: number[], a: number[][], b: number[]): number | undefined {
  let best: number | undefined;
  for (const basis of subsets(c.length, a.length)) {
    const y = solve(a.map((row) => basis.map((j) => row[j]!)), b);
    if (!y || y.some((v) => v < -1e-9)) continue;
    const value = basis.reduce((s, j, i) => s + c[j]! * y[i]!, 0);
    if (best === undefined || value > best) best = value;
  }
  return best;
}

describe('maximise (dense two-phase simplex, Bland’s rule)', () => {
  it('the Wyndor Glass problem (Hillier & Lieberman, §3.1): x1 = 2, x2 = 6, Z = 36', () => {
    // max 3x1 + 5x2 with x1 ≤ 4, 2x2 ≤ 12, 3x1 + 2x2 ≤ 18, written with slacks s1..s3
    const r = maximise([3, 5, 0, 0, 0], [[1, 0, 1, 0, 0], [0, 2, 0, 1, 0], [3, 2, 0, 0, 1]], [4, 12, 18]);
    expect(optimum(r)).toEqual({ x: [2, 6, 2, 0, 0], value: 36 });
  });

  it('Beale’s cycling example (1955) ends at its optimum, −5/4 as a minimum', () => {
    // min −3/4 x4 + 20 x5 − 1/2 x6 + 6 x7, the classic problem on which the largest-coefficient rule cycles
    const a = [
      [1, 0, 0, 0.25, -8, -1, 9],
      [0, 1, 0, 0.5, -12, -0.5, 3],
      [0, 0, 1, 0, 0, 1, 0],
    ];
    const r = maximise([0, 0, 0, 0.75, -20, 0.5, -6], a, [0, 0, 1]);
    expect(r.status).toBe('optimal');
    expect(r.status === 'optimal' && r.value).toBeCloseTo(1.25, 12);
  });

  it('says infeasible and unbounded, and drops a repeated row', () => {
    expect(maximise([1, 1], [[1, 1], [1, 1]], [1, 2]).status).toBe('infeasible');
    expect(maximise([1, 0], [[1, -1]], [0]).status).toBe('unbounded');
    expect(optimum(maximise([1, 2], [[1, 1], [2, 2]], [3, 6]))).toEqual({ x: [0, 3], value: 6 });
  });

  it('finds the best vertex of random small bounded problems (fast-check, against trying every basis)', () => {
    const problem = fc
      .record({ n: fc.integer({ min: 2, max: 5 }), m: fc.integer({ min: 1, max: 3 }) })
      .chain(({ n, m }) =>
        fc.record({
          c: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: n, maxLength: n }),
          rows: fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
          b: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: m, maxLength: m }),
        }),
      );
    let solved = 0;
    fc.assert(
      fc.property(problem, ({ c, rows, b }) => {
        // a cap Σx + slack = 10 keeps every problem bounded; the caps' slack is the last variable
        const a = [...rows.map((r) => [...r, 0]), [...c.map(() => 1), 1]];
        const rhs = [...b, 10];
        const expected = bestVertex([...c, 0], a, rhs);
        const r = maximise([...c, 0], a, rhs);
        if (expected === undefined) {
          // no basis is feasible: infeasible, or rows that are not independent (the oracle cannot tell)
          if (r.status === 'optimal') expect(a.every((row, i) => Math.abs(row.reduce((s, v, j) => s + v * r.x[j]!, 0) - rhs[i]!) < 1e-9)).toBe(true);
          else expect(r.status).toBe('infeasible');
          return;
        }
        expect(r.status).toBe('optimal');
        if (r.status !== 'optimal') return;
        solved++;
        expect(r.value).toBeCloseTo(expected, 9);
        for (const [i, row] of a.entries()) expect(row.reduce((s, v, j) => s + v * r.x[j]!, 0)).toBeCloseTo(rhs[i]!, 9);
        for (const v of r.x) expect(v).toBeGreaterThanOrEqual(-1e-9);
      }),
      { numRuns: 300 },
    );
    expect(solved).toBeGreaterThan(100);
  });
});
