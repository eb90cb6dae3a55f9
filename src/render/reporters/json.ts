import type { AuditResult } from '../../model/audit-result.js';
import type { Finding } from '../../model/finding.js';
import type { NoticeCode } from '../../model/notice.js';
import { findingSentence } from '../prose/finding-sentence.js';
import { noticeSentence } from '../prose/notice-sentence.js';
import { visibleJson } from '../visible-text.js';
import { jsonDocument } from '../json-pieces.js';
import type { Reporter } from './types.js';

/*
 * JSON.stringify escapes the C0 controls but writes DEL, the C1 controls (U+009B is a CSI to many
 * terminals), bidi overrides, zero-width and other invisible characters, the line separators and text
 * not in NFC raw. They can only occur inside strings, so as \uXXXX escapes (visible-text.ts) the JSON
 * parses back the same, stays inert when someone cats it, and no two group names look alike in it.
 */

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

/**
 * The machine-readable report in pieces (each group of each attribute, each
 * finding, one piece), whose concatenation is the report, made as they are
 * written: a report of many groups can be longer than the longest string V8
 * holds. A piece ends between two tokens, never inside a string, so each is
 * made visible alone.
 */
export function* renderJsonPieces(result: AuditResult): Generator<string> {
  for (const piece of jsonDocument(publishedReport(result))) yield visibleJson(piece);
}

/** The machine-readable report: its shape is schema/report.schema.json (the tests validate every report against it). */
export const renderJson: Reporter = (result) => [...renderJsonPieces(result)].join('');
