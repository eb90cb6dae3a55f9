import { describeAt, JsonValueError, scanLiteral, scanNested, scanNumber, scanString } from './json-values.js';

/**
 * One line of JSON Lines, buf[from, to) without its line break: one JSON
 * object, walked without building it. `visit` is called with each member —
 * the key's bytes (with its quotes) and the value's kind and bytes — in the
 * order written. Whitespace around tokens is allowed; anything else than one
 * object is a JsonValueError (the scanner adds the line number).
 */

/** A member's value: a string, a number, true, false, null, or a nested object or array. */
export const ValueKind = { String: 0, Number: 1, True: 2, False: 3, Null: 4, Nested: 5 } as const;
export type ValueKind = (typeof ValueKind)[keyof typeof ValueKind];

export interface Member {
  keyStart: number;
  keyEnd: number;
  isKeyEscaped: boolean;
  kind: ValueKind;
  valueStart: number;
  valueEnd: number;
  /** a string value with escapes (its text is decoded from JSON) */
  isEscaped: boolean;
}

const isSpace = (c: number | undefined) => c === 32 || c === 9 || c === 13;

function skipSpace(buf: Uint8Array, pos: number, to: number): number {
  while (pos < to && isSpace(buf[pos])) pos++;
  return pos;
}

/** Whether buf[from, to) is blank: only spaces, tabs and a CR. */
export function isBlankLine(buf: Uint8Array, from: number, to: number): boolean {
  return skipSpace(buf, from, to) >= to;
}

const NOT_OBJECT: Readonly<Record<number, string>> = {
  91: 'this line is a JSON array; each line must hold one JSON object, {"column": value, …} (an array of rows is a JSON document, not JSON Lines: convert it, e.g. jq -c \'.[]\')',
  34: 'this line is a JSON string; each line must hold one JSON object, {"column": value, …}',
};

/** The object is not closed before the end of the line. */
const lineEnds = () =>
  new JsonValueError('the line ends inside the object: each line must hold one whole JSON object (pretty-printed JSON spans lines: write one object per line, e.g. jq -c)');

/** Reused by every walk (one line at a time): no allocation per value. */
const escape = { escaped: false };
const member: Member = { keyStart: 0, keyEnd: 0, isKeyEscaped: false, kind: ValueKind.Null, valueStart: 0, valueEnd: 0, isEscaped: false };

function scanValue(buf: Uint8Array, pos: number, to: number, member: Member): number {
  if (pos >= to) throw lineEnds();
  const c = buf[pos];
  member.valueStart = pos;
  member.isEscaped = false;
  if (c === 34) {
    member.kind = ValueKind.String;
    const next = scanString(buf, pos, to, escape);
    member.isEscaped = escape.escaped;
    return next;
  }
  if (c === 116 || c === 102 || c === 110) {
    member.kind = c === 116 ? ValueKind.True : c === 102 ? ValueKind.False : ValueKind.Null;
    return scanLiteral(buf, pos, to);
  }
  if (c === 123 || c === 91) {
    member.kind = ValueKind.Nested;
    return scanNested(buf, pos, to);
  }
  if (c === 45 || (c !== undefined && c >= 48 && c <= 57)) {
    member.kind = ValueKind.Number;
    return scanNumber(buf, pos, to);
  }
  throw new JsonValueError(`${describeAt(buf, pos, to)} where a value should be (a string in double quotes, a number, true, false, null)`);
}

/** Walks the object of the line buf[from, to), calling `visit` for each member. */
export function walkObjectLine(buf: Uint8Array, from: number, to: number, visit: (member: Member) => void): void {
  let pos = skipSpace(buf, from, to);
  const first = buf[pos]!;
  if (first !== 123) {
    const known = NOT_OBJECT[first];
    if (known) throw new JsonValueError(known);
    throw new JsonValueError(`the line starts with ${describeAt(buf, pos, to)}; each line must hold one JSON object, {"column": value, …}`);
  }
  pos = skipSpace(buf, pos + 1, to);
  if (buf[pos] === 125) return afterObject(buf, pos + 1, to);
  for (;;) {
    if (pos >= to) throw lineEnds();
    if (buf[pos] !== 34) throw new JsonValueError(`expected a key in double quotes but found ${describeAt(buf, pos, to)}`);
    member.keyStart = pos;
    pos = scanString(buf, pos, to, escape);
    member.keyEnd = pos;
    member.isKeyEscaped = escape.escaped;
    pos = skipSpace(buf, pos, to);
    if (pos >= to) throw lineEnds();
    if (buf[pos] !== 58) throw new JsonValueError(`expected ':' after a key but found ${describeAt(buf, pos, to)}`);
    pos = skipSpace(buf, pos + 1, to);
    pos = scanValue(buf, pos, to, member);
    member.valueEnd = pos;
    visit(member);
    pos = skipSpace(buf, pos, to);
    if (pos < to && buf[pos] === 44) {
      pos = skipSpace(buf, pos + 1, to);
      continue;
    }
    if (pos < to && buf[pos] === 125) return afterObject(buf, pos + 1, to);
    throw pos >= to ? lineEnds() : new JsonValueError(`expected ',' or '}' after a value but found ${describeAt(buf, pos, to)}`);
  }
}

function afterObject(buf: Uint8Array, pos: number, to: number): void {
  const rest = skipSpace(buf, pos, to);
  if (rest < to) throw new JsonValueError(`${describeAt(buf, rest, to)} after the object's closing brace; each line holds one JSON object and nothing else`);
}
