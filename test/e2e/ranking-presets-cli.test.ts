import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const DATA = path.join(ROOT, 'fixtures/marketing/data.csv');
const tmp = mkdtempSync(path.join(tmpdir(), 'fairgate-rank-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Two sessions of four slots: B's items sit lower in both lists.
const ranked = path.join(tmp, 'ranked.csv');
writeFileSync(ranked, ['session,pos,g,clicked', 's1,1,A,1', 's1,2,A,0', 's1,3,B,1', 's1,4,B,0', 's2,1,A,0', 's2,2,B,1', 's2,3,A,0', 's2,4,B,0'].join('\n') + '\n');

describe('ranked outputs from the command line', () => {
  it('computes exposure per group and judges an exposure rule (exit 1)', () => {
    const run = runCli(['audit', ranked, '--group', 'g', '--rank', 'pos', '--list', 'session', '--label', 'clicked', '--k', '2', '--min-group-size', '1', '--rule', 'exposure_ratio>=0.8 require=point', '--format', 'json']);
    expect(run.stderr).toBe('');
    // exposure has neither a test nor an interval: only require=point fails it (by default it would warn)
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout);
    assertValidReport(report);
    const e = (r: number) => 1 / Math.log2(1 + r);
    const [a, b] = report.attributes[0].groups;
    expect(a.metrics.exposure).toBeCloseTo((e(1) + e(2) + e(1) + e(3)) / 4, 14);
    expect(b.metrics.exposure).toBeCloseTo((e(3) + e(4) + e(2) + e(4)) / 4, 14);
    expect(a.metrics.selection_at_k).toBe(0.75);
    expect(b.metrics.selection_at_k).toBe(0.25);
    expect(report.findings.map((f: { group: string; status: string }) => [f.group, f.status])).toEqual([['A', 'pass'], ['B', 'fail']]);
    expect(report.ranking).toEqual({ rank: 'pos', list: 'session', k: 2, lists: 2, rows: 8, incompleteLists: 0 });
  });

  it('names the line of a bad rank (exit 2)', () => {
    const bad = path.join(tmp, 'bad.csv');
    writeFileSync(bad, 'pos,g\n1,A\ntwo,B\n');
    const run = runCli(['audit', bad, '--group', 'g', '--rank', 'pos']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(`fairgate: ${bad}, line 3, column 1 (pos): rank "two" is not a whole number ≥ 1; ranks are positions, 1 = top of the list\n`);
  });

  it('needs --rank for an exposure rule and for --list', () => {
    const run = runCli(['audit', ranked, '--group', 'g', '--label', 'clicked', '--list', 'session', '--rule', 'exposure_ratio>=0.8']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('columns.list: one ranked list per value of this column needs the rank column too');
    expect(run.stderr).toContain('rule "exposure_ratio>=0.8" needs a rank column (--rank)');
  });
});

describe('presets from the command line', () => {
  it('an unknown preset is a usage error that lists the presets', () => {
    const run = runCli(['audit', DATA, '--group', 'gender', '--prediction', 'targeted', '--preset', 'eeoc']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('fairgate: invalid configuration in command line: --preset: expected one of "four-fifths", "ll144", "strict", got "eeoc"\n');
  });

  it('four-fifths fails the fixture on gender and shows the preset rule in the resolved config', () => {
    const run = runCli(['audit', DATA, '--group', 'gender', '--prediction', 'targeted', '--preset', 'four-fifths', '--format', 'json']);
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout);
    assertValidReport(report);
    expect(report.config.presets).toEqual(['four-fifths']);
    expect(report.config.rules).toEqual([{ metric: 'disparate_impact', min: 0.8, severity: 'fail', require: 'point', id: 'four-fifths: disparate_impact>=0.8', preset: 'four-fifths' }]);
    expect(report.findings.filter((f: { status: string }) => f.status === 'fail').map((f: { group: string }) => f.group)).toEqual(['(missing)', 'Female']);
  });

  it('ll144 names the config key when the sex column is not found', () => {
    const run = runCli(['audit', DATA, '--prediction', 'targeted', '--preset', 'll144']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      `fairgate: ${DATA}, line 1: column "sex" not found. Columns: "customer_id", "age_band", "gender", "region", "ethnicity", "score", "targeted", "converted", "date", "offer_tier", "offer_value", "model_b", "consent"; the ll144 preset reads sex from column "sex": map it in the config, e.g. ll144: { sex: <column> }\n`,
    );
  });
});
