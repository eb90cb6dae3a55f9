import { emptyTally } from '../core/tally.js';
import type { AttributeTally, GroupTally } from '../core/types.js';
import type { Capabilities } from '../model/capabilities.js';

/**
 * A group's tally as the candidate model's: its rows and positives, with the
 * candidate's decisions as `selected` and `tp`. Scores, ranks and outcomes
 * belong to neither model's decision and are left out, so the candidate's
 * audit has the decision metrics (selection rate, and with a label the
 * confusion-based ones) and their disparities.
 */
export function asCandidate(t: GroupTally, bins: number): GroupTally {
  const out = emptyTally(bins);
  out.n = t.n;
  out.positives = t.positives;
  out.selected = t.candidate?.selected ?? 0;
  out.tp = t.candidate?.tp ?? 0;
  return out;
}

export function candidateAttribute(a: AttributeTally, bins: number): AttributeTally {
  const groups = new Map([...a.groups].map(([key, g]) => [key, { ...g, tally: asCandidate(g.tally, bins) }]));
  return { spec: a.spec, groups, total: asCandidate(a.total, bins), rowsExcluded: a.rowsExcluded };
}

/** What the candidate's audit can measure: a decision, and the label when the run has one. */
export function candidateCapabilities(caps: Capabilities): Capabilities {
  return { hasDecision: true, hasLabel: caps.hasLabel, hasScore: false, hasRank: false, hasOutcome: false };
}
