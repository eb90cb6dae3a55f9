import { createRequire } from 'node:module';
import type { Document, LineCounter } from 'yaml';
import { ConfigError } from '../model/errors.js';
import { firstTooDeep, valueDepth } from '../input/csv/nesting-depth.js';

// Under Node the `yaml` package is CommonJS (its ESM import loads the same file): required on first use,
// so that an audit with a JSON config or none does not load the YAML parser.
const require = createRequire(import.meta.url);
const yaml = (): typeof import('yaml') => require('yaml') as typeof import('yaml');

/** Deeper than any fairgate config nests (rules: a list of mappings of lists: 4 levels). */
const MAX_DEPTH = 16;
/** The tags plain YAML values resolve to; any other explicit tag (`!!js/function`, `!!binary`, `!custom`) is refused. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

const at = (line: number, column: number) => `line ${line}, column ${column}`;

function fail(shown: string, where: string, message: string): never {
  throw new ConfigError(shown, [{ path: where, message }]);
}

/** A JSON config: its nesting checked before parsing, a syntax error located by line and column. */
function parseJson(text: string, shown: string): unknown {
  const deep = firstTooDeep(text, MAX_DEPTH);
  if (deep) fail(shown, at(deep.line, deep.column), `nested more than ${MAX_DEPTH} levels deep; a fairgate config is a few levels deep`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const before = position ? text.slice(0, Number(position[1])) : '';
    const where = position ? at(before.split('\n').length, Number(position[1]) - before.lastIndexOf('\n')) : '';
    // V8 quotes the text around the error (data): the message keeps only what is wrong
    const what = message.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*$/s, '').replace(/\s+/g, ' ');
    return fail(shown, where, `not valid JSON: ${what}; fix the syntax there (brackets, commas, quotes)`);
  }
}

/** The first explicit tag a plain config does not use, with where it is. */
function unknownTag(doc: Document.Parsed, lines: LineCounter): { tag: string; line: number; col: number } | undefined {
  let found: { tag: string; line: number; col: number } | undefined;
  yaml().visit(doc, (_key, node) => {
    const tagged = node as { tag?: string; range?: [number, number, number] } | null; // an empty value is null
    if (!tagged || tagged.tag === undefined || PLAIN_TAGS.has(tagged.tag)) return undefined;
    found = { tag: tagged.tag.replace(/^tag:yaml\.org,2002:/, '!!'), ...lines.linePos(tagged.range?.[0] ?? 0) };
    return yaml().visit.BREAK;
  });
  return found;
}

/**
 * A YAML config as plain data: every parser error and warning (an unresolved
 * tag is only a warning to the parser, printed by Node) is a located config
 * error; explicit tags other than the plain ones, alias bombs and deep
 * nesting are refused.
 */
function parseYaml(text: string, shown: string): unknown {
  const { LineCounter, parseDocument } = yaml();
  const deep = firstTooDeep(text, MAX_DEPTH, true);
  if (deep) fail(shown, at(deep.line, deep.column), `nested more than ${MAX_DEPTH} levels deep; a fairgate config is a few levels deep`);
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, logLevel: 'silent', lineCounter: lines });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const pos = problem.linePos?.[0];
    const message = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const text = problem.code === 'RESOURCE_EXHAUSTION' ? `nested too deeply to read; a fairgate config is a few levels deep` : problem.code === 'TAG_RESOLVE_FAILED' ? `unknown YAML tag ${message.replace(/^Unresolved tag: /, '').replace(/^tag:yaml\.org,2002:/, '!!')}; a config holds plain values: remove the tag` : `not valid YAML: ${message}; fix the syntax there (indentation, brackets, quotes)`;
    fail(shown, pos ? at(pos.line, pos.col) : '', text);
  }
  const tag = unknownTag(doc, lines);
  if (tag) fail(shown, at(tag.line, tag.col), `YAML tag ${tag.tag} is not allowed; a config holds plain values (text, numbers, true/false, lists, mappings): remove the tag`);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return fail(shown, '', `not usable YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (valueDepth(value, MAX_DEPTH) > MAX_DEPTH) fail(shown, '', `nested more than ${MAX_DEPTH} levels deep; a fairgate config is a few levels deep`);
  return value;
}

/** The parsed config text (I/O and validation are elsewhere); `shown` names the file in errors. */
export function parseConfigText(text: string, isJson: boolean, shown: string): unknown {
  const raw = isJson ? parseJson(text, shown) : parseYaml(text, shown);
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) {
    fail(shown, '', 'expected a mapping of keys (columns:, groups:, rules: …) at the top level');
  }
  return raw;
}
