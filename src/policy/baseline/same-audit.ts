import type { BaselineInput } from '../../model/baseline.js';
import type { AuditConfig } from '../../model/config.js';
import { DEFAULT_CONFIG } from '../../model/defaults.js';
import { UsageError } from '../../model/errors.js';
import type { AuditResult } from '../../model/audit-result.js';

/**
 * Settings that change what a number means: the same audit must agree on every
 * one. `minDenominator` is one because it decides which groups may serve as a
 * reference; `confidence`, `alpha` and `bootstrap` are not, since they change
 * intervals and verdicts but no compared value.
 */
const SAME_AUDIT_KEYS = [
  'predictionPositive',
  'labelPositive',
  'threshold',
  'topK',
  'topPercent',
  'aboveMedian',
  'reference',
  'referenceGroups',
  'minGroupSize',
  'minDenominator',
  'missing',
  'bins',
  'k',
] as const satisfies readonly (keyof AuditConfig)[];

const COLUMN_ROLES = ['prediction', 'score', 'label', 'rank', 'list'] as const;

function canonical(v: unknown): string {
  if (v === undefined) return 'none';
  if (Array.isArray(v)) return JSON.stringify([...v].map(String).sort());
  if (v !== null && typeof v === 'object') return JSON.stringify(Object.fromEntries(Object.entries(v).sort()));
  return JSON.stringify(v);
}

function differences(now: Readonly<AuditConfig>, before: Partial<AuditConfig>): string[] {
  const out: string[] = [];
  const compare = (path: string, a: unknown, b: unknown) => {
    if (canonical(a) !== canonical(b)) out.push(`${path}: baseline ${canonical(b)}, now ${canonical(a)}`);
  };
  for (const role of COLUMN_ROLES) compare(`columns.${role}`, now.columns[role], before.columns?.[role]);
  compare('groups', now.groups, before.groups);
  // Reports written before a setting existed hold its default.
  for (const key of SAME_AUDIT_KEYS) compare(key, now[key], before[key] ?? DEFAULT_CONFIG[key]);
  return out;
}

export function mismatchError(file: string, diffs: readonly string[]): UsageError {
  return new UsageError(
    `--baseline ${file} is not a report of the same audit (${diffs.length} difference${diffs.length === 1 ? '' : 's'}); ` +
      `compare like with like, or re-create the baseline with the current settings: ${diffs.join('; ')}`,
  );
}

/** Throws a UsageError listing every setting in which the baseline's audit differs from this one. */
export function checkSameAudit(config: Readonly<AuditConfig>, baseline: BaselineInput): void {
  const diffs = differences(config, baseline.report.config);
  if (diffs.length > 0) throw mismatchError(baseline.file, diffs);
}
