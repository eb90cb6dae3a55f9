import type { AuditResult } from '../../model/audit-result.js';

export interface ReportContext {
  /** ANSI colours allowed (a TTY, and no NO_COLOR) */
  isColor: boolean;
}

/** A reporter renders the finished result to a string; it never does I/O. */
export type Reporter = (result: AuditResult, ctx: ReportContext) => string;
