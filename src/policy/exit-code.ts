import type { AuditConfig, FailOn } from '../model/config.js';
import type { AuditResult, RunStatus } from '../model/audit-result.js';
import type { PrivacySummary } from '../model/sections.js';
import type { Finding, Verdict } from '../model/finding.js';

/** The run's status: fail if any finding failed, else inconclusive if any was, else pass. */
export function runStatus(findings: readonly Pick<Finding, 'status'>[]): RunStatus {
  if (findings.some((f) => f.status === 'fail')) return 'fail';
  if (findings.some((f) => f.status === 'inconclusive')) return 'inconclusive';
  return 'pass';
}

export function countVerdicts(findings: readonly Pick<Finding, 'status'>[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { pass: 0, fail: 0, warn: 0, inconclusive: 0, suppressed: 0 };
  for (const f of findings) counts[f.status] += 1;
  return counts;
}

/** The fixed meanings of exit codes (usage/config/input errors, 2, are set by the CLI). */
export const EXIT = { pass: 0, fail: 1, error: 2, inconclusive: 3 } as const;

/** What the exit code reads of a result: its status, its verdict counts and the verdicts suppression hid. */
export type ExitFacts = Pick<AuditResult, 'status' | 'summary'> & { privacy?: Pick<PrivacySummary, 'hiddenVerdicts'> | undefined };

/** Checks that got a verdict (pass, fail or warn); a suppressed check counts by the verdict it hides, as for the status. */
export function judgedChecks(r: ExitFacts): number {
  const s = r.summary;
  return s.pass + s.fail + s.warn + s.suppressed - (r.privacy?.hiddenVerdicts.inconclusive ?? 0);
}

/**
 * Rules were given and not one of their checks could be judged (every check
 * inconclusive, or none at all): a gate that judged nothing. A run without
 * rules asked for no verdict and is not one of these.
 */
export function hasNoVerdict(r: ExitFacts): boolean {
  return r.summary.rules > 0 && judgedChecks(r) === 0;
}

/**
 * 0 every rule passed (inconclusive allowed unless `--fail-on inconclusive`),
 * 1 at least one rule failed, 3 inconclusive under `--fail-on inconclusive`,
 * or no check judged at all (`isNoVerdict`, unless `--allow-no-verdict`).
 */
export function getExitCode(status: RunStatus, failOn: FailOn, isNoVerdict = false): number {
  if (status === 'fail') return EXIT.fail;
  if (isNoVerdict) return EXIT.inconclusive;
  if (status === 'inconclusive' && failOn === 'inconclusive') return EXIT.inconclusive;
  return EXIT.pass;
}

/** A run that judged nothing and was not told to accept it (`allowNoVerdict`): it exits 3, and every output says why. */
export function isRefusedNoVerdict(r: ExitFacts, settings: Pick<AuditConfig, 'allowNoVerdict'>): boolean {
  return hasNoVerdict(r) && !settings.allowNoVerdict;
}

/** The exit code of a result under the settings that decide it (the CLI, the library and the Action agree on this one). */
export function resultExitCode(r: ExitFacts, settings: Pick<AuditConfig, 'failOn' | 'allowNoVerdict'>): number {
  return getExitCode(r.status, settings.failOn, isRefusedNoVerdict(r, settings));
}
