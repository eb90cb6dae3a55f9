import type { AuditResult } from '../../model/audit-result.js';
import type { Finding } from '../../model/finding.js';
import { unicodeEscape } from '../escape.js';
import type { NoticeCode } from '../../model/notice.js';
import { findingSentence } from '../prose/finding-sentence.js';
import { noticeSentence } from '../prose/notice-sentence.js';
import type { Reporter } from './types.js';

/**
 * JSON.stringify escapes the C0 controls but writes DEL, the C1 controls (U+009B is a CSI to many
 * terminals), bidi overrides and the line separators raw. They can only occur inside strings, so
 * as \uXXXX escapes the JSON parses back the same and stays inert when someone cats it.
 */
const RAW_IN_JSON = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;

/** A finding as the JSON report publishes it: its facts, then its sentence (the terse wording). */
export type PublishedFinding = Finding & { message: string };

/** A notice as the JSON report publishes it: its code and its sentence (the arguments stay in memory). */
export interface PublishedNotice {
  code: NoticeCode;
  message: string;
}

/** The report object as the JSON report publishes it (schema/report.schema.json): findings and notices carry their sentences. */
export type PublishedReport = Omit<AuditResult, 'findings' | 'notices'> & { findings: PublishedFinding[]; notices: PublishedNotice[] };

/** The report with every sentence composed, keys in the report object's order (`message` last in a finding). */
export function publishedReport(result: AuditResult): PublishedReport {
  return {
    ...result,
    findings: result.findings.map((f) => ({ ...f, message: findingSentence(f, result, 'terse') })),
    notices: result.notices.map((n) => ({ code: n.code, message: noticeSentence(n) })),
  };
}

/** The machine-readable report: its shape is schema/report.schema.json (the tests validate every report against it). */
export const renderJson: Reporter = (result) => `${JSON.stringify(publishedReport(result), null, 2).replace(RAW_IN_JSON, unicodeEscape)}\n`;
