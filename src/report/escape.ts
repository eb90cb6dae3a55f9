/** Untrusted text (group names come from the data) made safe for each output format. */

// C0 and C1 control characters, including ESC (ANSI sequences) and the line breaks.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** For the terminal: control characters (ESC, CR, …) shown as `\uXXXX`, so data cannot move the cursor or recolour. */
export function escapeTerminal(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
