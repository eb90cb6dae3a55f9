/**
 * `JSON.stringify(value, null, indent)` as pieces whose concatenation is
 * exactly that text, made one at a time as they are read: a report larger
 * than the longest string V8 can hold (2^29 − 24 characters: 60,000 to
 * 100,000 groups of JSON) is still written, piece by piece, and its text is
 * never all in memory at once. Plain objects and arrays are opened
 * here, down to `depth` levels; each member below that is stringified whole
 * and re-indented (JSON.stringify writes a newline only between tokens, never
 * inside a string, so indenting every line is exact). Members are omitted and
 * written as `null` as JSON.stringify does (undefined, functions, symbols);
 * anything else (a toJSON, a typed array, a Map) is left to JSON.stringify.
 */
export function jsonPieces(value: unknown, indent = 2, depth = 4): Generator<string> {
  return write(value, '', depth, indent);
}

/** The pieces of a JSON document: the value's, then the line break that ends the file. */
export function* jsonDocument(value: unknown, indent = 2, depth = 4): Generator<string> {
  yield* jsonPieces(value, indent, depth);
  yield '\n';
}

function isPlain(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

const isOmitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function* write(value: unknown, pad: string, depth: number, indent: number): Generator<string> {
  if (depth === 0 || !isPlain(value)) {
    const text = JSON.stringify(value, null, indent) ?? 'null';
    yield pad === '' ? text : text.replaceAll('\n', `\n${pad}`);
    return;
  }
  // indent 0 is JSON.stringify's compact form: no line breaks, no space after a key's colon
  const [br, colon] = indent === 0 ? ['', ':'] : ['\n', ': '];
  const inner = pad + ' '.repeat(indent);
  const members: [string | null, unknown][] = Array.isArray(value)
    ? value.map((v) => [null, isOmitted(v) ? null : v])
    : Object.entries(value).flatMap(([k, v]): [string, unknown][] => (isOmitted(v) ? [] : [[k, v]]));
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (members.length === 0) {
    yield open + close;
    return;
  }
  for (let i = 0; i < members.length; i++) {
    const [key, member] = members[i]!;
    yield `${i === 0 ? open : ','}${br}${inner}${key === null ? '' : `${JSON.stringify(key)}${colon}`}`;
    yield* write(member, inner, depth - 1, indent);
  }
  yield `${br}${pad}${close}`;
}
