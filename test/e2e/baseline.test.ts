import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const DATA = path.join(ROOT, 'fixtures/marketing/data.csv');
const tmp = mkdtempSync(path.join(tmpdir(), 'fairgate-baseline-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A worse model: every third targeted Female customer is no longer targeted. */
function worseModel(): string {
  const [header, ...lines] = readFileSync(DATA, 'utf8').trim().split('\n');
  const cols = header!.split(',');
  const gender = cols.indexOf('gender');
  const targeted = cols.indexOf('targeted');
  let seen = 0;
  const out = lines.map((line) => {
    const f = line.split(',');
    if (f[gender] === 'Female' && f[targeted] === '1' && seen++ % 3 === 0) f[targeted] = '0';
    return f.join(',');
  });
  const file = path.join(tmp, 'worse.csv');
  writeFileSync(file, [header, ...out].join('\n') + '\n');
  return file;
}

const AUDIT = ['--group', 'gender,ethnicity', '--prediction', 'targeted', '--label', 'converted'];
const RULES = ['--rule', 'disparate_impact>=0.5', '--rule', 'regression(disparate_impact)<=0.02'];

describe('--baseline: regression gating end to end', () => {
  const baselineFile = path.join(tmp, 'baseline.json');
  const first = runCli(['audit', DATA, ...AUDIT, ...RULES, '-o', baselineFile, '--quiet']);

  it('writes a baseline report', () => {
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0); // no baseline yet: the regression bound is not judged
    assertValidReport(JSON.parse(readFileSync(baselineFile, 'utf8')));
  });

  it('fails a worse model with the regression named, and passes the same model', () => {
    const same = runCli(['audit', DATA, ...AUDIT, ...RULES, '--baseline', baselineFile]);
    expect(same.exitCode).toBe(0);

    const worse = runCli(['audit', worseModel(), ...AUDIT, ...RULES, '--baseline', baselineFile]);
    expect(worse.stderr).toBe('');
    expect(worse.exitCode).toBe(1);
    expect(worse.stdout).toContain('✗ fail  disparate_impact of gender=Female fell from 0.714 to 0.476 (−0.238), more than the allowed 0.02');
    expect(worse.stdout).toContain('✗ fail  disparate_impact of gender=Female (vs Male) is 0.476 (95 % CI 0.452–0.501), below 0.5; significant at α = 0.05: p < 0.0001 after Holm (two-proportion z test)');
    // Removing Female selections unevenly across ethnicities also moves the ethnicity ratios, and their reference.
    expect(worse.stdout).toContain('✗ fail  disparate_impact of ethnicity=Asian fell from 1 to 0.963 (−0.037) (reference was Asian, now Black), more than the allowed 0.02');
    const json = runCli(['audit', worseModel(), ...AUDIT, ...RULES, '--baseline', baselineFile, '--format', 'json']);
    const report = JSON.parse(json.stdout);
    assertValidReport(report);
    const regressions = report.findings.filter((f: { reason: string }) => f.reason === 'regressed');
    expect(regressions.map((f: { attribute: string; group: string }) => `${f.attribute}=${f.group}`)).toEqual(['gender=Female', 'ethnicity=Asian', 'ethnicity=Indigenous']);
    expect(report.baseline.file).toBe(baselineFile);
  });

  it('refuses a baseline of a different audit, listing the differences (exit 2)', () => {
    const run = runCli(['audit', DATA, '--group', 'gender', '--prediction', 'targeted', ...RULES, '--baseline', baselineFile]);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        `fairgate: --baseline ${baselineFile} is not a report of the same audit (2 differences); compare like with like, or re-create the baseline with the current settings: `,
        'columns.label: baseline "converted", now none; ',
        'groups: baseline ["ethnicity","gender"], now ["gender"]\n',
      ].join(''),
    );
  });

  it('refuses a file that is not a fairgate report, or of another schema version (exit 2)', () => {
    const notReport = path.join(tmp, 'other.json');
    writeFileSync(notReport, JSON.stringify({ hello: 'world' }));
    const a = runCli(['audit', DATA, ...AUDIT, '--baseline', notReport]);
    expect(a.exitCode).toBe(2);
    expect(a.stderr).toMatch(/--baseline: not a fairgate report/);

    const future = path.join(tmp, 'future.json');
    writeFileSync(future, JSON.stringify({ ...JSON.parse(readFileSync(baselineFile, 'utf8')), schemaVersion: 2 }));
    const b = runCli(['audit', DATA, ...AUDIT, '--baseline', future]);
    expect(b.exitCode).toBe(2);
    expect(b.stderr).toMatch(/report schema version 2, but this fairgate reads version 1; re-create the baseline/);

    const missing = runCli(['audit', DATA, ...AUDIT, '--baseline', path.join(tmp, 'nope.json')]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/--baseline: baseline report not found/);
  });
});
