/**
 * Escaping for the LL144 renderers. Category names come from the data.
 * (Issue 4 adds format-wide escapers to `report/escape.ts`; these can fold into them.)
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** A Markdown table cell: no line breaks, `|` and inline markup escaped, `&` and `<` as entities. */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(CONTROL, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#])/g, '\\$1');
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values in HTML. */
export function escapeHtmlText(text: string): string {
  return text.replace(CONTROL, ' ').replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}
