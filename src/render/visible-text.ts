/**
 * Text from the data, the config or the environment, made visible: nothing in
 * it can act on a terminal, reorder a line, or hide. Two different strings
 * never display the same.
 *
 * - Control characters (C0, C1: ESC, CR, …), format characters (bidi marks,
 *   overrides and isolates, zero-width space / joiner / non-joiner, word
 *   joiner, byte order mark, soft hyphen, …), other default-ignorable code
 *   points (variation selectors, Hangul fillers, tag characters), line and
 *   paragraph separators and spaces other than U+0020 are shown as `\uXXXX`.
 * - Where a stretch of text is not in Unicode NFC (`e` + U+0301 beside `é`,
 *   the Ångström sign beside `Å`, decomposed Hangul), its non-ASCII characters
 *   are shown as `\uXXXX` too, so that canonically equivalent values that are
 *   different strings — different groups — never print alike.
 * - A backslash is doubled where it could be read as the start of such an
 *   escape (before `u`, another backslash, or an escaped character), so the
 *   display decodes back to exactly one string (JSON's reading of `\\` and
 *   `\uXXXX`).
 *
 * Text that has none of these — ordinary names — is returned unchanged.
 */

const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
/** A starter and the combining marks (and conjoining Hangul jamo) after it: the stretch NFC composes within. */
const CLUSTER = /[\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\uac00-\ud7a3]+\p{M}*|[^]\p{M}*/gu;
/** A character JSON.stringify may leave raw that could need escaping (DEL and everything beyond ASCII). */
const NOT_ASCII = /[^\u0000-\u007e]/;
/** Characters that cannot need any of this (ASCII text without backslash or controls): the fast path. */
const PLAIN = /^[\u0020-\u005b\u005d-\u007e]*$/;

/** Each UTF-16 unit of a character as `\uXXXX`, as JSON and JavaScript read it back. */
export function unicodeEscapes(c: string): string {
  let out = '';
  for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/** The text as pieces: [shown, isEscape], per character; `keepAscii` leaves ASCII controls alone (JSON has escaped those in its strings, and its layout needs the rest). */
function pieces(text: string, keepAscii = false): [string, boolean][] {
  const out: [string, boolean][] = [];
  for (const cluster of text.match(CLUSTER) ?? []) {
    // marks of a stretch not in NFC, after a hidden (escaped) character, or with no character to sit on would
    // combine with whatever is shown before them: the whole stretch's non-ASCII characters are escaped then
    const isFragile = cluster.normalize('NFC') !== cluster || /^\p{M}/u.test(cluster) || (cluster.length > 1 && HIDDEN.test(cluster));
    for (const c of cluster) {
      const code = c.charCodeAt(0);
      const isEscaped = keepAscii && code < 0x7f ? false : HIDDEN.test(c) || (isFragile && code > 0x7f);
      out.push(isEscaped ? [unicodeEscapes(c), true] : [c, false]);
    }
  }
  return out;
}

/**
 * The text for display: see above. `isExact: false` leaves backslashes alone,
 * for messages that quote values as JSON strings (JSON.stringify has escaped
 * their backslashes and controls already: doubling would show `\\u001b`).
 */
export function visibleText(text: string, isExact = true): string {
  if (PLAIN.test(text)) return text;
  const parts = pieces(text);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const [shown, isEscape] = parts[i]!;
    const next = parts[i + 1];
    const isAmbiguous = isExact && !isEscape && shown === '\\' && next !== undefined && (next[1] || next[0] === '\\' || next[0][0] === 'u');
    out += isAmbiguous ? '\\\\' : shown;
  }
  return out;
}

/** Whether a string displays differently from itself: it holds hidden characters or text not in NFC. */
export function hasHiddenDifferences(text: string): boolean {
  return !PLAIN.test(text) && (HIDDEN.test(text) || text.normalize('NFC') !== text);
}

/**
 * JSON text with the same characters escaped as `\uXXXX` inside its strings
 * (JSON.stringify leaves them raw): the same values when parsed, visible when
 * read. Backslashes need no care, JSON has already escaped them.
 */
export function visibleJson(json: string): string {
  // most reports are ASCII: a test finds that many times faster than a replace that matches nothing
  if (!NOT_ASCII.test(json)) return json;
  // each run of non-ASCII characters (and DEL), with the character before it: the starter its marks may combine with
  return json.replace(/[^\u0000-\u007e]+/g, (run: string, at: number) => {
    const before = at > 0 ? json[at - 1]! : '';
    return pieces(before + run, true)
      .map(([shown]) => shown)
      .join('')
      .slice(before.length);
  });
}
