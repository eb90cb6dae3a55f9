import { runAudit } from '../../src/pipeline/audit.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import type { AuditConfig } from '../../src/model/config.js';
import { validateFileConfig } from '../../src/config/validate-config.js';
import { ConfigError } from '../../src/model/errors.js';
import type { AuditResult } from '../../src/model/audit-result.js';
import { memoryInput } from './memory-input.js';
import type { BaselineInput } from '../../src/model/baseline.js';

/** A config from a config-file object, validated and resolved like the CLI does. */
export function configFrom(raw: Record<string, unknown>): Readonly<AuditConfig> {
  const validated = validateFileConfig(raw);
  if (!validated.ok) throw new ConfigError('test', validated.issues);
  return resolveConfig([{ source: 'test', config: validated.config }]);
}

/** Audits CSV text in memory (no process, no files); the input can be opened more than once. */
export function auditCsv(csv: string, raw: Record<string, unknown>, baseline?: BaselineInput): Promise<AuditResult> {
  return runAudit(configFrom(raw), {
    input: memoryInput(csv, 'test.csv'),
    tool: { name: 'fairgate', version: 'test' },
    generatedAt: '2026-01-01T00:00:00.000Z',
    ...(baseline ? { baseline } : {}),
  });
}

/** CSV text from a header and rows. */
export function csvOf(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
}
