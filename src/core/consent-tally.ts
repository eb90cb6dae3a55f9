import { sumCountRecords } from './count-record.js';
/**
 * Consent counts of a group (`--consent`): how many of its rows opted out, how
 * many have no consent recorded, and how many of each were selected anyway.
 * Plain counts, so tallies of any split of the data add up to the whole.
 */
export interface ConsentTally {
  /** rows whose consent value is in the opted-out set */
  optedOut: number;
  /** rows with an empty consent cell */
  unknown: number;
  /** rows selected (decision 1) although they opted out */
  selectedOptedOut: number;
  /** rows selected whose consent is unknown */
  selectedUnknown: number;
}

/** A row's consent: 0 opted in, 1 opted out, 2 unknown (empty cell). */
export type ConsentCode = 0 | 1 | 2;
export const OPTED_IN = 0;
export const OPTED_OUT = 1;
export const CONSENT_UNKNOWN = 2;

export const CONSENT_FIELDS = ['optedOut', 'unknown', 'selectedOptedOut', 'selectedUnknown'] as const satisfies readonly (keyof ConsentTally)[];

export function emptyConsentTally(): ConsentTally {
  return { optedOut: 0, unknown: 0, selectedOptedOut: 0, selectedUnknown: 0 };
}

/** Adds one row (mutates `c`). */
export function addConsent(c: ConsentTally, consent: ConsentCode, decision: 0 | 1 | null): void {
  if (consent === OPTED_OUT) {
    c.optedOut += 1;
    if (decision === 1) c.selectedOptedOut += 1;
  } else if (consent === CONSENT_UNKNOWN) {
    c.unknown += 1;
    if (decision === 1) c.selectedUnknown += 1;
  }
}

/** The sum of two consent tallies; absent on both sides stays absent (a run without `--consent`). */
export function mergeConsent(a: ConsentTally | undefined, b: ConsentTally | undefined): ConsentTally | undefined {
  return sumCountRecords(CONSENT_FIELDS, a, b);
}
