import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { generateTable, toDelimited, toJsonLines, toParquet, type Table } from '../helpers/table-formats.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-input-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARGS = ['-g', 'g,h', '--prediction', 'd', '--label', 'y', '--score', 's', '--format', 'json'];
const at = (name: string) => path.join(dir, name);
/**
 * A report without what names the bytes read, nor how text was read (the
 * config echoes a given --delimiter or --decimal-comma; a detected one is null).
 */
function content(run: { stdout: string; stderr: string }): unknown {
  expect(run.stderr.replace(/^fairgate: note: .*\n/, '')).toBe('');
  const { input, command: _c, config, ...rest } = JSON.parse(run.stdout) as { input: Record<string, unknown>; command: unknown; config: Record<string, unknown> };
  const { file: _f, sha256: _s, bytes: _b, sources: _x, ...kept } = input;
  const { delimiter: _d, decimalComma: _m, ...settings } = config;
  return { ...rest, config: settings, input: kept };
}
const audit = (args: string[], input?: Buffer) => runCli(['audit', ...args], { cwd: dir, ...(input ? { input } : {}) });

let table: Table;
beforeAll(async () => {
  table = generateTable(7, 5000);
  writeFileSync(at('all.csv'), toDelimited(table, ','));
  writeFileSync(at('semi.csv'), toDelimited(table, ';', true));
  writeFileSync(at('rows.jsonl'), toJsonLines(table));
  await toParquet(table, dir, at('rows.parquet'), 'snappy');
  const half = { rows: table.rows.slice(0, 2500) };
  const rest = { rows: table.rows.slice(2500) };
  writeFileSync(at('part-1.csv'), toDelimited(half, ';', true));
  await toParquet(rest, dir, at('part-2.parquet'), 'zstd');
}, 120_000);

describe('input formats through the CLI', () => {
  it('says in one line on standard error what it detected (not with --quiet), and nothing when told', () => {
    const sniffed = audit(['semi.csv', ...ARGS]);
    expect(sniffed.stderr).toBe("fairgate: note: semi.csv: read as ';'-separated with decimal commas (0,5), as the header and the first 100 records show; --delimiter ';' --decimal-comma says so and skips this note\n");
    const told = audit(['semi.csv', ...ARGS, '--delimiter', ';', '--decimal-comma']);
    expect(told.stderr).toBe('');
    expect(content(told)).toEqual(content(sniffed));
    expect(content(sniffed)).toEqual(content(audit(['all.csv', ...ARGS])));
    expect(audit(['semi.csv', ...ARGS, '--quiet']).stderr).toBe('');
  });

  it('reads the separator and decimal mark from the config file too; --no-decimal-comma turns a detected decimal comma off', () => {
    const reference = content(audit(['all.csv', ...ARGS]));
    writeFileSync(at('fairgate.config.yaml'), 'delimiter: ";"\ndecimalComma: true\n');
    try {
      const configured = audit(['semi.csv', ...ARGS]);
      // the config found in the working directory is named; no note on the separator, which it gives
      expect(configured.stderr).toBe('fairgate: using config fairgate.config.yaml (found in the working directory)\n');
      // the same report, but for the config file it names
      const { configFile, ...rest } = content({ ...configured, stderr: '' }) as Record<string, unknown>;
      expect(configFile).toEqual({ path: 'fairgate.config.yaml', foundBy: 'working-directory' });
      expect(rest).toEqual(reference);
    } finally {
      rmSync(at('fairgate.config.yaml'));
    }
    const off = audit(['semi.csv', ...ARGS, '--no-decimal-comma', '--delimiter', ';']);
    expect(off.exitCode).toBe(2);
    expect(off.stderr).toMatch(/^fairgate: semi\.csv, line \d+, column 6 \(s\): score "0,\d+" is not a number; expected a probability between 0 and 1 \(e\.g\. 0\.37\); if the file writes decimal commas, say so with --decimal-comma\n$/);
  });

  it('tells Parquet, gzip-compressed JSON Lines and ;-separated text on standard input by their first bytes', () => {
    const reference = content(audit(['all.csv', ...ARGS]));
    expect(content(audit(['-', ...ARGS], readFileSync(at('rows.parquet'))))).toEqual(reference);
    expect(content(audit(['-', ...ARGS], gzipSync(readFileSync(at('rows.jsonl')))))).toEqual(reference);
    const semicolon = audit(['-', ...ARGS], readFileSync(at('semi.csv')));
    expect(semicolon.stderr).toMatch(/^fairgate: note: -: read as ';'-separated with decimal commas/);
    expect(content(semicolon)).toEqual(reference);
  });

  it('a score cut-off (two passes) reads Parquet and JSON Lines on standard input too', () => {
    const cut = ['-g', 'g', '--label', 'y', '--score', 's', '--top-percent', '30', '--format', 'json'];
    const reference = content(audit(['all.csv', ...cut]));
    expect(content(audit(['-', ...cut], readFileSync(at('rows.parquet'))))).toEqual(reference);
    expect(content(audit(['rows.jsonl', ...cut, '--threads', '2']))).toEqual(reference);
  });

  it('aggregates shards of different formats (`;` text with decimal commas, Parquet) into the one-pass report of the whole', () => {
    const stats = ['-g', 'g,h', '--prediction', 'd', '--label', 'y', '--score', 's'];
    expect(runCli(['aggregate', 'part-1.csv', ...stats, '-o', 'a1.json'], { cwd: dir })).toMatchObject({ exitCode: 0 });
    expect(runCli(['aggregate', 'part-2.parquet', ...stats, '-o', 'a2.json'], { cwd: dir })).toMatchObject({ exitCode: 0, stderr: '' });
    const merged = audit(['--from-aggregates', 'a1.json', 'a2.json', '--format', 'json']);
    expect(content(merged)).toEqual(content(audit(['all.csv', ...ARGS])));
  });

  it('fairgate init guesses the same columns from `;` text with decimal commas and from JSON Lines as from the comma file, and refuses Parquet in one line', () => {
    const init = (file: string) => {
      const run = runCli(['init', file, '-o', `${file}.yaml`], { cwd: dir });
      expect(run).toMatchObject({ exitCode: 0, stderr: '' });
      return { said: run.stdout.replaceAll(file, 'FILE'), config: readFileSync(at(`${file}.yaml`), 'utf8').replaceAll(file, 'FILE') };
    };
    const reference = init('all.csv');
    expect(reference.said).toContain('label: y');
    expect(init('semi.csv')).toEqual(reference);
    expect(init('rows.jsonl')).toEqual(reference);
    expect(runCli(['init', 'rows.parquet', '-o', 'p.yaml'], { cwd: dir })).toMatchObject({
      exitCode: 2,
      stderr: 'fairgate: rows.parquet: fairgate init guesses columns from delimited text or JSON Lines, not Parquet: run it on a CSV export of the first rows, or without a file for the commented template\n',
    });
  });
});
