import { sumCountRecords } from './count-record.js';
/**
 * A candidate model's counts in one group (`--candidate`), beside the audited
 * decision's: with the group's `n` and `selected` they give the paired 2×2
 * table (audited selected?, candidate selected?), and with `positives` the
 * candidate's confusion counts. Counts only, so tallies of any split of the
 * rows add up to the tally of the whole.
 */
export interface CandidateTally {
  /** rows the candidate selects */
  selected: number;
  /** rows both models select */
  both: number;
  /** rows the candidate selects with label 1 */
  tp: number;
}

export const CANDIDATE_FIELDS = ['selected', 'both', 'tp'] as const satisfies readonly (keyof CandidateTally)[];

export function emptyCandidateTally(): CandidateTally {
  return { selected: 0, both: 0, tp: 0 };
}

/** One row's candidate decision into `t` (mutates): `decision` and `label` are the audited decision and the outcome. */
export function addCandidate(t: CandidateTally, candidate: 0 | 1, decision: 0 | 1 | null, label: 0 | 1 | null): void {
  if (candidate !== 1) return;
  t.selected += 1;
  if (decision === 1) t.both += 1;
  if (label === 1) t.tp += 1;
}

/** The sum of two groups' candidate counts; absent on a side means no rows with a candidate there (the empty start of a sum). */
export function mergeCandidate(a: CandidateTally | undefined, b: CandidateTally | undefined): CandidateTally | undefined {
  return sumCountRecords(CANDIDATE_FIELDS, a, b);
}

/** The paired table of one group: rows selected by both, by the audited model only (b), by the candidate only (c), by neither. */
export interface PairedTable {
  both: number;
  baselineOnly: number;
  candidateOnly: number;
  neither: number;
}

export function pairedTable(n: number, selected: number, c: CandidateTally): PairedTable {
  const baselineOnly = selected - c.both;
  const candidateOnly = c.selected - c.both;
  return { both: c.both, baselineOnly, candidateOnly, neither: n - c.both - baselineOnly - candidateOnly };
}
