import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/**
 * Ordinal bands and numbered groups in natural order in every format the CLI
 * writes (JSON, CSV, Markdown, the terminal table), whatever order the rows
 * meet them in: `<25` before `25-34` before `65+`, `decile 2` before
 * `decile 10`. Text order would put `<25` last and `decile 10` second.
 */

const AGES = ['65+', '35-44', '<25', '55-64', '25-34', '45-54'];
const DECILES = ['decile 10', 'decile 2', 'decile 1', 'decile 9'];
const AGE_ORDER = ['<25', '25-34', '35-44', '45-54', '55-64', '65+'];
const DECILE_ORDER = ['decile 1', 'decile 2', 'decile 9', 'decile 10'];

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-bands-'));
const data = path.join(dir, 'bands.csv');
// 240 rows, every age with every decile 10 times; about half selected, the pattern differing by row so no rate is 0 or 1
const rows = Array.from({ length: 240 }, (_, i) => `${AGES[i % AGES.length]},${DECILES[Math.floor(i / AGES.length) % DECILES.length]},${(i * 7) % 11 < 5 ? 1 : 0}`);
writeFileSync(data, `age,decile,selected\n${rows.join('\n')}\n`);
const out = (ext: string) => path.join(dir, `r.${ext}`);
const run = runCli(['audit', data, '-g', 'age', '-g', 'decile', '--prediction', 'selected', '--rule', 'disparate_impact>=0.5', ...['json', 'csv', 'md', 'txt'].flatMap((e) => ['-o', out(e)]), '--quiet']);
const read = (ext: string) => readFileSync(out(ext), 'utf8');

/** The first column of the Markdown table under `### name`. */
function markdownGroups(md: string, name: string): string[] {
  const lines = md.slice(md.indexOf(`### ${name}\n`)).split('\n');
  const start = lines.findIndex((l) => l.startsWith('| '));
  const body: string[] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) body.push(lines[i]!.split(' | ')[0]!.slice(2).replace(/\\(.)/g, '$1').replace(/&lt;/g, '<'));
  return body;
}

/** The group column of the terminal table that follows the line naming the attribute. */
function terminalGroups(text: string, name: string): string[] {
  const lines = text.slice(text.indexOf(`\n${name}  `) + 1).split('\n');
  const end = lines.findIndex((l) => l.startsWith('└'));
  const rows = lines.slice(1, end).filter((l) => l.startsWith('│'));
  return rows.slice(1).map((l) => l.split('│')[1]!.trim()); // after the header row
}

describe('natural order of bands and numbered groups in every format', () => {
  it('audits the table', () => {
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.exitCode);
    // text order differs: the test means something
    expect([...AGE_ORDER].sort()).not.toEqual(AGE_ORDER);
    expect([...DECILE_ORDER].sort()).not.toEqual(DECILE_ORDER);
  });

  it('JSON: each attribute lists its groups in natural order', () => {
    const report = JSON.parse(read('json')) as { attributes: { name: string; groups: { key: string }[] }[] };
    expect(report.attributes.map((a) => [a.name, a.groups.map((g) => g.key)])).toEqual([
      ['age', AGE_ORDER],
      ['decile', DECILE_ORDER],
    ]);
  });

  it('CSV: the rows of each attribute in natural order', () => {
    const records = parse(read('csv'), { columns: true }) as Record<string, string>[];
    const keysOf = (name: string) => records.filter((r) => r.attribute === name && r.group !== '').map((r) => r.group);
    expect(keysOf('age')).toEqual(AGE_ORDER);
    expect(keysOf('decile')).toEqual(DECILE_ORDER);
  });

  it('Markdown and the terminal table: the rows of each attribute in natural order', () => {
    const md = read('md');
    expect(markdownGroups(md, 'age')).toEqual(AGE_ORDER);
    expect(markdownGroups(md, 'decile')).toEqual(DECILE_ORDER);
    const text = read('txt');
    expect(terminalGroups(text, 'age')).toEqual(AGE_ORDER);
    expect(terminalGroups(text, 'decile')).toEqual(DECILE_ORDER);
  });
});
