/** Untrusted text (group names come from the data) made safe for each output format. */

import { visibleText } from './visible-text.js';

/**
 * For the terminal (and the base of the HTML and Markdown escapes): control characters (ESC, CR, bidi
 * overrides, …), invisible characters and text not in NFC shown as `\uXXXX` (visible-text.ts), so data
 * cannot move the cursor, recolour, reorder or hide, and two different names never look alike.
 */
export function escapeTerminal(text: string): string {
  return visibleText(text);
}

/** A line of an error message: as escapeTerminal, but backslashes stay as written (messages quote values as JSON strings, already escaped). */
export function escapeMessageLine(text: string): string {
  return visibleText(text, false);
}

// Characters XML 1.0 forbids even as references: C0 controls except tab, LF and CR; lone surrogates; U+FFFE/U+FFFF.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// Legal in XML but active on a terminal (a C1 CSI) or able to reorder what is displayed (bidi overrides):
// written as character references, which parsers read back as the same characters.
const INERT_IN_XML = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text and attribute values for XML (JUnit): the five entities, characters XML cannot carry removed, C1 and bidi as references. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!)
    .replace(INERT_IN_XML, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

/** An attribute value for XML: as escapeXml, with tab, LF and CR as references, since parsers turn literal ones into spaces (XML 1.0 §3.3.3). */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text and attribute values for HTML (and inline SVG): markup characters as
 * entities; control characters shown as `\uXXXX` like the terminal does, so a
 * reviewer sees exactly what the data held.
 */
export function escapeHtml(text: string): string {
  return escapeTerminal(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

const MARKDOWN_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '@': '&#64;<!-- -->', '#': '&#35;', ':': '&#58;', '.': '&#46;' };

/**
 * A value inside a GitHub-flavoured Markdown table cell or list item: HTML
 * cannot render, emphasis, code and links cannot start (`[` is enough to stop a
 * link or image), `|` cannot end the cell, line breaks cannot end the row,
 * `@name` / `#123` cannot mention people or link issues, and no bare URL or
 * e-mail address is autolinked (GFM's extension): the `:` of `scheme://` and
 * the `.` of `www.` are entities (cmark-gfm recognises those while parsing, so
 * an entity stops it), and an empty HTML comment after `@` splits the text
 * node an e-mail address would have to lie in (cmark-gfm finds those after
 * decoding entities, so `&#64;` alone does not stop it).
 */
export function escapeMarkdownCell(text: string): string {
  // one pass, so the `#` of an entity just written is never escaped again
  return escapeTerminal(text).replace(/:(?=\/\/)|(?<=(?:^|[^a-z0-9])www)\.|[&<>@#]|[\\`*_[\]|~]/gi, (c) => MARKDOWN_ENTITIES[c] ?? `\\${c}`);
}

/** Leading characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One text cell of a CSV file (RFC 4180). A cell that a spreadsheet would run
 * as a formula is prefixed with `'`; a cell with a comma, quote or line break
 * is quoted, inner quotes doubled. Numbers written by fairgate do not go
 * through here, so `-0.09` stays a number.
 */
export function neutraliseCsvCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
