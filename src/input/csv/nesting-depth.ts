/**
 * How deeply a JSON (or YAML flow) text nests its brackets, found by one scan
 * before it is parsed: `[[[[…]]]]` 200,000 deep parses, but what reads the
 * parsed value afterwards (validation, messages, JSON.stringify) recurses and
 * would overflow the stack. Brackets inside double-quoted strings (and, for
 * YAML, single-quoted strings and comments) do not count.
 */
export interface TooDeep {
  line: number;
  column: number;
}

/** Where the text first nests deeper than `limit`, or undefined. */
export function firstTooDeep(text: string, limit: number, isYaml = false): TooDeep | undefined {
  let depth = 0;
  let quote = '';
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      if (isYaml && quote === '#') quote = '';
      continue;
    }
    if (quote === '#') continue; // a YAML comment, to the end of the line
    if (quote !== '') {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) {
        // YAML doubles a single quote inside a single-quoted string
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = '';
      }
      continue;
    }
    if (c === '"' || (isYaml && c === "'")) quote = c;
    else if (isYaml && c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) quote = '#';
    else if (c === '[' || c === '{') {
      if (++depth > limit) return { line, column: i - lineStart + 1 };
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** The depth of a parsed value, counted without recursion (stops past `limit`). */
export function valueDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    deepest = Math.max(deepest, d + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return deepest;
}
