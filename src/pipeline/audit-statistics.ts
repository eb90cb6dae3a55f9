import { checkRows } from './audit.js';
import { runNotices } from '../input/tally/tally-file.js';
import { checkSameAudit } from '../policy/baseline/same-audit.js';
import type { AuditConfig } from '../model/config.js';
import { ConfigError } from '../model/errors.js';
import { binaryColumnsOf } from '../input/decode/decode-row.js';
import { finishDecoding } from '../input/decode/decoder-facts.js';
import type { AuditResult, ConfigFileRecord } from '../model/audit-result.js';
import { buildAuditResult } from './build-result.js';
import { fingerprintDifferences, fingerprintOf } from '../input/aggregate/fingerprint.js';
import { refuseRowBound } from '../input/aggregate/row-bound.js';
import type { MergedStatistics } from '../input/aggregate/from-aggregates.js';
import type { BaselineInput } from '../model/baseline.js';

export interface StatisticsMeta {
  tool: { name: string; version: string };
  generatedAt: string;
  command?: string[];
  /** the config file the run read (provenance) */
  configFile?: ConfigFileRecord;
  /** an earlier report of the same audit (`--baseline`) */
  baseline?: BaselineInput;
}

/**
 * The audit of merged statistics: the same report as one run over the
 * concatenated data, except the fields that describe what was read
 * (`input.file`, `input.sha256`, `input.bytes`, `input.sources`, `command`).
 * The config must compute the same statistics (its fingerprint), else exit 2.
 */
export function auditStatistics(config: Readonly<AuditConfig>, stats: MergedStatistics, meta: StatisticsMeta): AuditResult {
  const differences = fingerprintDifferences(stats.fingerprint, fingerprintOf(config));
  if (differences.length > 0) {
    throw new ConfigError(
      '--from-aggregates',
      differences.map((d) => ({ path: d.split(':')[0]!, message: `the statistics were computed with ${d.slice(d.indexOf(':') + 2).replace(' vs ', ', this audit asks for ')}; drop the option or re-aggregate` })),
    );
  }
  refuseRowBound(config, '--from-aggregates');
  if (meta.baseline) checkSameAudit(config, meta.baseline);
  checkRows(stats.table, stats.input.file);
  const unused = finishDecoding(binaryColumnsOf(config), stats.facts, stats.input.file);
  return buildAuditResult(stats.table, config, {
    tool: meta.tool,
    generatedAt: meta.generatedAt,
    ...(meta.command ? { command: meta.command } : {}),
    ...(meta.configFile ? { configFile: meta.configFile } : {}),
    input: stats.input,
    notices: runNotices(unused, stats.identifiers),
    ...(meta.baseline ? { baseline: meta.baseline } : {}),
  });
}
