import type { AuditConfig } from '../model/config.js';
import type { Notice } from '../model/audit-result.js';
import type { BaselineComparison, RankingSummary, SelectionSummary } from '../model/sections.js';

function selectionNotice(s: SelectionSummary | undefined): Notice[] {
  if (!s || s.method === 'above-median' || s.k === null || s.selected <= s.k) return [];
  return [{ code: 'selection-ties', message: `${s.tiedAtCutoff} rows share the cut-off score ${s.cutoff}; all are selected, so ${s.selected} rows are selected for k = ${s.k}` }];
}

function rankingNotice(r: RankingSummary | undefined): Notice[] {
  if (!r || r.incompleteLists === 0) return [];
  const where = r.list === null ? 'the ranked list has' : `${r.incompleteLists} of ${r.lists} lists have`;
  return [{ code: 'incomplete-lists', message: `${where} ranks beyond their number of rows (part of a list, or rows left out); exposure uses the ranks as given` }];
}

function baselineNotices(config: Readonly<AuditConfig>, b: BaselineComparison | undefined): Notice[] {
  if (!b) {
    const bounded = config.rules.filter((r) => r.maxRegression !== undefined).map((r) => r.id);
    return bounded.length === 0 ? [] : [{ code: 'no-baseline', message: `no --baseline given, so the regression bounds of ${bounded.join(', ')} were not judged` }];
  }
  const list = (groups: { attribute: string; group: string }[]) => groups.map((g) => `${g.attribute}=${g.group}`).join(', ');
  const notes: Notice[] = [];
  if (b.onlyInBaseline.length > 0) notes.push({ code: 'baseline-groups', message: `groups in the baseline ${b.file} but not in this audit: ${list(b.onlyInBaseline)}` });
  if (b.onlyInCurrent.length > 0) notes.push({ code: 'baseline-groups', message: `groups in this audit but not in the baseline ${b.file}: ${list(b.onlyInCurrent)}` });
  return notes;
}

/** Notices about score cut-offs, ranked lists and the baseline. */
export function cutoffRankingBaselineNotices(config: Readonly<AuditConfig>, s: SelectionSummary | undefined, r: RankingSummary | undefined, b: BaselineComparison | undefined): Notice[] {
  return [...selectionNotice(s), ...rankingNotice(r), ...baselineNotices(config, b)];
}
