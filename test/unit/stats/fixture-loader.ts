import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Reads test/fixtures/stats/<name>.json, written by scripts/fixtures/<name>.py
 * with Debian's scipy / statsmodels (see scripts/fixtures/fixture_io.py).
 * The strings "Infinity" / "-Infinity" become numbers; NaN was written as null.
 */
export function loadFixture<T>(name: string): T {
  const url = new URL(`../../fixtures/stats/${name}.json`, import.meta.url);
  const doc = JSON.parse(readFileSync(url, 'utf8'), (_key, value: unknown) =>
    value === 'Infinity' ? Infinity : value === '-Infinity' ? -Infinity : value,
  ) as { cases: T };
  return doc.cases;
}

/**
 * |actual − expected| ≤ rel·|expected| + abs. The relative part is what matters
 * for p-values (1e-30 and 2e-30 differ); the small absolute part absorbs the
 * rounding of quantities that are 0 in one computation and 1e-17 in the other.
 */
export function expectClose(actual: number, expected: number | null, rel = 1e-9, abs = 1e-14, what = ''): void {
  if (expected === null) {
    expect(Number.isNaN(actual), `${what}: expected NaN, got ${actual}`).toBe(true);
    return;
  }
  if (!Number.isFinite(expected)) {
    expect(actual, what).toBe(expected);
    return;
  }
  const error = Math.abs(actual - expected);
  expect(error <= rel * Math.abs(expected) + abs, `${what}: ${actual} vs ${expected} (error ${error})`).toBe(true);
}

/** A value → count map from parallel arrays (fixtures write them as [[value, count], …]). */
export function countsOf(pairs: ReadonlyArray<readonly [number, number]>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [v, c] of pairs) out.set(v, (out.get(v) ?? 0) + c);
  return out;
}
