import type { RowContribution } from './row-contribution.js';
import type { GroupTally } from './types.js';

/**
 * A count family a run may keep per group beside the core tally: the candidate
 * model's counts (`--candidate`), consent (`--consent`), the classes of a
 * multi-class decision (`--decision`). A group store holds the families its run
 * needs and treats them alike: a row adds to its group, another store of the
 * fold (a thread, an intersection rolled up) is absorbed group by group, and a
 * group's tally takes its counts. Counts add, so any split of the rows merges
 * into the counts of one pass.
 */
export interface SideCounts {
  readonly family: 'candidate' | 'consent' | 'classes';
  add(group: number, row: RowContribution): void;
  /** adds group `from` of `source` (the same family, from another store of the fold) to `group` */
  absorb(group: number, source: SideCounts, from: number): void;
  /** writes the group's counts into its tally; a group the store never saw gets the family's empty counts, if it has any */
  fill(group: number, t: GroupTally): void;
}
