import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const DATA = path.join(ROOT, 'fixtures/marketing/data.csv');
const scratch = () => mkdtempSync(path.join(tmpdir(), 'fairgate-init-'));

describe('fairgate init', () => {
  it('writes a config from the header that audits the file as written', () => {
    const dir = scratch();
    const run = runCli(['init', DATA], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('prediction: targeted, score: score, label: converted');
    const text = readFileSync(path.join(dir, 'fairgate.config.yaml'), 'utf8');
    expect(text).toMatch(/^# fairgate configuration/);
    const audit = runCli(['audit', DATA, '--format', 'json'], { cwd: dir });
    expect(audit.stderr).toBe('fairgate: using config fairgate.config.yaml (found in the working directory)\n');
    expect(JSON.parse(audit.stdout).configFile).toEqual({ path: 'fairgate.config.yaml', foundBy: 'working-directory' });
    expect(audit.exitCode).toBe(1);
    expect(JSON.parse(audit.stdout).config.groups).toEqual(['age_band', 'gender', 'ethnicity']);
  });

  it('refuses to overwrite an existing config (exit 2) unless --force', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'fairgate.config.yaml'), 'groups: [mine]\n');
    const refused = runCli(['init', DATA], { cwd: dir });
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toBe('fairgate: fairgate.config.yaml already exists; use --force to overwrite it\n');
    expect(readFileSync(path.join(dir, 'fairgate.config.yaml'), 'utf8')).toBe('groups: [mine]\n');
    expect(runCli(['init', DATA, '--force'], { cwd: dir }).exitCode).toBe(0);
    expect(readFileSync(path.join(dir, 'fairgate.config.yaml'), 'utf8')).toContain('prediction: targeted');
  });

  it('writes a template without a file, and fails clearly on a missing file (exit 2, nothing written)', () => {
    const dir = scratch();
    expect(runCli(['init', '-o', 'conf/fg.yaml'], { cwd: dir }).exitCode).toBe(0);
    expect(readFileSync(path.join(dir, 'conf/fg.yaml'), 'utf8')).toContain('as a template (no input file given)');
    const missing = runCli(['init', 'nope.csv'], { cwd: dir });
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toBe('fairgate: nope.csv: file not found; check the path\n');
    expect(existsSync(path.join(dir, 'fairgate.config.yaml'))).toBe(false);
  });

  it('reads a gzip file by its content, as audit does: the same config as from the plain file', () => {
    const dir = scratch();
    const gz = path.join(dir, 'data.csv.gz');
    writeFileSync(gz, gzipSync(readFileSync(DATA)));
    expect(runCli(['init', DATA, '-o', 'plain.yaml'], { cwd: dir }).exitCode).toBe(0);
    const run = runCli(['init', gz, '-o', 'gz.yaml'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('prediction: targeted, score: score, label: converted');
    const plain = readFileSync(path.join(dir, 'plain.yaml'), 'utf8');
    expect(readFileSync(path.join(dir, 'gz.yaml'), 'utf8')).toBe(plain.replaceAll(DATA, gz));
  });

  it('refuses damaged gzip data (exit 2, nothing written)', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'bad.csv.gz'), Buffer.from([0x1f, 0x8b, 0x78, 0x78, 0x78, 0x78, 0x78, 0x78, 0x78, 0x78, 0x78, 0x78]));
    const run = runCli(['init', 'bad.csv.gz'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('fairgate: bad.csv.gz: the gzip data is damaged or cut short (zlib: unknown compression method); check it with gzip -t and compress the original again\n');
    expect(existsSync(path.join(dir, 'fairgate.config.yaml'))).toBe(false);
  });
});

describe('fairgate explain', () => {
  it('lists the topics, then every metric and disparity', () => {
    const run = runCli(['explain']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^Verdicts \(fairgate explain verdicts\):\n {2}pass /);
    expect(run.stdout).toMatch(/\nPer-group metrics/);
    expect(run.stdout).toMatch(/\n {2}disparate_impact +disparate impact \(impact ratio\) +selection_rate_g \/ selection_rate_r\n/);
  });

  it('explains one metric with formula, meaning, legal context and when it is undefined', () => {
    const run = runCli(['explain', 'equal-opportunity-difference']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^equal_opportunity_difference — equal opportunity difference\n\n {2}formula: {3}tpr_g − tpr_r/);
    expect(run.stdout).toContain('Hardt, Price and Srebro');
    expect(run.stdout).toContain('Undefined (null) when:');
    expect(runCli(['explain', 'impact_ratio']).stdout).toContain('29 CFR 1607.4(D)');
  });

  it('answers for a verdict as for a metric: fairgate explain inconclusive', () => {
    const run = runCli(['explain', 'inconclusive']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^inconclusive — verdict: no verdict is possible/);
    expect(run.stdout).toContain('\n  small-group ');
  });

  it('rejects an unknown topic with exit 2 and a suggestion', () => {
    const run = runCli(['explain', 'disparate_impakt']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      'fairgate: explain: unknown topic "disparate_impakt"; did you mean "disparate_impact"? Run `fairgate explain` for the list: metrics, verdicts, reasons, rule options, presets and reference strategies.\n',
    );
    expect(run.stdout).toBe('');
  });
});
