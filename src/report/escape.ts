/** Untrusted text (group names come from the data) made safe for each output format. */

// C0 and C1 control characters, including ESC (ANSI sequences) and the line breaks, and the bidirectional
// overrides and isolates that can make a table cell display other text than it holds ("Trojan Source").
const CONTROL_AND_BIDI = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** For the terminal: control characters (ESC, CR, bidi overrides, …) shown as `\uXXXX`, so data cannot move the cursor, recolour or reorder. */
export function escapeTerminal(text: string): string {
  return text.replace(CONTROL_AND_BIDI, unicodeEscape);
}

/** A character as the `\uXXXX` escape that JSON and JavaScript read back as the same character. */
export function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
