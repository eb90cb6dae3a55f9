import type { GroupTally } from '../core/types.js';
import { ratio } from './rates.js';

/** exposure = Σ 1/log2(1 + rank) / n, the mean exposure of the group's rows; undefined for an empty group. */
export function meanExposure(t: GroupTally): number | null {
  return ratio(t.sumExposure, t.n);
}

/** exposure_share = Σ exposure_g / Σ exposure of every row of the attribute; undefined when nothing has exposure. */
export function exposureShare(t: GroupTally, population: GroupTally): number | null {
  return ratio(t.sumExposure, population.sumExposure);
}

/** population_share = n_g / n of the attribute (pooled over lists); undefined for an empty population. */
export function populationShare(t: GroupTally, population: GroupTally): number | null {
  return ratio(t.n, population.n);
}

/** relevant_exposure = Σ exposure over the group's relevant rows / its relevant rows; undefined without relevant rows. */
export function relevantExposure(t: GroupTally): number | null {
  return ratio(t.sumRelevantExposure, t.positives);
}

/** relevant_exposure_share = Σ exposure of the group's relevant rows / Σ exposure of all relevant rows. */
export function relevantExposureShare(t: GroupTally, population: GroupTally): number | null {
  return ratio(t.sumRelevantExposure, population.sumRelevantExposure);
}

/** relevant_share = the group's relevant rows / all relevant rows of the attribute; undefined without relevant rows. */
export function relevantShare(t: GroupTally, population: GroupTally): number | null {
  return ratio(t.positives, population.positives);
}
