import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { isKnownError } from '../../src/model/errors.js';

/**
 * What the side-file fuzz tests share: a scratch folder, JSON mutations, and
 * the one check that matters — a side file is either read, or refused with a
 * known error (exit 2 in the CLI) whose every line is a complete message;
 * never a crash ("internal error").
 */
export const scratch = mkdtempSync(path.join(tmpdir(), 'fairgate-fuzz-side-'));
/** Writes bytes to the scratch file of that name (each run overwrites the last); returns its path. */
export function fileWith(bytes: string | Uint8Array, name = 'side'): string {
  const file = path.join(scratch, name);
  writeFileSync(file, bytes);
  return file;
}

/** Runs `read`; a thrown error must be a known one with one complete line per problem. */
export function expectReadOrRefused(read: () => unknown): 'read' | 'refused' {
  try {
    read();
    return 'read';
  } catch (error) {
    if (!isKnownError(error)) throw error;
    for (const line of error.message.split('\n')) {
      expect(line.trim()).not.toBe('');
      expect(line).not.toMatch(/^\s+at /);
    }
    return 'refused';
  }
}

/** Values that break schemas and code that trusts them. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(-1, 0.5, 1e308, -0, 2 ** 53 + 2, '', '12', 'NaN', null, true, [], {}, [[[]]], { __proto__: 1 }, '__proto__', 'constructor'),
  fc.integer(),
  fc.string({ maxLength: 6 }),
  fc.jsonValue({ maxDepth: 3 }),
);

type Json = unknown;
/** Every path to a value inside a JSON value (objects and arrays). */
export function jsonPaths(json: Json, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(json)) return [at, ...json.flatMap((v, i) => jsonPaths(v, [...at, i]))];
  if (typeof json === 'object' && json !== null) return [at, ...Object.entries(json).flatMap(([k, v]) => jsonPaths(v, [...at, k]))];
  return [at];
}

/** One mutation of a JSON document: a value replaced, a key removed, or a key added. */
export const jsonMutation = fc.tuple(fc.nat(), fc.constantFrom('replace', 'remove', 'add'), hostileValue, fc.constantFrom('x', '__proto__', 'constructor', 'version', 'n'));

export function mutate(json: Json, [pick, kind, value, key]: [number, string, unknown, string]): Json {
  const copy = JSON.parse(JSON.stringify(json)) as Json;
  const paths = jsonPaths(copy).filter((p) => p.length > 0);
  if (paths.length === 0) return value;
  const target = paths[pick % paths.length]!;
  const parent = target.slice(0, -1).reduce<Json>((o, k) => (o as Record<string | number, Json>)[k], copy) as Record<string | number, Json>;
  const last = target.at(-1)!;
  if (kind === 'replace') parent[last] = value;
  else if (kind === 'remove') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
  else if (!Array.isArray(parent)) Object.defineProperty(parent, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

/** Bytes damaged: cut short, or a few bytes inserted. */
export const byteDamage = fc.tuple(fc.nat(), fc.uint8Array({ minLength: 0, maxLength: 3 }), fc.boolean());
export function damage(text: string, [at, insert, isCut]: [number, Uint8Array, boolean]): Buffer {
  const bytes = Buffer.from(text);
  const i = at % (bytes.length + 1);
  return isCut ? bytes.subarray(0, i) : Buffer.concat([bytes.subarray(0, i), insert, bytes.subarray(i)]);
}
