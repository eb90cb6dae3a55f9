import type { AttributeResult, AuditResult } from '../../model/audit-result.js';
import type { Verdict } from '../../model/finding.js';
import { titleOf } from '../metric-info.js';
import { VERDICT_ORDER, verdictText } from '../verdicts.js';
import { countOf, partOf } from '../../util/plural.js';
import { reasonCountsText, verdictReasons } from './reason-labels.js';

/** `FAIL — 31 of 105 checks failed` and the like: the one-line verdict every human format leads with. */
export function headline(result: AuditResult): string {
  const s = result.summary;
  const checks = VERDICT_ORDER.reduce((sum, v) => sum + s[v], 0);
  if (s.rules === 0) return 'NO VERDICT — no rule was given, so nothing was judged';
  if (checks === 0) return `${result.status.toUpperCase()} — no checks were run`;
  if (result.status === 'fail') return `FAIL — ${partOf(s.fail, checks, 'checks')} failed`;
  if (result.status === 'inconclusive') return `INCONCLUSIVE — ${partOf(s.inconclusive, checks, 'checks')} could not be judged, none failed`;
  return `PASS — ${partOf(s.pass, checks, 'checks')} passed${s.warn ? `, ${s.warn} with a warning` : ''}`;
}

/**
 * Verdict counts in severity order, zero counts kept so the table shape is
 * stable; for warned, inconclusive and hidden checks, why, counted by reason
 * (`group under 30 rows: 12 · rate on too few trials: 9`).
 */
export function verdictCounts(result: AuditResult): { verdict: Verdict; label: string; count: number; why: string }[] {
  const reasons = verdictReasons(result.findings, result.config);
  return VERDICT_ORDER.map((v) => {
    const r = reasons.find((x) => x.status === v);
    return { verdict: v, label: verdictText(v), count: result.summary[v], why: r ? reasonCountsText(r) : '' };
  });
}

/** `selection rate: Male; true positive rate: Male` (which group each comparison used). */
export function referenceSummary(attribute: AttributeResult): string {
  const entries = Object.entries(attribute.references).map(([metric, key]) => `${titleOf(metric)}: ${key ?? 'none qualified'}`);
  return entries.length ? entries.join('; ') : 'no comparison made';
}

/** `3 rows left out of this attribute (empty cell)` or an empty string. */
export function exclusionNote(attribute: AttributeResult): string {
  return attribute.rowsExcluded ? `${countOf(attribute.rowsExcluded, 'rows')} left out of this attribute (empty cell, --missing drop)` : '';
}

/** How the reference was chosen, in words. */
export function strategyText(strategy: AttributeResult['referenceStrategy'], minGroupSize: number): string {
  switch (strategy) {
    case 'highest':
      return `for each metric, the group with the most favourable value among groups of at least ${countOf(minGroupSize, 'rows')} (not "(missing)") — the comparison of the EEOC four-fifths rule and NYC Local Law 144 impact ratios`;
    case 'largest':
      return `the group with the most rows (at least ${minGroupSize}, not "(missing)")`;
    case 'overall':
      return 'the whole population of the attribute';
    case 'explicit':
      return 'the group named in the configuration';
  }
}
