/**
 * Counts of one stratum (a value of the legitimate factors): rows of the
 * facet (the group audited) and of everyone else, by outcome. Selected is the
 * favourable outcome (a positive label or decision).
 */
export interface StratumCounts {
  facetSelected: number;
  facetRejected: number;
  otherSelected: number;
  otherRejected: number;
}

export interface DemographicDisparity {
  /** the stratum-size-weighted mean of the strata's demographic disparities */
  value: number;
  /** per stratum, in input order: its rows and DDᵢ = Dᵢ − Aᵢ */
  strata: { n: number; disparity: number }[];
}

/**
 * Conditional demographic disparity as SageMaker Clarify defines it
 * (smclarify `bias/metrics/common.py`, `CDD`; S. Wachter, B. Mittelstadt and
 * C. Russell, "Why fairness cannot be automated", 2021). In stratum i with
 * nᵢ rows:
 *
 *   Aᵢ = facet rows among the stratum's selected rows / the stratum's selected rows  (0 if none selected)
 *   Dᵢ = facet rows among the stratum's rejected rows / the stratum's rejected rows  (0 if none rejected)
 *   DDᵢ = Dᵢ − Aᵢ,   CDD = Σᵢ nᵢ·DDᵢ / Σᵢ nᵢ
 *
 * DD > 0: the facet makes up more of the rejected than of the selected. With a
 * single stratum this is the plain demographic disparity. As in smclarify,
 * "other" is every row not in the facet, nᵢ counts all the stratum's rows, and
 * the value is undefined (null here; smclarify raises) when no row at all is
 * selected or none is rejected.
 */
export function conditionalDemographicDisparity(strata: readonly StratumCounts[]): DemographicDisparity | null {
  let selected = 0;
  let rejected = 0;
  let weighted = 0;
  let total = 0;
  const out: DemographicDisparity['strata'] = [];
  for (const [i, s] of strata.entries()) {
    for (const key of ['facetSelected', 'facetRejected', 'otherSelected', 'otherRejected'] as const) {
      if (!Number.isFinite(s[key]) || s[key] < 0) throw new RangeError(`stratum ${i + 1}: ${key} = ${s[key]} is not a non-negative finite count`);
    }
    const stratumSelected = s.facetSelected + s.otherSelected;
    const stratumRejected = s.facetRejected + s.otherRejected;
    const n = stratumSelected + stratumRejected;
    const A = stratumSelected > 0 ? s.facetSelected / stratumSelected : 0;
    const D = stratumRejected > 0 ? s.facetRejected / stratumRejected : 0;
    out.push({ n, disparity: D - A });
    weighted += n * (D - A);
    total += n;
    selected += stratumSelected;
    rejected += stratumRejected;
  }
  if (selected === 0 || rejected === 0) return null;
  return { value: weighted / total, strata: out };
}
