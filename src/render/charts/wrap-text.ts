import { escapeHtml } from '../escape.js';

/**
 * Chart text that is never cut: a long group name wraps onto more lines
 * (at spaces, then after `|`, `/`, `-`, `_`, `,`, and inside a word only when
 * it alone is wider than the line), and the chart makes room for the lines.
 * Widths are estimated for the charts' 12 px sans-serif type on the generous
 * side, so an estimate never falls short of what a browser draws.
 */

/** Width in pixels of a character at 12 px: wide (CJK, emoji) characters count double, narrow punctuation less. */
function charWidth(c: string): number {
  const code = c.codePointAt(0)!;
  if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || code >= 0x1f000)) return 13;
  if (/[ijlI.,:;'|!()[\]\s]/.test(c)) return 4;
  if (/[mwMW@%]/.test(c)) return 11;
  if (/[A-Z]/.test(c)) return 8.5;
  return 7;
}

/** Estimated width of a text at 12 px. */
export function textWidth(text: string): number {
  return Array.from(text).reduce((w, c) => w + charWidth(c), 0);
}

/** Pieces that may end a line: a word with the space or separator that follows it. */
function pieces(text: string): string[] {
  return text.match(/[^\s|/\-_,]*[\s|/\-_,]*/gu)?.filter((p) => p !== '') ?? [text];
}

/** Splits a piece wider than a line into parts that fit (code points, so an emoji is never cut in half). */
function hardBreak(piece: string, maxWidth: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const c of Array.from(piece)) {
    if (line && textWidth(line + c) > maxWidth) {
      out.push(line);
      line = '';
    }
    line += c;
  }
  return line ? [...out, line] : out;
}

/** The lines of `text` at most `maxWidth` pixels wide. */
export function wrapLines(text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text)) {
    if (textWidth(line + piece.trimEnd()) <= maxWidth) {
      line += piece;
      continue;
    }
    if (line) lines.push(line.trimEnd());
    const parts = textWidth(piece.trimEnd()) > maxWidth ? hardBreak(piece.trimEnd(), maxWidth) : [piece];
    line = parts.pop() ?? '';
    lines.push(...parts);
  }
  if (line.trimEnd() || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** Line height of wrapped chart text at 12 px. */
export const LINE_HEIGHT = 14;

/**
 * A `<text>` of one or more lines: `lines` from wrapLines, the first at `y`
 * (its baseline), each next one `lineHeight` below; `x` and the other
 * attributes apply to every line.
 */
export function multilineText(lines: readonly string[], x: string, y: number, attributes: string, lineHeight = LINE_HEIGHT): string {
  const spans = lines.map((l, i) => `<tspan x="${x}"${i === 0 ? '' : ` dy="${lineHeight}"`}>${escapeHtml(l)}</tspan>`).join('');
  return `<text ${attributes} y="${Math.round(y * 10) / 10}">${spans}</text>`;
}
