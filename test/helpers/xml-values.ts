/**
 * What a conforming XML 1.0 parser reports for a raw text node or attribute
 * value (as fast-xml-parser returns them with `processEntities: false`).
 *
 * fast-xml-parser is not a conforming oracle for character references: with
 * `htmlEntities: false` it leaves `&#x2066;` undecoded, and with `true` it
 * decodes `&#x85;` (any C1 control) to nothing, as HTML does. A conforming
 * parser (expat, libxml2, Xerces — what JUnit consumers use) reads every
 * reference to a legal character back as that character. So the structure
 * comes from fast-xml-parser and the values are decoded here, by the spec.
 */

// one pass over the raw value: the five predefined entities (§4.6), character references (§4.1), a literal
// tab or line break, or a bare & (ill-formed). One pass, so `&amp;#x41;` is the text `&#x41;`, never `A`.
const TOKEN = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(amp|lt|gt|quot|apos));|[\t\n]|&/g;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Char (§2.2): tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. */
function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

function referenced(hex: string | undefined, dec: string | undefined, name: string | undefined): string {
  if (name !== undefined) return PREDEFINED[name]!;
  const cp = hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(dec!, 10);
  // WFC: Legal Character — a reference to anything else makes the document ill-formed
  if (!isXmlChar(cp)) throw new Error(`reference to a character XML 1.0 forbids: U+${cp.toString(16).toUpperCase()}`);
  return String.fromCodePoint(cp);
}

function decode(raw: string, literalSpace: (c: string) => string): string {
  for (const c of raw) if (!isXmlChar(c.codePointAt(0)!)) throw new Error(`a character XML 1.0 forbids: U+${c.codePointAt(0)!.toString(16).toUpperCase()}`);
  // end-of-line handling (§2.11) applies to the document's characters, not to referenced ones
  return raw.replace(/\r\n?/g, '\n').replace(TOKEN, (m: string, hex?: string, dec?: string, name?: string) => {
    if (m === '\t' || m === '\n') return literalSpace(m);
    if (m === '&') throw new Error(`a bare & in ${JSON.stringify(raw)}`);
    return referenced(hex, dec, name);
  });
}

/** Character data: line ends normalised, references replaced. */
export function xmlTextValue(raw: string): string {
  return decode(raw, (c) => c);
}

/** An attribute value (§3.3.3, CDATA): as text, but each literal tab or line break becomes a space; referenced ones stay. */
export function xmlAttributeValue(raw: string): string {
  return decode(raw, () => ' ');
}
