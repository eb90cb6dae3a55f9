import type { AuditResult } from '../../model/audit-result.js';
import type { Finding } from '../../model/finding.js';

/**
 * With `--candidate` some findings judge the candidate model (its
 * `candidate(…)` rules, and every regression bound, which compares it with the
 * audited model): the audited model's tables show the others' verdicts, the
 * candidate's table these. One list of each per report, so that reporters'
 * per-group lookups (verdicts.ts indexes a list once) stay cheap.
 */
const split = new WeakMap<AuditResult, { audited: Finding[]; candidate: Finding[] }>();

export function isCandidateFinding(f: Finding, result: AuditResult): boolean {
  if (!result.candidate) return false;
  if (f.bound.maxRegression !== undefined) return true;
  return result.config.rules.some((r) => r.id === f.rule && r.model === 'candidate');
}

function parts(result: AuditResult): { audited: Finding[]; candidate: Finding[] } {
  let known = split.get(result);
  if (!known) {
    known = { audited: result.findings.filter((f) => !isCandidateFinding(f, result)), candidate: result.findings.filter((f) => isCandidateFinding(f, result)) };
    split.set(result, known);
  }
  return known;
}

/** The findings on the audited model (every finding without a candidate). */
export function auditedFindings(result: AuditResult): readonly Finding[] {
  return result.candidate ? parts(result).audited : result.findings;
}

/** The findings on the candidate model (none without one). */
export function candidateFindings(result: AuditResult): readonly Finding[] {
  return result.candidate ? parts(result).candidate : [];
}
