import { describeCharAt } from '../csv/utf8-check.js';

/**
 * The JSON values of one line, checked byte by byte (RFC 8259) without
 * building them: a string's content bytes and whether it has escapes, a
 * number's or a literal's bytes, and the extent of a nested object or array.
 * Each function returns the offset just after the value; a malformed value
 * throws a JsonValueError saying what is wrong (the scanner adds the line).
 */

export class JsonValueError extends Error {}

const QUOTE = 34;
const BACKSLASH = 92;
const ESCAPES = new Set([34, 92, 47, 98, 102, 110, 114, 116]); // " \ / b f n r t

/** What sits at buf[pos] for a message: a character, or the end of the line. */
export function describeAt(buf: Uint8Array, pos: number, end: number): string {
  return pos >= end ? 'the end of the line' : describeCharAt(buf, pos, end);
}

const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** A string whose opening quote is at buf[pos]: the offset after its closing quote; `escaped` tells whether it has escapes. */
export function scanString(buf: Uint8Array, pos: number, end: number, out: { escaped: boolean }): number {
  out.escaped = false;
  for (let i = pos + 1; i < end; i++) {
    const c = buf[i]!;
    if (c === QUOTE) return i + 1;
    if (c === BACKSLASH) {
      out.escaped = true;
      const e = buf[i + 1];
      if (e === 117) {
        for (let k = 2; k < 6; k++) if (i + k >= end || !isHex(buf[i + k]!)) throw new JsonValueError('a \\u escape needs four hexadecimal digits');
        i += 5;
      } else if (e !== undefined && i + 1 < end && ESCAPES.has(e)) i++;
      else throw new JsonValueError(`${describeAt(buf, i + 1, end)} cannot follow a backslash in a JSON string (escape a backslash as \\\\)`);
    } else if (c < 0x20) throw new JsonValueError(`a control character (0x${c.toString(16).padStart(2, '0')}) inside a string; JSON writes it escaped (\\n, \\t, \\u00XX)`);
  }
  throw new JsonValueError('a string is never closed: the line ends before its closing double quote');
}

const isDigit = (c: number | undefined) => c !== undefined && c >= 48 && c <= 57;

/** A number at buf[pos] (JSON's grammar: no leading +, no leading zeros, digits on both sides of the point). */
export function scanNumber(buf: Uint8Array, pos: number, end: number): number {
  let i = pos;
  const at = (k: number) => (k < end ? buf[k] : undefined);
  if (at(i) === 45) i++;
  if (at(i) === 48) i++;
  else if (isDigit(at(i))) while (isDigit(at(i))) i++;
  else throw new JsonValueError(`${describeAt(buf, i, end)} where a number's digits should be`);
  if (at(i) === 46) {
    i++;
    if (!isDigit(at(i))) throw new JsonValueError('a number needs digits after its decimal point (0.5, not 0. or .5)');
    while (isDigit(at(i))) i++;
  }
  if (at(i) === 101 || at(i) === 69) {
    i++;
    if (at(i) === 43 || at(i) === 45) i++;
    if (!isDigit(at(i))) throw new JsonValueError("a number's exponent needs digits (1e-3)");
    while (isDigit(at(i))) i++;
  }
  return i;
}

const LITERALS = [Buffer.from('true'), Buffer.from('false'), Buffer.from('null')];

/** `true`, `false` or `null` at buf[pos]. */
export function scanLiteral(buf: Uint8Array, pos: number, end: number): number {
  const literal = LITERALS.find((l) => l[0] === buf[pos])!;
  for (let k = 1; k < literal.length; k++) {
    if (pos + k >= end || buf[pos + k] !== literal[k]) {
      throw new JsonValueError(`a value starting ${describeAt(buf, pos, end)} that is not ${literal.toString()}; text values go in double quotes`);
    }
  }
  return pos + literal.length;
}

/** An object or array at buf[pos]: its extent (brackets matched outside strings), then its syntax checked by JSON.parse. */
export function scanNested(buf: Uint8Array, pos: number, end: number): number {
  let depth = 0;
  const string = { escaped: false };
  for (let i = pos; i < end; ) {
    const c = buf[i]!;
    if (c === QUOTE) {
      i = scanString(buf, i, end, string);
      continue;
    }
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
    i++;
    if (depth === 0) {
      try {
        JSON.parse(Buffer.from(buf.buffer, buf.byteOffset + pos, i - pos).toString('utf8'));
      } catch (error) {
        throw new JsonValueError(`a nested ${buf[pos] === 123 ? 'object' : 'array'} that is not valid JSON (${(error as Error).message})`);
      }
      return i;
    }
  }
  throw new JsonValueError(`a nested ${buf[pos] === 123 ? 'object' : 'array'} is never closed on this line`);
}

/** The text of a string whose quotes are at buf[from] and buf[to − 1], its escapes decoded. */
export function stringText(buf: Buffer, from: number, to: number, isEscaped: boolean): string {
  return isEscaped ? (JSON.parse(buf.toString('utf8', from, to)) as string) : buf.toString('utf8', from + 1, to - 1);
}
