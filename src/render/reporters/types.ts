import type { AuditResult } from '../../model/audit-result.js';

/** Paper of the printed report (HTML's print stylesheet, the PDF). */
export type Paper = 'a4' | 'letter';
export const PAPERS: readonly Paper[] = ['a4', 'letter'];

/** How much of the appendix the HTML report (and its PDF) carries: none, the counts behind every rate, or every number and sentence. */
export type AppendixLevel = 'none' | 'summary' | 'full';
export const APPENDIX_LEVELS: readonly AppendixLevel[] = ['none', 'summary', 'full'];

export interface ReportContext {
  /** ANSI colours allowed (a TTY, and no NO_COLOR) */
  isColor: boolean;
  /** default a4 */
  paper?: Paper;
  /** default summary */
  appendix?: AppendixLevel;
}

/** A reporter renders the finished result to a string; it never does I/O. */
export type Reporter = (result: AuditResult, ctx: ReportContext) => string;
