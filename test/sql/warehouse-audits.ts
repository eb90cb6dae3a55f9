import path from 'node:path';
import { auditStatistics } from '../../src/pipeline/audit-statistics.js';
import { mergeStatisticsFiles } from '../../src/input/aggregate/from-aggregates.js';
import { runAudit } from '../../src/pipeline/audit.js';
import type { AuditConfig } from '../../src/model/config.js';
import { ROOT } from '../helpers/run-cli.js';
import { testConfig as rowsConfig } from '../helpers/rows.js';

/**
 * What every warehouse test compares: the audit of a query's saved result
 * (`--from-aggregates`) with the streaming audit of the same CSV, both with
 * the same report metadata.
 */
export const meta = { tool: { name: 'fairgate', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' };
export const MARKETING = path.join(ROOT, 'fixtures/marketing/data.csv');

/** A warehouse result keeps the exact maps' floor (its fingerprint says exactMemoryMB 0): the audits it is compared with do too. */
export const testConfig = (overrides: Record<string, unknown>) => rowsConfig({ exactMemoryMB: 0, ...overrides });

/** The one-pass audit of a CSV file, in one thread. */
export function streamingAudit(csv: string, config: Readonly<AuditConfig>) {
  return runAudit(config, { ...meta, input: { name: csv, path: csv, open: () => { throw new Error('file path is used'); } }, threads: 1 });
}

/** The audit of a query result saved as a file (CSV, a JSON array or JSON lines). */
export function resultAudit(config: Readonly<AuditConfig>, file: string) {
  return auditStatistics(config, mergeStatisticsFiles([{ name: file, path: file }]), meta);
}
