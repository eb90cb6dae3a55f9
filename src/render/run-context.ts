import { PRESETS } from '../policy/presets/presets.js';
import type { AuditResult } from '../model/audit-result.js';
import { formatValue } from './format-number.js';
import type { BaselineComparison, RankingSummary, SelectionSummary } from '../model/sections.js';
import { countOf, partOf } from '../util/plural.js';

/** One fact about how the run was set up beyond the columns: `{label, value}` for every human format. */
export interface ContextFact {
  label: string;
  value: string;
}

const count = (n: number) => n.toLocaleString('en-US');
/** `1 row`, `20,000 rows` */
const rows = (n: number, plural = 'rows', singular?: string) => countOf(n, plural, { format: count, ...(singular ? { singular } : {}) });

function selectionFact(s: SelectionSummary): ContextFact {
  const cutoff = formatValue(s.cutoff, 4);
  if (s.method === 'above-median') {
    const tied = s.tiedAtCutoff > 0 ? `; ${rows(s.tiedAtCutoff)} ${s.tiedAtCutoff === 1 ? 'scores' : 'score'} exactly the median and ${s.tiedAtCutoff === 1 ? 'is' : 'are'} not above it` : '';
    return { label: 'Decision from the scores', value: `score above the sample median ${cutoff} (the LL144 scoring rate): ${partOf(s.selected, s.rows, 'rows', count)}${tied}` };
  }
  const asked = s.method === 'top-percent' ? `the top ${s.percent} % of ${rows(s.rows)} by score (k = ${count(s.k ?? 0)})` : `the ${s.k === 1 ? 'highest score' : `${count(s.k ?? 0)} highest scores`} of ${rows(s.rows)}`;
  const ties = s.selected > (s.k ?? 0) ? `, ${rows(s.tiedAtCutoff)} tied at the cut-off, all selected` : '';
  return { label: 'Decision from the scores', value: `${asked}: score ≥ ${cutoff} selected, ${rows(s.selected)}${ties}` };
}

function rankingFact(r: RankingSummary): ContextFact {
  const lists = r.list === null ? 'one list' : `one list per value of ${r.list} (${rows(r.lists, 'lists')})`;
  const incomplete = r.incompleteLists > 0 ? `; ${count(r.incompleteLists)} incomplete (ranks beyond their rows)` : '';
  return { label: 'Ranked lists', value: `rank column ${r.rank} (1 = top), ${lists}, ${rows(r.rows, 'ranked rows', 'ranked row')}${incomplete}; exposure = 1/log2(1 + rank); selection at k with k = ${r.k}` };
}

function baselineFact(b: BaselineComparison, result: AuditResult): ContextFact {
  const bounded = result.config.rules.filter((r) => r.maxRegression !== undefined).map((r) => `${r.id}`);
  const rules = bounded.length ? `; regression bounds: ${bounded.join(', ')}` : '; no rule bounds a regression';
  return { label: 'Baseline', value: `${b.file}, generated ${b.generatedAt}: ${rows(b.changes.length, 'values')} compared${rules}` };
}

/**
 * The score cut-off, the ranked lists, the presets and the baseline of a run,
 * in words, for the method sections (HTML, Markdown) and the terminal table;
 * empty for a plain audit, so those reports do not change.
 */
export function runContext(result: AuditResult): ContextFact[] {
  const presets = result.config.presets.map((name) => `${name}: ${PRESETS[name].title} (${PRESETS[name].source})`);
  return [
    ...(result.selection ? [selectionFact(result.selection)] : []),
    ...(result.ranking ? [rankingFact(result.ranking)] : []),
    ...(presets.length ? [{ label: 'Presets', value: presets.join('; ') }] : []),
    ...(result.baseline ? [baselineFact(result.baseline, result)] : []),
  ];
}
