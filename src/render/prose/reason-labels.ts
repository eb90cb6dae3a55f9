import type { AuditResult } from '../../model/audit-result.js';
import type { Finding, FindingReason, Verdict } from '../../model/finding.js';
import { formatLevel } from '../format-number.js';
import { VERDICT_ORDER } from '../verdicts.js';

/**
 * Why checks got their verdict, in one line per verdict: `21 inconclusive —
 * group under 30 rows: 12 · rate on too few trials: 9`. Each reason code has a
 * short label, its count after it; a code without one here (a new one)
 * is labelled by its code, so every check is still counted under its reason.
 * The longer phrases, with the groups each reason holds back, are in
 * reason-groups.ts.
 */

type Settings = Pick<AuditResult['config'], 'minGroupSize' | 'alpha' | 'confidence' | 'suppressBelow'>;

const LABELS: Partial<Record<FindingReason, (s: Settings) => string>> = {
  'small-group': (s) => `group under ${s.minGroupSize} rows`,
  'small-reference': (s) => `reference group under ${s.minGroupSize} rows`,
  'no-reference': () => 'no group fit to be the reference',
  'small-denominator': () => 'rate on too few trials',
  'undefined-value': () => 'value undefined (a zero denominator)',
  'not-significant': (s) => `breach not statistically significant (α = ${s.alpha})`,
  'interval-includes-bound': (s) => `breach whose ${formatLevel(s.confidence)} CI reaches the allowed range`,
  'no-interval': () => 'breach with no interval to judge',
  'not-in-baseline': () => 'group not in the baseline',
  breach: () => 'breach of a rule of severity warn',
  regressed: () => 'worse than the baseline allows (severity warn)',
  drifted: () => 'drift beyond its bound (severity warn)',
  'no-earlier-value': () => 'no value in the window before',
  'suppressed-primary': (s) => `group under ${s.suppressBelow} rows`,
  'suppressed-secondary': () => 'hidden so smaller groups stay hidden',
  'within-bound': () => 'within the bound',
  'regression-within-bound': () => 'no worse than the baseline allows',
  'drift-within-bound': () => 'drift within its bound',
};

/** The short label of a reason code: `group under 30 rows`; an unknown code in words (`breach could be chance`). */
export function reasonLabel(reason: FindingReason, settings: Settings): string {
  return LABELS[reason]?.(settings) ?? reason.replace(/-/g, ' ');
}

/** A verdict as the word after a count: `21 inconclusive`, `17 warned`, `4 hidden`. */
export const COUNTED_VERDICT: Record<Verdict, string> = {
  fail: 'failed',
  warn: 'warned',
  inconclusive: 'inconclusive',
  suppressed: 'hidden',
  pass: 'passed',
};

export interface VerdictReasons {
  status: Verdict;
  /** checks with this verdict */
  count: number;
  /** by reason, the most checks first (then by label) */
  reasons: { reason: FindingReason; label: string; count: number }[];
}

/** The checks with these verdicts (default: warned, inconclusive, hidden), counted by reason; verdicts in severity order, empty ones left out. */
export function verdictReasons(findings: readonly Pick<Finding, 'status' | 'reason'>[], settings: Settings, statuses: readonly Verdict[] = ['warn', 'inconclusive', 'suppressed']): VerdictReasons[] {
  return VERDICT_ORDER.filter((v) => statuses.includes(v)).flatMap((status) => {
    const counts = new Map<FindingReason, number>();
    for (const f of findings) if (f.status === status) counts.set(f.reason, (counts.get(f.reason) ?? 0) + 1);
    if (counts.size === 0) return [];
    const reasons = [...counts]
      .map(([reason, count]) => ({ reason, label: reasonLabel(reason, settings), count }))
      .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    return [{ status, count: reasons.reduce((n, r) => n + r.count, 0), reasons }];
  });
}

/** `group under 30 rows: 12 · rate on too few trials: 9` */
export function reasonCountsText(v: VerdictReasons): string {
  return v.reasons.map((r) => `${r.label}: ${r.count}`).join(' · ');
}

/** `21 inconclusive — group under 30 rows: 12 · rate on too few trials: 9` */
export function verdictReasonsText(v: VerdictReasons): string {
  return `${v.count} ${COUNTED_VERDICT[v.status]} — ${reasonCountsText(v)}`;
}
