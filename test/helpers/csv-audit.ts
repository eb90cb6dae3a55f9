import { Readable } from 'node:stream';
import { audit, resolve, type AuditResult, type FileConfig } from '../../src/index.js';
import type { AuditConfig } from '../../src/model/config.js';
import type { BaselineInput } from '../../src/model/baseline.js';
import { runAudit } from '../../src/pipeline/audit.js';
import { memoryInput } from './memory-input.js';

/**
 * Audits CSV text in memory through the library API (`audit` of src/index.ts, as a user
 * imports it): no process, no files; the source opens again for a second pass.
 */

/** A config from a config-file object, validated and resolved like the CLI does. */
export function configFrom(raw: Record<string, unknown>): Readonly<AuditConfig> {
  return resolve(raw as FileConfig, 'test');
}

const GENERATED_AT = '2026-01-01T00:00:00.000Z';

/** The audit of CSV text; a baseline given as an object (the parsed earlier report) goes through the pipeline directly. */
export function auditCsv(csv: string, raw: Record<string, unknown>, baseline?: BaselineInput): Promise<AuditResult> {
  if (baseline) {
    return runAudit(configFrom(raw), { input: memoryInput(csv, 'test.csv'), tool: { name: 'fairgate', version: 'test' }, generatedAt: GENERATED_AT, baseline });
  }
  return audit({ name: 'test.csv', open: () => Readable.from([Buffer.from(csv)]) }, raw as FileConfig, { generatedAt: GENERATED_AT });
}

/** CSV text from a header and rows. */
export function csvOf(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
}
