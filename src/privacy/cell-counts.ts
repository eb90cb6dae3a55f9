import type { GroupTally } from '../core/types.js';
import { CONSENT_FIELDS } from '../core/consent-tally.js';
import { CANDIDATE_FIELDS } from '../core/candidate-tally.js';

/**
 * The additive quantities a report publishes per group (each one directly or
 * through a rate over a published count); every other published count is a
 * linear function of them. Ranked runs add rows in the top k and the exposure
 * sums (floats: a mean exposure times n gives them back, and the shares of an
 * attribute sum to 1, which is relation (a) of cell-model.ts). The count families of
 * `--consent`, `--candidate` and `--decision` add their counts under their own
 * names (count-systems.ts): opted out and unknown consent, each selected
 * (`consent.*`); the candidate's selected, both models' selected and the
 * candidate's true positives (`candidate.*`); the rows of each class
 * (`class:<name>`). A quantity a cell lacks is 0.
 */
export interface CellCounts {
  n: number;
  selected: number;
  positives: number;
  tp: number;
  atK: number;
  exposure: number;
  relevantExposure: number;
  readonly [quantity: string]: number;
}

export function countsOf(t: GroupTally): CellCounts {
  const counts: Record<string, number> = { n: t.n, selected: t.selected, positives: t.positives, tp: t.tp, atK: t.atK, exposure: t.sumExposure, relevantExposure: t.sumRelevantExposure };
  if (t.consent) for (const f of CONSENT_FIELDS) counts[`consent.${f}`] = t.consent[f];
  if (t.candidate) for (const f of CANDIDATE_FIELDS) counts[`candidate.${f}`] = t.candidate[f];
  for (const [name, c] of t.classes ?? []) counts[classQuantity(name)] = c;
  return counts as CellCounts;
}

/** The quantity of a class's rows (`--decision`). */
export const classQuantity = (name: string) => `class:${name}`;

/** a + sign·b for every quantity of either (a missing one is 0). */
export function combineCounts(a: CellCounts, b: CellCounts, sign: 1 | -1): CellCounts {
  const out: Record<string, number> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + sign * v;
  return out as CellCounts;
}

export const NO_COUNTS: CellCounts = { n: 0, selected: 0, positives: 0, tp: 0, atK: 0, exposure: 0, relevantExposure: 0 };
