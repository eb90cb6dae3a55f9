import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { SHARED, runCli } from '../helpers/run-cli.js';

const DATA = 'fixtures/marketing/data.csv';
const CONFIG = 'fixtures/marketing/fairgate.config.yaml';
const COMPAS = path.join(SHARED, 'compas/compas-scores-two-years.csv');
const NYC = path.join(SHARED, 'aequitas/nyc_sqf_for_aequitas.csv');
const COMPAS_AUDIT = ['--group', 'race,sex,race+sex', '--prediction', 'score_text', '--prediction-positive', 'Medium,High', '--label', 'two_year_recid'];
const scratch = () => mkdtempSync(path.join(tmpdir(), 'fairgate-privacy-'));

describe('data-minimisation notice', () => {
  it('COMPAS: id, dob and the court case numbers are named, and no date of birth is written', () => {
    const run = runCli(['audit', COMPAS, ...COMPAS_AUDIT, '--format', 'json']);
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout);
    const notice = report.notices.find((n: { code: string }) => n.code === 'identifier-columns');
    expect(notice.message).toMatch(
      /^the input has columns that look like direct identifiers: "id" \(customer, user, case or record id\), "dob" \(date of birth\), "c_case_number" \(customer, user, case or record id\), "r_case_number" \(.*\), "vr_case_number" \(.*\)\. fairgate did not read them for the audit/,
    );
    expect(run.stdout).not.toContain('1947-04-18'); // the first row's dob
    expect(run.stdout).not.toContain('13011352CF10A'); // its case number
  });

  it('the bundled fixture: customer_id, in the table', () => {
    const run = runCli(['audit', DATA, '-c', CONFIG]);
    expect(run.stdout).toContain('note: the input has a column that looks like a direct identifier: "customer_id" (customer, user, case or record id). fairgate did not read it');
  });
});

describe('--suppress-below from the command line and the config file', () => {
  it('masks the fixture\'s small intersections, with a schema-valid JSON report', () => {
    const run = runCli(['audit', DATA, '-c', CONFIG, '--suppress-below', '100', '--format', 'json']);
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout);
    assertValidReport(report);
    expect(report.config.suppressBelow).toBe(100);
    expect(report.privacy.groupsMasked.primary).toBeGreaterThan(0);
    const indigenous = report.attributes.find((a: { name: string }) => a.name === 'ethnicity').groups.find((g: { key: string }) => g.key === 'Indigenous');
    expect(indigenous).toMatchObject({ suppressed: 'primary', n: null });
  });

  it('suppressBelow in the config file does the same', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'fairgate.config.yaml'), `${readFileSync(CONFIG, 'utf8')}suppressBelow: 100\n`);
    const run = runCli(['audit', path.resolve(DATA), '--format', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout).privacy.suppressBelow).toBe(100);
  });

  it('rejects a k that is not a whole number ≥ 0 (exit 2, the flag named)', () => {
    for (const k of ['-1', 'ten', '2.5']) {
      const run = runCli(['audit', DATA, '-c', CONFIG, '--suppress-below', k]);
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toMatch(/--suppress-below: /);
    }
  });
});

describe('row accounting in every report', () => {
  const inputs: [string, string[], string | undefined][] = [
    ['NYC stop-and-frisk (13 empty labels)', ['audit', NYC, '--group', 'race,sex', '--prediction', 'score', '--label', 'label_value'], undefined],
    ['COMPAS (no empty cell)', ['audit', COMPAS, ...COMPAS_AUDIT], undefined],
    ['every reason at once', ['audit', '-', '--group', 'g', '--prediction', 'd', '--label', 'y', '--score', 's'], 'g,d,y,s\nA,1,1,0.9\nA,,1,0.2\nB,0,,0.3\nB,0,0,\nB,1,0,0.6\nA,0,1,0.4\n'],
  ];
  it.each(inputs)('%s: rowsRead = rowsUsed + Σ rowsDropped, in JSON and in the table', (_, args, input) => {
    const json = JSON.parse(runCli([...args, '--format', 'json'], { input }).stdout);
    const dropped = Object.values(json.input.rowsDropped as Record<string, number>).reduce((s, c) => s + c, 0);
    expect(json.input.rowsUsed + dropped).toBe(json.input.rowsRead);
    const table = runCli(args, { input }).stdout;
    expect(table).toContain(`${json.input.rowsUsed} of ${json.input.rowsRead} rows audited`);
    if (dropped > 0) expect(table).toContain(`note: ${dropped} of ${json.input.rowsRead} rows left out`);
  });

  it('--strict: the first dropped line is an input error (exit 2) and no report file is left', () => {
    const dir = scratch();
    const out = path.join(dir, 'report.json');
    const run = runCli(['audit', NYC, '--group', 'race', '--prediction', 'score', '--label', 'label_value', '--strict', '-o', out]);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^fairgate: .*nyc_sqf_for_aequitas\.csv, line \d+, column \d+ \(label_value\): the label cell is empty, so this row would be left out \(missing_label\); --strict/);
    expect(existsSync(out)).toBe(false);
  });

  it('strict: true in the config file does the same', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'fairgate.config.yaml'), 'columns: { prediction: d, label: y }\ngroups: [g]\nstrict: true\n');
    const run = runCli(['audit', '-'], { cwd: dir, input: 'g,d,y\nA,1,1\nB,0,\n' });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^fairgate: using config fairgate.config.yaml \(found in the working directory\)\nfairgate: -, line 3, column 3 \(y\): the label cell is empty/);
  });
});
