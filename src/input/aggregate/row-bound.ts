import { needsScorePass } from '../../model/decision-source.js';
import type { AuditConfig } from '../../model/config.js';
import { ConfigError, type ConfigIssue } from '../../model/errors.js';

/**
 * Settings whose statistics need the rows themselves, so they are not part of
 * aggregates (shards) or warehouse statistics: bootstrap replicates weigh each
 * row by its index; a score cut-off depends on every score at once (a cut-off
 * per shard is another decision); ranked lists are checked whole (repeated
 * positions) with memory per list, which an aggregate does not carry.
 */
export function rowBoundIssues(config: Readonly<AuditConfig>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (config.bootstrap) {
    issues.push({ path: 'bootstrap', message: 'bootstrap intervals need the rows (each replicate weighs every row); audit the data itself, or leave --bootstrap out' });
  }
  if (needsScorePass(config)) {
    issues.push({
      path: config.topK !== null ? 'topK' : config.topPercent !== null ? 'topPercent' : 'preset',
      message: 'a score cut-off (--top-k, --top-percent, the ll144 scoring rate) depends on all scores at once; audit the data itself, or fix the cut-off with --threshold <score> (selection.cutoff of a report on all rows)',
    });
  }
  if (config.columns.rank !== undefined) {
    issues.push({ path: 'columns.rank', message: 'ranked outputs are checked list by list over all rows (repeated positions), which aggregates do not carry; audit the data itself' });
  }
  return issues;
}

/** Throws a ConfigError naming `where` (the command or option) when the config needs the rows. */
export function refuseRowBound(config: Readonly<AuditConfig>, where: string): void {
  const issues = rowBoundIssues(config);
  if (issues.length > 0) throw new ConfigError(where, issues);
}
