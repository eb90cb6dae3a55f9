import { createCandidateCounts } from './candidate-counts.js';
import { createClassStore, type ClassDictionary } from './class-store.js';
import { createConsentCounts } from './consent-counts.js';
import type { SideCounts } from './side-counts.js';

/** Which families a fold keeps. */
export interface SideFamilies {
  /** the run has a candidate model's decision */
  candidate?: boolean;
  /** the run has a consent column */
  consent?: boolean;
  /** the class names of the multi-class decision, shared by the fold's stores */
  classes?: ClassDictionary;
}

/** The families of one store, in a fixed order so that stores made from the same settings pair up. */
export function createSideCounts(families: SideFamilies | undefined): SideCounts[] {
  return [
    ...(families?.candidate ? [createCandidateCounts()] : []),
    ...(families?.consent ? [createConsentCounts()] : []),
    ...(families?.classes ? [createClassStore(families.classes)] : []),
  ];
}

/** Adds every family of `theirs` (group `from`) to `mine` (group `g`), matching families by name. */
export function absorbSideCounts(mine: readonly SideCounts[], g: number, theirs: readonly SideCounts[], from: number): void {
  for (const side of mine) {
    const source = theirs.find((s) => s.family === side.family);
    if (source) side.absorb(g, source, from);
  }
}
