import type { FailOn } from '../model/config.js';
import type { RunStatus } from '../model/audit-result.js';
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

/**
 * 0 every rule passed (inconclusive allowed unless `--fail-on inconclusive`),
 * 1 at least one rule failed, 3 inconclusive under `--fail-on inconclusive`.
 */
export function getExitCode(status: RunStatus, failOn: FailOn): number {
  if (status === 'fail') return EXIT.fail;
  if (status === 'inconclusive' && failOn === 'inconclusive') return EXIT.inconclusive;
  return EXIT.pass;
}
