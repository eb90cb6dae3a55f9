import type { AuditResult } from '../../model/audit-result.js';
import { renderLl144Html } from './render-html.js';
import { renderLl144Markdown } from './render-markdown.js';
import { renderLl144Text } from './render-text.js';

export { renderLl144Html } from './render-html.js';
export { renderLl144Markdown } from './render-markdown.js';
export { renderLl144Text } from './render-text.js';

const RENDERERS = { text: renderLl144Text, markdown: renderLl144Markdown, html: renderLl144Html } as const;

/**
 * The LL144 tables of a report in a reporter's format, or '' when the ll144
 * preset was not applied: the one-line hook of the table, Markdown and HTML reporters.
 */
export function ll144Block(result: AuditResult, format: keyof typeof RENDERERS): string {
  const section = result.presets?.ll144;
  return section ? RENDERERS[format](section) : '';
}
