import type { AuditResult } from '../../model/audit-result.js';
import { renderSplitsHtml } from './render-html.js';
import { renderSplitsMarkdown } from './render-markdown.js';
import { renderSplitsText } from './render-text.js';

const RENDERERS = { text: renderSplitsText, markdown: renderSplitsMarkdown, html: renderSplitsHtml } as const;

/**
 * The sections on legitimate factors (`--strata`) and time windows
 * (`--period`) in a reporter's format, or '' when the run has neither: the
 * one-line hook of the table, Markdown and HTML reporters.
 */
export function splitsBlock(result: AuditResult, format: keyof typeof RENDERERS): string {
  return result.strata || result.windows ? RENDERERS[format](result) : '';
}

/** The HTML contents' links to those sections. */
export function splitsLinks(result: AuditResult): [string, string][] {
  return [...(result.strata ? [['strata', 'Within legitimate factors'] as [string, string]] : []), ...(result.windows ? [['windows', 'Over time'] as [string, string]] : [])];
}
