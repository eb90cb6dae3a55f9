import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-gzip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PLAIN = readFileSync(path.join(ROOT, 'fixtures/marketing/data.csv'));
const FLAGS = ['--group', 'gender,ethnicity,gender+ethnicity', '--prediction', 'targeted', '--label', 'converted', '--score', 'score', '--rule', 'disparate_impact>=0.8'];
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function write(name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

function report(args: string[], input?: Buffer): Record<string, unknown> {
  const run = runCli(['audit', ...args, ...FLAGS, '--format', 'json'], input ? { input } : {});
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(1); // the fixture fails the four-fifths rule for gender
  const parsed = JSON.parse(run.stdout) as Record<string, unknown>;
  assertValidReport(parsed);
  return parsed;
}

/** Everything but what describes the bytes read (name, hash, size) and the command line. */
function content(r: Record<string, unknown>): Record<string, unknown> {
  const { file: _f, sha256: _s, bytes: _b, ...input } = r.input as Record<string, unknown>;
  const { command: _c, ...rest } = r;
  return { ...rest, input };
}

describe('gzip input', () => {
  const plain = report([write('data.csv', PLAIN)]);
  const gz = gzipSync(PLAIN);

  it('a .csv.gz file gives the report of the plain file; SHA-256 and size are those of the file as given', () => {
    const r = report([write('data.csv.gz', gz)]);
    expect(content(r)).toEqual(content(plain));
    expect(r.input).toMatchObject({ file: path.join(dir, 'data.csv.gz'), sha256: sha256(gz), bytes: gz.length, rowsRead: 20000, rowsUsed: 20000 });
    expect(gz.length).toBeLessThan(PLAIN.length / 3);
  });

  it('is recognised by its magic number, whatever the name, and on standard input', () => {
    expect(content(report([write('export.dat', gz)]))).toEqual(content(plain));
    const stdin = report(['-'], gz);
    expect(content(stdin)).toEqual(content(plain));
    expect(stdin.input).toMatchObject({ file: '-', sha256: sha256(gz), bytes: gz.length });
  });

  it('several gzip members one after the other (cat a.gz b.gz) are read as one file', () => {
    const cut = PLAIN.indexOf('\n', PLAIN.length >> 1) + 1;
    const members = Buffer.concat([gzipSync(PLAIN.subarray(0, cut)), gzipSync(PLAIN.subarray(cut))]);
    expect(content(report([write('members.csv.gz', members)]))).toEqual(content(plain));
  });

  it('is read in one thread whatever --threads says, with the same report', () => {
    const file = path.join(dir, 'data.csv.gz');
    expect(content(report([file, '--threads', '4']))).toEqual(content(plain));
  });

  it('rowsRead = rowsUsed + Σ rowsDropped, and errors inside name the line and column as for the plain file', () => {
    const text = 'g,d,y,s\nA,1,1,0.5\nA,,1,0.5\nB,0,,0.2\nB,1,0,\nB,0,0,0.1\n';
    const run = runCli(['audit', write('drops.csv.gz', gzipSync(text)), '-g', 'g', '--prediction', 'd', '--label', 'y', '--score', 's', '--format', 'json']);
    const input = (JSON.parse(run.stdout) as { input: { rowsRead: number; rowsUsed: number; rowsDropped: Record<string, number> } }).input;
    expect(input).toMatchObject({ rowsRead: 5, rowsUsed: 2, rowsDropped: { missing_label: 1, missing_prediction: 1, missing_score: 1 } });
    const bad = `${text}C,1,1,high\n`;
    const args = ['-g', 'g', '--prediction', 'd', '--label', 'y', '--score', 's'];
    const fromGz = runCli(['audit', write('bad.csv.gz', gzipSync(bad)), ...args]);
    expect(fromGz.exitCode).toBe(2);
    expect(fromGz.stderr).toBe(`fairgate: ${path.join(dir, 'bad.csv.gz')}, line 7, column 4 (s): score "high" is not a number; expected a probability between 0 and 1 (e.g. 0.37)\n`);
    expect(runCli(['audit', '-', ...args], { input: gzipSync(bad) }).stderr).toBe(fromGz.stderr.replace(path.join(dir, 'bad.csv.gz'), '-'));
  });

  it('damaged or cut-short gzip is an input error, exit 2, and no report file is left', () => {
    const out = path.join(dir, 'reports', 'r.json');
    const truncated = runCli(['audit', write('cut.csv.gz', gz.subarray(0, gz.length >> 1)), ...FLAGS, '-o', out]);
    expect(truncated.exitCode).toBe(2);
    expect(truncated.stderr).toBe(`fairgate: ${path.join(dir, 'cut.csv.gz')}: the gzip data is damaged or cut short (zlib: unexpected end of file); check it with gzip -t and compress the original again\n`);
    const damaged = Buffer.from(gz);
    damaged.fill(0x55, 200, 260);
    const corrupt = runCli(['audit', '-', ...FLAGS, '-o', out], { input: damaged });
    expect(corrupt.exitCode).toBe(2);
    expect(corrupt.stderr).toMatch(/^fairgate: -: the gzip data is damaged or cut short \(zlib: [^)]+\); check it with gzip -t and compress the original again\n$/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(path.dirname(out)) ? readdirSync(path.dirname(out)) : []).toEqual([]);
  });

  it('--top-k reads gzip twice (the cut-off, then the tally): from a file, and from standard input spooled and then deleted', () => {
    const topK = ['--group', 'gender', '--score', 'score', '--label', 'converted', '--top-k', '5000', '--format', 'json'];
    const audit = (args: string[], options: { input?: Buffer; env?: Record<string, string> } = {}) => {
      const run = runCli(['audit', ...args, ...topK], options);
      expect(run.stderr).toBe('');
      const parsed = JSON.parse(run.stdout) as Record<string, unknown>;
      assertValidReport(parsed);
      return parsed;
    };
    const plainTopK = audit([path.join(dir, 'data.csv')]);
    expect(plainTopK.selection).toMatchObject({ method: 'top-k', k: 5000, rows: 20000 });
    expect(content(audit([write('top-k.csv.gz', gz)]))).toEqual(content(plainTopK));
    const spool = mkdtempSync(path.join(tmpdir(), 'fairgate-gzip-spool-'));
    try {
      const fromStdin = audit(['-'], { input: gz, env: { TMPDIR: spool } });
      expect(content(fromStdin)).toEqual(content(plainTopK));
      expect(fromStdin.input).toMatchObject({ file: '-', sha256: sha256(gz), bytes: gz.length });
      expect(readdirSync(spool)).toEqual([]);
    } finally {
      rmSync(spool, { recursive: true, force: true });
    }
  });

  it('fairgate aggregate reads gzip too: the same statistics as the plain file', () => {
    const agg = (file: string) => {
      const run = runCli(['aggregate', file, ...FLAGS.slice(0, -2)]);
      expect(run.exitCode).toBe(0);
      const { input: _input, ...rest } = JSON.parse(run.stdout) as Record<string, unknown>;
      return { rest, input: _input };
    };
    const zipped = agg(path.join(dir, 'data.csv.gz'));
    expect(zipped.rest).toEqual(agg(path.join(dir, 'data.csv')).rest);
    expect(zipped.input).toMatchObject({ sha256: sha256(gz), bytes: gz.length });
  });
});
