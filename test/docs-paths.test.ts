import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run-cli.js';

// The README and docs/ are the reference users read: every source path they name must exist.
const documents = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

describe('paths named in the documentation', () => {
  it.each(documents)('%s names only files and folders that exist', (doc) => {
    const text = readFileSync(path.join(ROOT, doc), 'utf8');
    const named = [...new Set([...text.matchAll(/`((?:src|test|bench|scripts|schema|fixtures)\/[\w./-]*)`/g)].map((m) => m[1]!))];
    // bench/data/ is made by the benchmark (gitignored)
    expect(named.filter((p) => p !== 'bench/data/' && !existsSync(path.join(ROOT, p)))).toEqual([]);
  });
});

describe('names from history', () => {
  it('no source file or document cites a SPEC section or an issue number (users have neither)', () => {
    const files = [...documents, ...sourceFiles('src')];
    const cites = files.flatMap((f) => [...readFileSync(path.join(ROOT, f), 'utf8').matchAll(/SPEC §|\b[Ii]ssue[ -]?\d+\b/g)].map((m) => `${f}: ${m[0]}`));
    expect(cites).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
}
