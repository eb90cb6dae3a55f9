import { existsSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { ROOT, SHARED, runCli } from '../helpers/run-cli.js';

const DATA = 'fixtures/marketing/data.csv';
const CONFIG = 'fixtures/marketing/fairgate.config.yaml';
const COMPAS = path.join(SHARED, 'compas/compas-scores-two-years.csv');
const scratch = () => mkdtempSync(path.join(tmpdir(), 'fairgate-e2e-'));

describe('the built command', () => {
  it('is executable as the package bin (the build sets the mode: tsc writes 0644, and npx runs the file itself)', () => {
    const bin = path.join(ROOT, JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).bin.fairgate as string);
    expect(statSync(bin).mode & 0o111).toBe(0o111);
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('fairgate audit, end to end', () => {
  it('fails the bundled fixture on its injected gender bias (exit 1), and warns on breaches the data do not show', () => {
    const run = runCli(['audit', DATA, '-c', CONFIG]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^fixtures\/marketing\/data\.csv: 20000 of 20000 rows audited/);
    // ECE beside the ECE a calibrated group of this size would show by chance (the selection rate's interval gives way, to fit 100 columns)
    expect(run.stdout).toMatch(/│ Female\s+│\s+9855 │\s+0\.250 │ 0\.714 \(0\.684–0\.746\) │.*│ 0\.017 \/ 0\.006 │ ✗ fail \+2 pass\s+│/);
    // the findings, most serious first: the significant breaches by their Holm-adjusted p (ECE of 65+ by its test of perfect calibration)
    expect(run.stdout.split('Findings, most serious first:\n')[1]!.split('\n').slice(0, 2)).toEqual([
      '  ✗ fail  ece of age_band=65+ is 0.080 (95 % CI 0.051–0.104), above 0.05; significant at α = 0.05: p < 0.0001 after Holm (Hosmer–Lemeshow test of perfect calibration)',
      '  ✗ fail  disparate_impact of gender=Female (vs Male) is 0.714 (95 % CI 0.684–0.746), below 0.8; significant at α = 0.05: p < 0.0001 after Holm (two-proportion z test)',
    ]);
    expect(run.stdout).toContain('Why 38 checks neither passed nor failed:\n  ! 17 warned — breach not statistically significant (α = 0.05): 17\n');
    expect(run.stdout).toContain('\n  ? 21 inconclusive — group under 30 rows: 12 · rate on too few trials: 9\n      group under 30 rows — gender+ethnicity: (missing)|Asian (13 rows), (missing)|Black (25 rows), (missing)|Indigenous (1 row), Non-binary|Indigenous (2 rows)\n');
    // the 190 rows without a gender breach 0.8 on the estimate, but p = 1 after Holm: a warning, not a failure
    expect(run.stdout).toContain('! warn  disparate_impact of gender=(missing) (vs Male) is 0.782 (95 % CI 0.620–0.988), below 0.8, but not significant at α = 0.05: p = 1 after Holm (two-proportion z test)');
    expect(run.stdout).toMatch(/\nFAIL {2}\d+ checks \(3 rules\): 6 failed, 17 warned, 21 inconclusive, 61 passed\n$/);
    expect(run.stdout).not.toMatch(/\u001b\[/); // plain when piped
  });

  it('passes when every judged group meets the rule (exit 0), and small groups stay inconclusive', () => {
    const run = runCli(['audit', DATA, '--group', 'ethnicity', '--prediction', 'targeted', '--rule', 'disparate_impact>=0.8', '--min-group-size', '100']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/│ Indigenous\s+│\s+97 │.*│ \? inconclusive\s+│/);
    expect(run.stdout).toMatch(/INCONCLUSIVE {2}5 checks \(1 rule\): 0 failed, 0 warned, 1 inconclusive, 4 passed/);
  });

  it('exits 3 for inconclusive verdicts under --fail-on inconclusive', () => {
    const run = runCli(['audit', DATA, '--group', 'ethnicity', '--prediction', 'targeted', '--min-group-size', '100', '--fail-on', 'inconclusive']);
    expect(run.exitCode).toBe(3);
  });

  it('reads standard input with -, and writes a schema-valid JSON report', () => {
    const dir = scratch();
    const out = path.join(dir, 'nested/report.json');
    const run = runCli(['audit', '-', '-c', CONFIG, '-o', out, '--quiet'], { input: readFileSync(path.join(ROOT, DATA)) });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    assertValidReport(report);
    expect(report.input).toMatchObject({ file: '-', rowsRead: 20000, rowsUsed: 20000, rowsDropped: {}, bytes: statSync(path.join(ROOT, DATA)).size });
    expect(report.generatedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(report.command).toEqual(['fairgate', 'audit', '-', '-c', CONFIG, '-o', out, '--quiet']);
  });

  it('finds fairgate.config.yaml in the working directory', () => {
    const dir = scratch();
    copyFileSync(path.join(ROOT, CONFIG), path.join(dir, 'fairgate.config.yaml'));
    const run = runCli(['audit', path.join(ROOT, DATA), '--format', 'json'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout);
    assertValidReport(report);
    expect(report.config.groups).toEqual(['gender', 'ethnicity', 'age_band', 'gender+ethnicity']);
  });

  it('counts rows dropped for an empty label and says so', () => {
    const csv = 'g,d,y\nA,1,1\nA,0,\nB,1,0\nB,0,0\n';
    const run = runCli(['audit', '-', '--group', 'g', '--prediction', 'd', '--label', 'y', '--format', 'json'], { input: csv });
    const report = JSON.parse(run.stdout);
    expect(report.input).toMatchObject({ rowsRead: 4, rowsUsed: 3, rowsDropped: { missing_label: 1 } });
    expect(report.notices).toContainEqual({ code: 'rows-dropped', message: '1 of 4 rows left out: 1 missing label' });
  });
});

describe('bad input: a clear message, exit 2, nothing written', () => {
  it('a misspelt column suggests the nearest one', () => {
    const dir = scratch();
    const out = path.join(dir, 'r.json');
    const run = runCli(['audit', DATA, '--group', 'gendr', '--prediction', 'targeted', '-o', out]);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^fairgate: fixtures\/marketing\/data\.csv, line 1: column "gendr" not found; did you mean "gender"\? Columns: "customer_id", /);
    expect(existsSync(out)).toBe(false);
  });

  it('prediction values that are neither positive nor negative are listed with the flag that fixes it', () => {
    const run = runCli(['audit', COMPAS, '--group', 'race', '--prediction', 'score_text', '--label', 'two_year_recid']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('prediction column "score_text" has values that are neither positive (1, true, yes) nor negative (0, false, no) in 7214 rows; values found: "Low", "High", "Medium"; say which values are positive with --prediction-positive');
  });

  it('a score that is not a number names the line', () => {
    const run = runCli(['audit', '-', '--group', 'g', '--score', 's', '--threshold', '0.5'], { input: 'g,s\nA,0.2\nA,zero\n' });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('fairgate: -, line 3, column 2 (s): score "zero" is not a number; expected a probability between 0 and 1 (e.g. 0.37)\n');
  });

  it('a missing file', () => {
    const run = runCli(['audit', 'no/such.csv', '--group', 'g', '--prediction', 'd']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('fairgate: no/such.csv: file not found; check the path (use - to read standard input)\n');
  });

  it('an invalid config names the file and key', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'fairgate.config.yaml'), 'columns: { prediction: targeted }\ngroups: [gender]\nminGroupSise: 10\n');
    const run = runCli(['audit', path.join(ROOT, DATA)], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/invalid configuration in .*fairgate\.config\.yaml: minGroupSise: unknown key; did you mean "minGroupSize"\?/);
  });

  it('a threshold that is not a number, and an unknown option', () => {
    const bad = runCli(['audit', DATA, '--group', 'gender', '--score', 'score', '--threshold', 'half']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--threshold: expected a number, got "half"');
    const unknown = runCli(['audit', DATA, '--grup', 'gender']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option '--grup'/);
  });

  it('--help exits 0', () => {
    const run = runCli(['audit', '--help']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('--prediction-positive <values>');
  });
});
