/** One stratum's counts for the group and its reference: selected rows out of rows. */
export interface StratumRates {
  groupSelected: number;
  groupRows: number;
  referenceSelected: number;
  referenceRows: number;
  /** rows of the whole population in this stratum (all groups): the standard's weight */
  populationRows: number;
}

export interface StandardisedRateRatio {
  /** Σ wₛ·(group rate in s) */
  groupRate: number;
  /** Σ wₛ·(reference rate in s) */
  referenceRate: number;
  /** groupRate / referenceRate; null when the reference's standardised rate is 0 */
  ratio: number | null;
  /** share of the population's rows in the strata used (those where both the group and the reference have rows) */
  coverage: number;
}

/**
 * Directly standardised selection-rate ratio (direct standardisation, e.g.
 * K. J. Rothman, S. Greenland and T. L. Lash, Modern Epidemiology, 3rd ed.
 * 2008, ch. 4; N. E. Breslow and N. E. Day, Statistical Methods in Cancer
 * Research II, 1987, §2.2): both groups' stratum-specific rates are averaged
 * with the same weights, the overall stratum mix wₛ = population rows in s /
 * population rows, so that a difference in the mix of legitimate factors does
 * not show as a disparity:
 *
 *   DSR_g = Σₛ wₛ·x_{g,s}/n_{g,s},   ratio = DSR_group / DSR_reference.
 *
 * A stratum in which the group or the reference has no rows has no rate to
 * standardise; it is left out and the weights of the others renormalised to
 * sum to 1 — `coverage` reports the share of the population kept, so a caller
 * can say how much was dropped. Null when no stratum has both.
 */
export function standardisedRateRatio(strata: readonly StratumRates[]): StandardisedRateRatio | null {
  let population = 0;
  let kept = 0;
  let groupRate = 0;
  let referenceRate = 0;
  for (const [i, s] of strata.entries()) {
    for (const key of ['groupSelected', 'groupRows', 'referenceSelected', 'referenceRows', 'populationRows'] as const) {
      if (!Number.isFinite(s[key]) || s[key] < 0) throw new RangeError(`stratum ${i + 1}: ${key} = ${s[key]} is not a non-negative finite count`);
    }
    population += s.populationRows;
    if (s.groupRows === 0 || s.referenceRows === 0) continue;
    kept += s.populationRows;
    groupRate += s.populationRows * (s.groupSelected / s.groupRows);
    referenceRate += s.populationRows * (s.referenceSelected / s.referenceRows);
  }
  if (kept === 0) return null;
  groupRate /= kept;
  referenceRate /= kept;
  return { groupRate, referenceRate, ratio: referenceRate > 0 ? groupRate / referenceRate : null, coverage: kept / population };
}
