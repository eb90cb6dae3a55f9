import { chiSquareSf } from './sampling-distributions.js';

export interface ChiSquareIndependence {
  /** Pearson's X² = Σ (O − E)²/E, with Yates' correction when df = 1 and `correction` */
  statistic: number;
  df: number;
  pValue: number;
  /** E = row total × column total / N, in the table's shape */
  expected: number[][];
  /** Cramér's V = √(X²/(N·min(r − 1, c − 1))) from the uncorrected X² */
  cramersV: number;
}

/** Pearson's X² of observed vs expected counts. */
function pearson(observed: readonly (readonly number[])[], expected: number[][]): number {
  let x2 = 0;
  observed.forEach((row, i) => row.forEach((o, j) => (x2 += (o - expected[i]![j]!) ** 2 / expected[i]![j]!)));
  return x2;
}

/**
 * Chi-square test of independence of a groups × classes table of counts, as
 * scipy's `chi2_contingency(observed, correction=True)`: expected counts from
 * the margins, df = (r − 1)(c − 1), p = P(χ²_df > X²). With df = 1 (a 2×2
 * table) and `correction`, Yates' continuity correction moves every observed
 * count towards its expected count by min(½, |O − E|) (scipy since 1.7 caps the
 * move so that a count never crosses its expectation). df = 0 (one row or one
 * column) gives X² = 0, p = 1, as scipy.
 *
 * Cramér's V is scipy's `contingency.association(observed, method='cramer')`,
 * whose default is the uncorrected X² (H. Cramér, Mathematical Methods of
 * Statistics, 1946, §21.9). Null when a row or a column sums to 0 (an expected
 * count of 0: scipy raises); callers drop empty groups and unused classes.
 */
export function chiSquareIndependence(observed: readonly (readonly number[])[], correction = true): ChiSquareIndependence | null {
  const r = observed.length;
  const c = observed[0]?.length ?? 0;
  if (r === 0 || c === 0 || observed.some((row) => row.length !== c)) throw new RangeError(`chi-square test needs a non-empty rectangular table (got ${r} rows)`);
  for (const row of observed) for (const v of row) if (!(v >= 0) || !Number.isFinite(v)) throw new RangeError(`chi-square test needs non-negative finite counts (got ${v})`);
  const rowTotals = observed.map((row) => row.reduce((s, v) => s + v, 0));
  const colTotals = Array.from({ length: c }, (_, j) => observed.reduce((s, row) => s + row[j]!, 0));
  const total = rowTotals.reduce((s, v) => s + v, 0);
  if (rowTotals.some((t) => t === 0) || colTotals.some((t) => t === 0)) return null;
  const expected = rowTotals.map((rt) => colTotals.map((ct) => (rt * ct) / total));
  const df = (r - 1) * (c - 1);
  if (df === 0) return { statistic: 0, df, pValue: 1, expected, cramersV: 0 };
  const uncorrected = pearson(observed, expected);
  const cramersV = Math.sqrt(uncorrected / total / Math.min(r - 1, c - 1));
  let statistic = uncorrected;
  if (df === 1 && correction) {
    const adjusted = observed.map((row, i) =>
      row.map((o, j) => {
        const diff = expected[i]![j]! - o;
        return o + Math.sign(diff) * Math.min(0.5, Math.abs(diff));
      }),
    );
    statistic = pearson(adjusted, expected);
  }
  return { statistic, df, pValue: chiSquareSf(statistic, df), expected, cramersV };
}
