import type { AuditResult } from '../../model/audit-result.js';
import { countOf } from '../../util/plural.js';

/** A check's reason in words (`small-group` → `small group`). */
const words = (reason: string) => reason.replace(/-/g, ' ');

/** `18 small group, 6 no reference`: the reasons of the checks, most frequent first. */
function reasonCounts(result: Pick<AuditResult, 'findings'>): string {
  const counts = new Map<string, number>();
  for (const f of result.findings) {
    const key = f.status === 'suppressed' ? 'hidden by suppression' : words(f.reason);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([reason, n]) => `${n} ${reason}`).join(', ');
}

/**
 * Why a run with rules exits 3 although nothing failed: "no check could be
 * judged: all 24 checks are inconclusive (18 small group, 6 no reference);
 * pass --allow-no-verdict to accept this". One sentence, for standard error
 * and the CI summaries.
 */
export function noVerdictSentence(result: Pick<AuditResult, 'findings' | 'summary'>): string {
  const n = result.findings.length;
  const rules = countOf(result.summary.rules, 'rules');
  const what =
    n === 0
      ? `the ${rules} gave no check to judge (no group had the metrics they name)`
      : `${n === 1 ? 'the one check is' : `all ${countOf(n, 'checks')} are`} inconclusive (${reasonCounts(result)})`;
  return `no check could be judged: ${what}; pass --allow-no-verdict (config: allowNoVerdict: true) to accept this`;
}
