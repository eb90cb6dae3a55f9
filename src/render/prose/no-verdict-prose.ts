import { DENOMINATOR_NOUNS } from '../../metrics/denominators.js';
import type { AuditResult } from '../../model/audit-result.js';
import type { Finding } from '../../model/finding.js';
import { titleOf } from '../metric-info.js';
import { groupLabel, ruleLabel } from '../verdicts.js';

function denominatorSentence(f: Finding, head: string): string {
  const d = f.denominator!;
  const whose = d.group === f.group ? groupLabel(f) : `the reference group ${d.group}`;
  return `${head}: the ${titleOf(d.metric)} of ${whose} rests on ${d.count} ${DENOMINATOR_NOUNS[d.metric] ?? 'trials'}, fewer than the minimum of ${d.minimum}.`;
}

/**
 * Why a finding got no verdict before any bound was looked at (too few rows
 * or trials, no reference, an undefined value), as a sentence: "No verdict for
 * Unknown (gender) on disparate_impact>=0.8: 10 rows, fewer than the minimum
 * of 30." Undefined for the other reasons. Threshold and regression checks alike.
 */
export function noVerdictProse(f: Finding, result: AuditResult): string | undefined {
  const min = result.config.minGroupSize;
  const head = `No verdict for ${groupLabel(f)} on ${ruleLabel(f, result.config.rules)}`;
  switch (f.reason) {
    case 'small-denominator':
      return f.denominator ? denominatorSentence(f, head) : undefined;
    case 'small-group':
      return `${head}: ${f.n} rows, fewer than the minimum of ${min}.`;
    case 'small-reference':
      return `${head}: the reference group ${f.reference} has fewer than ${min} rows.`;
    case 'no-reference':
      return `${head}: no group of ${f.attribute} has ${min} rows and a defined ${titleOf(f.metric)} to compare with.`;
    case 'undefined-value':
      return `${head}: the ${titleOf(f.metric)} is undefined (a denominator is zero).`;
    default:
      return undefined;
  }
}
