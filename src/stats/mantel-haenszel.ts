import { chiSquareSf } from './sampling-distributions.js';
import type { Interval } from '../model/interval.js';
import { criticalValue } from './normal-quantile.js';

/**
 * One 2×2 table of counts [[a, b], [c, d]]: rows are the group and its
 * comparison (reference), columns the outcome (selected, not selected) — the
 * layout of statsmodels' Table2x2 / StratifiedTable.
 */
export interface TwoByTwo {
  a: number;
  b: number;
  c: number;
  d: number;
}

/** Throws a RangeError unless every cell is a non-negative finite number. */
export function assertTwoByTwo(t: TwoByTwo, what = 'table'): void {
  for (const key of ['a', 'b', 'c', 'd'] as const) {
    const v = t[key];
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${what}: cell ${key} = ${v} is not a non-negative finite count`);
  }
}

export interface MantelHaenszel {
  /** Σ(aᵢdᵢ/nᵢ) / Σ(bᵢcᵢ/nᵢ); 0 or ∞ when one sum is 0 */
  oddsRatio: number;
  /** Robins–Breslow–Greenland standard error of ln(oddsRatio); null when the odds ratio is 0 or ∞ */
  logSe: number | null;
  /** exp(ln OR ± z·se); null with logSe */
  interval: Interval | null;
  /** Cochran–Mantel–Haenszel statistic (1 df) and its p-value; null when no stratum has variance */
  test: { statistic: number; pValue: number } | null;
  /** strata used (those with at least 2 rows) */
  strata: number;
}

/**
 * The Mantel–Haenszel common odds ratio over strata, its interval and the
 * Cochran–Mantel–Haenszel test, exactly as statsmodels' `StratifiedTable`
 * (shift_zeros=False): `oddsratio_pooled`, `logodds_pooled_se`,
 * `oddsratio_pooled_confint(alpha)` and `test_null_odds(correction)`.
 * N. Mantel and W. Haenszel, J. Natl. Cancer Inst. 22 (1959) 719–748;
 * J. Robins, N. Breslow and S. Greenland, Biometrics 42 (1986) 311–323.
 * With nᵢ = aᵢ + bᵢ + cᵢ + dᵢ, R = Σ aᵢdᵢ/nᵢ, S = Σ bᵢcᵢ/nᵢ:
 *
 *   Var(ln OR) = ½ [ Σ(a+d)ad/n² / R² + Σ((a+d)bc/n² + (1 − (a+d)/n)·ad/n) / (R·S)
 *                    + Σ(1 − (a+d)/n)·bc/n / S² ]
 *   X² = (|Σ aᵢ − (a+b)ᵢ(a+c)ᵢ/nᵢ| − ½·correction)² / Σ (a+b)(a+c)(b+d)(c+d)/(n²(n − 1)),
 *   p = P(χ²₁ > X²)
 *
 * (statsmodels subtracts the ½ even when |Σ …| < ½, squaring a negative
 * number; this does the same so that the values agree). Strata with fewer
 * than 2 rows add 0 to R, S and the test's numerator and 0/0 to its variance,
 * so they are skipped (statsmodels would return NaN).
 */
export function mantelHaenszel(tables: readonly TwoByTwo[], confidence = 0.95, correction = false): MantelHaenszel | null {
  let R = 0;
  let S = 0;
  let varRR = 0;
  let varRS = 0;
  let varSS = 0;
  let observedMinusExpected = 0;
  let variance = 0;
  let strata = 0;
  for (const [i, t] of tables.entries()) {
    assertTwoByTwo(t, `stratum ${i + 1}`);
    const n = t.a + t.b + t.c + t.d;
    if (n < 2) continue;
    strata++;
    const ad = (t.a * t.d) / n;
    const bc = (t.b * t.c) / n;
    const apd = (t.a + t.d) / n;
    R += ad;
    S += bc;
    varRR += apd * ad;
    varRS += apd * bc + (1 - apd) * ad;
    varSS += (1 - apd) * bc;
    const apb = t.a + t.b;
    const apc = t.a + t.c;
    observedMinusExpected += t.a - (apb * apc) / n;
    variance += (apb * apc * (t.b + t.d) * (t.c + t.d)) / (n * n * (n - 1));
  }
  if (strata === 0) return null;
  const oddsRatio = R / S;
  let logSe: number | null = null;
  let interval: Interval | null = null;
  if (R > 0 && S > 0) {
    logSe = Math.sqrt((varRR / (R * R) + varRS / (R * S) + varSS / (S * S)) / 2);
    const z = criticalValue(confidence);
    interval = [Math.exp(Math.log(oddsRatio) - z * logSe), Math.exp(Math.log(oddsRatio) + z * logSe)];
  }
  let test: MantelHaenszel['test'] = null;
  if (variance > 0) {
    const statistic = (Math.abs(observedMinusExpected) - (correction ? 0.5 : 0)) ** 2 / variance;
    test = { statistic, pValue: chiSquareSf(statistic, 1) };
  }
  return { oddsRatio: S === 0 && R === 0 ? Number.NaN : oddsRatio, logSe, interval, test, strata };
}
