import { pairedTable } from '../core/candidate-tally.js';
import type { AttributeTally, GroupTally } from '../core/types.js';
import type { CandidateAttributeChange, CandidateGroupChange, FlipRate } from '../model/candidate-section.js';
import { holmAdjust } from '../stats/holm.js';
import { mcnemar } from '../stats/mcnemar.js';
import { wilsonInterval } from '../stats/wilson.js';

function flipRate(flipped: number, of: number, z: number): FlipRate {
  const interval = wilsonInterval(flipped, of, z);
  return { flipped, of, rate: of === 0 ? null : flipped / of, ...(interval ? { interval } : {}) };
}

/**
 * One group's paired comparison from its tally: the 2×2 table of (audited
 * selects?, candidate selects?), the two flip rates with Wilson intervals at
 * critical value `z`, and McNemar's test of the discordant rows (exact, and
 * the continuity-corrected chi-square form), as statsmodels' `mcnemar`.
 */
export function groupChange(key: string, t: GroupTally, z: number): CandidateGroupChange {
  const c = t.candidate ?? { selected: 0, both: 0, tp: 0 };
  const table = pairedTable(t.n, t.selected, c);
  const exact = mcnemar(table.baselineOnly, table.candidateOnly, true)!;
  const chi = mcnemar(table.baselineOnly, table.candidateOnly, false, true);
  return {
    key,
    n: t.n,
    both: table.both,
    baselineOnly: table.baselineOnly,
    candidateOnly: table.candidateOnly,
    neither: table.neither,
    selectedToNot: flipRate(table.baselineOnly, t.selected, z),
    notToSelected: flipRate(table.candidateOnly, t.n - t.selected, z),
    selectionRateChange: t.n === 0 ? null : (table.candidateOnly - table.baselineOnly) / t.n,
    mcnemar: { statistic: exact.statistic, pValue: exact.pValue, chiSquare: chi ? { statistic: chi.statistic, pValue: chi.pValue } : null },
  };
}

/** Every audited attribute's groups, paired; the exact McNemar p-values Holm-adjusted across all of them (the section's own family). */
export function attributeChanges(attributes: readonly AttributeTally[], z: number): CandidateAttributeChange[] {
  const out = attributes.map((a) => ({ name: a.spec.name, groups: [...a.groups.values()].map((g) => groupChange(g.key, g.tally, z)) }));
  const tests = out.flatMap((a) => a.groups.flatMap((g) => (g.mcnemar ? [g.mcnemar] : [])));
  const adjusted = holmAdjust(tests.map((t) => t.pValue));
  tests.forEach((t, i) => (t.pValueAdjusted = adjusted[i]!));
  return out;
}
