import type { AuditConfig } from '../model/config.js';
import type { Notice } from '../model/notice.js';
import type { BaselineComparison, RankingSummary, SelectionSummary } from '../model/sections.js';

function selectionNotice(s: SelectionSummary | undefined): Notice[] {
  if (!s || s.method === 'above-median' || s.k === null || s.selected <= s.k) return [];
  return [{ code: 'selection-ties', args: { tiedAtCutoff: s.tiedAtCutoff, cutoff: s.cutoff, selected: s.selected, k: s.k } }];
}

function rankingNotice(r: RankingSummary | undefined): Notice[] {
  if (!r || r.incompleteLists === 0) return [];
  return [{ code: 'incomplete-lists', args: { list: r.list, lists: r.lists, incompleteLists: r.incompleteLists } }];
}

function baselineNotices(config: Readonly<AuditConfig>, b: BaselineComparison | undefined): Notice[] {
  if (!b) {
    // with --candidate the regression rules compare the candidate with the audited model
    if (config.columns.candidate !== undefined) return [];
    const bounded = config.rules.filter((r) => r.maxRegression !== undefined).map((r) => r.id);
    return bounded.length === 0 ? [] : [{ code: 'no-baseline', args: { rules: bounded } }];
  }
  const notes: Notice[] = [];
  if (b.onlyInBaseline.length > 0) notes.push({ code: 'baseline-groups', args: { file: b.file, side: 'baseline', groups: b.onlyInBaseline } });
  if (b.onlyInCurrent.length > 0) notes.push({ code: 'baseline-groups', args: { file: b.file, side: 'current', groups: b.onlyInCurrent } });
  return notes;
}

/** Notices about score cut-offs, ranked lists and the baseline. */
export function cutoffRankingBaselineNotices(config: Readonly<AuditConfig>, s: SelectionSummary | undefined, r: RankingSummary | undefined, b: BaselineComparison | undefined): Notice[] {
  return [...selectionNotice(s), ...rankingNotice(r), ...baselineNotices(config, b)];
}
