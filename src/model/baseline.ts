import type { AuditResult } from './audit-result.js';
import type { AuditConfig } from './config.js';

/** The parts of an earlier report that a comparison reads. */
export type BaselineReport = Pick<AuditResult, 'generatedAt' | 'attributes'> & {
  input: { sha256: string };
  config: Partial<AuditConfig>;
};

export interface BaselineInput {
  /** the path as given */
  file: string;
  report: BaselineReport;
}
