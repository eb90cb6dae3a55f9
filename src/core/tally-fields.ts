import type { ExactSum } from './exact-sum.js';
import type { ExactSums, GroupTally, SumField } from './types.js';

/**
 * How each scalar field of a GroupTally combines: `count` fields are integer
 * sums (exact in a double up to 2^53), `sum` fields are float sums kept
 * exactly (their partials live in `GroupTally.exact`). This one table drives
 * `emptyTally`, `mergeTallies` and the aggregate file format, so a new field
 * (ranking counts, exposure sums…) needs only this line besides saying how a
 * row adds to it (`addObservation`, `group-store.ts`); `satisfies` makes the
 * compiler reject a numeric GroupTally field missing from the table.
 */
export const TALLY_FIELDS = {
  n: 'count',
  selected: 'count',
  positives: 'count',
  tp: 'count',
  sumScore: 'sum',
  sumSquaredError: 'sum',
  sumExposure: 'sum',
  sumRelevantExposure: 'sum',
  atK: 'count',
} as const satisfies Record<NumericField, FieldKind>;

export type FieldKind = 'count' | 'sum';
type Structured = 'bins' | 'binSquares' | 'auc' | 'exact' | 'classes';
type NumericField = { [K in Exclude<keyof GroupTally, Structured>]: GroupTally[K] extends number ? K : never }[Exclude<keyof GroupTally, Structured>];
export type TallyField = keyof typeof TALLY_FIELDS;
type SumOf<T> = { [K in keyof T]: T[K] extends 'sum' ? K : never }[keyof T];
/** Compiles only while types.ts's SumField lists exactly the `sum` fields of TALLY_FIELDS. */
const sumFieldsAgree: [SumField, SumOf<typeof TALLY_FIELDS>] extends [SumOf<typeof TALLY_FIELDS>, SumField] ? true : never = true;
void sumFieldsAgree;

export const TALLY_FIELD_NAMES = Object.keys(TALLY_FIELDS) as TallyField[];
export const SUM_FIELDS = TALLY_FIELD_NAMES.filter((f): f is SumField => TALLY_FIELDS[f] === 'sum');
export const COUNT_FIELDS = TALLY_FIELD_NAMES.filter((f) => TALLY_FIELDS[f] === 'count');

export function emptyExactSums(bins: number): ExactSums {
  // built field by field (one per group and sum: Object.fromEntries and a spread cost a microsecond each)
  const sums = {} as ExactSums;
  for (const f of SUM_FIELDS) sums[f] = [];
  sums.binScores = [];
  sums.binSquares = [];
  for (let b = 0; b < bins; b++) {
    sums.binScores.push([]);
    sums.binSquares.push([]);
  }
  return sums;
}
