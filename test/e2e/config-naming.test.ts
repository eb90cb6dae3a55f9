import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { runCli } from '../helpers/run-cli.js';

const CSV = 'gender,targeted\nF,1\nM,0\nF,0\nM,1\n';
const CONFIG = 'columns: { prediction: targeted }\ngroups: [gender]\n';
const FOUND = 'fairgate: using config fairgate.config.yaml (found in the working directory)\n';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'fairgate-config-naming-'));
  writeFileSync(path.join(dir, 'data.csv'), CSV);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The provenance row of the config file in a Markdown report. */
const configRow = (markdown: string) => markdown.split('\n').find((l) => l.startsWith('| Config file |'));

// the table is a few rows, too few to judge: --allow-no-verdict keeps exit 3's line off standard error
describe('the config file in use is always named', () => {
  it('found in the working directory: a line on standard error, and the JSON and every report say so', () => {
    writeFileSync(path.join(dir, 'fairgate.config.yaml'), CONFIG);
    const run = runCli(['audit', 'data.csv', '--allow-no-verdict', '--format', 'json', '-o', 'r.md', '-o', 'r.csv'], { cwd: dir });
    expect(run.stderr).toBe(FOUND);
    const report = JSON.parse(run.stdout);
    assertValidReport(report);
    expect(report.configFile).toEqual({ path: 'fairgate.config.yaml', foundBy: 'working-directory' });
    expect(configRow(readFileSync(path.join(dir, 'r.md'), 'utf8'))).toBe('| Config file | fairgate.config.yaml (found in the working directory) |');
    const [header, first] = readFileSync(path.join(dir, 'r.csv'), 'utf8').split('\r\n');
    const column = header!.split(',').indexOf('provenance_config_file');
    expect(first!.split(',')[column]).toBe('fairgate.config.yaml (found in the working directory)');
  });

  it('given with --config: named as typed in the reports, and not again on standard error (the command names it)', () => {
    writeFileSync(path.join(dir, 'audit.yaml'), CONFIG);
    const run = runCli(['audit', 'data.csv', '--allow-no-verdict', '-c', 'audit.yaml', '--format', 'markdown'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(configRow(run.stdout)).toBe('| Config file | audit.yaml (--config) |');
  });

  it('none: the reports say the run had flags and defaults only', () => {
    const run = runCli(['audit', 'data.csv', '--allow-no-verdict', '-g', 'gender', '--prediction', 'targeted', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).configFile).toBeUndefined();
    expect(configRow(runCli(['audit', 'data.csv', '--allow-no-verdict', '-g', 'gender', '--prediction', 'targeted', '--format', 'markdown'], { cwd: dir }).stdout)).toBe('| Config file | none (flags and defaults only) |');
  });

  it('--quiet keeps standard error for errors: the reports still name the config', () => {
    writeFileSync(path.join(dir, 'fairgate.config.yaml'), CONFIG);
    const run = runCli(['audit', 'data.csv', '--allow-no-verdict', '-o', 'r.json', '--quiet'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')).configFile.foundBy).toBe('working-directory');
  });

  it('aggregate and sql name a config found in the working directory too', () => {
    writeFileSync(path.join(dir, 'fairgate.config.yaml'), CONFIG);
    expect(runCli(['aggregate', 'data.csv'], { cwd: dir }).stderr).toBe(FOUND);
    expect(runCli(['sql', '--dialect', 'duckdb', '--table', 't'], { cwd: dir }).stderr).toBe(FOUND);
  });
});

describe('--input-name labels standard input', () => {
  it('in every report, the aggregate file and the messages, in place of -', () => {
    const label = 's3://models/holdout 2026.csv';
    const run = runCli(['audit', '-', '--input-name', label, '-g', 'gender', '--prediction', 'targeted', '--format', 'markdown'], { cwd: dir, input: CSV });
    // Markdown writes the colon of a URL from the data as &#58;, so that it is never a live link
    expect(run.stdout).toContain(`| Input file | ${label.replace(':', '&#58;')} |`);
    const json = JSON.parse(runCli(['audit', '-', '--input-name', label, '-g', 'gender', '--prediction', 'targeted', '--format', 'json'], { cwd: dir, input: CSV }).stdout);
    expect(json.input.file).toBe(label);
    const aggregate = JSON.parse(runCli(['aggregate', '-', '--input-name', label, '-g', 'gender', '--prediction', 'targeted'], { cwd: dir, input: CSV }).stdout);
    expect(JSON.stringify(aggregate)).toContain(JSON.stringify(label));
    const bad = runCli(['audit', '-', '--input-name', label, '-g', 'gender', '--prediction', 'targeted'], { cwd: dir, input: 'gender,targeted\nF,maybe\n' });
    expect(bad.stderr).toMatch(new RegExp(`^fairgate: ${label.replace(/[.]/g, '\\.')}, line 2, column 2 \\(targeted\\): `));
  });

  it('through the private copy a score cut-off makes of standard input', () => {
    const scored = 'gender,score\nF,0.9\nM,0.1\nF,0.4\nM,0.7\n';
    const run = runCli(['audit', '-', '--allow-no-verdict', '--input-name', 'scores.csv', '-g', 'gender', '--score', 'score', '--top-k', '2', '--format', 'json'], { cwd: dir, input: scored });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).input.file).toBe('scores.csv');
  });
});
