import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { assertValidReport } from '../helpers/report-schema.js';
import { expectClose, loadFixture } from '../unit/stats/fixture-loader.js';
import type { AuditResult } from '../../src/model/audit-result.js';
import type { PublishedReport } from '../../src/render/reporters/json.js';

/**
 * The UC Berkeley graduate admissions of 1973 through the CLI, one row per
 * applicant (test/fixtures/ucb-admissions.csv, written by
 * scripts/fixtures/ucb-admissions.mjs from the published table): the values
 * within departments equal statsmodels' StratifiedTable and the smclarify and
 * pandas transcriptions of scripts/fixtures/contingency.py, and the report
 * says in words that the crude and the stratified comparisons disagree.
 */
interface StrataCase {
  name: string;
  oddsRatio: number;
  ci95: [number, number];
  test: { statistic: number; p: number };
  cdd: number;
  ddCrude: number;
  dsr: { group: number; reference: number; coverage: number; ratio: number };
  crudeRates: { group: number; reference: number };
}
const berkeley = loadFixture<{ strata: StrataCase[] }>('contingency').strata.find((c) => c.name.startsWith('UC Berkeley'))!;
const AUDIT = ['audit', 'test/fixtures/ucb-admissions.csv', '--group', 'gender', '--prediction', 'admitted', '--strata', 'department'];

describe('legitimate factors: UC Berkeley 1973 admissions by department', () => {
  it('equal statsmodels (Mantel–Haenszel, its interval and the CMH test), smclarify (CDD) and direct standardisation on the raw rows', () => {
    const run = runCli([...AUDIT, '--format', 'json']);
    // the default four-fifths rule fails on the crude rates (0.68)
    expect(run.exitCode, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as AuditResult;
    assertValidReport(report);
    const section = report.strata!.attributes[0]!;
    expect(section.strata).toBe(6);
    expect(section.rows.map((r) => [r.key, r.n])).toEqual([['A', 933], ['B', 585], ['C', 918], ['D', 792], ['E', 584], ['F', 714]]);
    const women = section.groups.find((g) => g.key === 'Female')!;
    expect(women.reference).toBe('Male');
    expectClose(women.mhOddsRatio!, berkeley.oddsRatio, 1e-12, 0, 'MH odds ratio');
    expectClose(women.interval![0], berkeley.ci95[0], 1e-12, 0, 'lower limit');
    expectClose(women.interval![1], berkeley.ci95[1], 1e-12, 0, 'upper limit');
    expectClose(women.pValue!, berkeley.test.p, 1e-9, 0, 'CMH p');
    expectClose(women.cdd!, berkeley.cdd, 1e-12, 0, 'CDD');
    expectClose(women.crudeDd!, berkeley.ddCrude, 1e-12, 0, 'crude DD');
    expectClose(women.standardisedRateRatio!, berkeley.dsr.ratio, 1e-12, 0, 'standardised ratio');
    expectClose(women.standardised!.group, berkeley.dsr.group, 1e-12, 0, 'standardised rate');
    expectClose(women.crudeRateRatio!, berkeley.crudeRates.group / berkeley.crudeRates.reference, 1e-12, 0, 'crude ratio');
    expect(women.paradox).toBe(true);
    // two groups: the test against the reference is the test against every other row, counted once in the Holm family (with the crude selection test)
    expect(women.cddPValue).toBe(women.pValue);
    expect(report.statistics.comparisons).toBe(2);
    expect(report.notices.map((n) => n.code)).toEqual(['simpsons-paradox']);
  });

  it("says so in words: crude, women are admitted less often; within departments more often (Simpson's paradox)", () => {
    const run = runCli(AUDIT);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('✗ fail  disparate_impact of gender=Female (vs Male) is 0.682');
    expect(run.stdout).toContain(
      "note: Simpson's paradox for gender=Female: overall Female is selected less often than Male (selection-rate ratio 0.682), but within department more often (Mantel–Haenszel odds ratio 1.105, standardised rate ratio 1.110)",
    );
    expect(run.stdout).toMatch(/│ Female │ 1835 │ Male │ 0\.682 │ 1\.105 \(0\.943–1\.295\) │  0\.22 │ 1\.110 │ -0\.019 │     reversed │/);
    // within the terminal's 100 columns
    expect(Math.max(...run.stdout.split('\n').filter((l) => l.includes('│')).map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it('judges stratified rules with the verdict machinery: a bound, the default evidence, require=significant and =point, bound=upper on the interval', () => {
    const rules = ['mh_odds_ratio>=0.9', 'standardised_rate_ratio>=1.2', 'standardised_rate_ratio>=1.2 require=point', 'cdd<=-0.05 require=significant', 'mh_odds_ratio>=1.2 bound=upper', 'mh_odds_ratio>=1.4 bound=upper'];
    const run = runCli([...AUDIT, ...rules.flatMap((r) => ['--rule', r]), '--format', 'json']);
    expect(run.exitCode).toBe(1);
    const findings = (JSON.parse(run.stdout) as PublishedReport).findings.filter((f) => f.group === 'Female');
    expect(findings.map((f) => [f.rule, f.status, f.reason])).toEqual([
      ['mh_odds_ratio>=0.9', 'pass', 'within-bound'],
      ['standardised_rate_ratio>=1.2', 'warn', 'not-significant'],
      ['standardised_rate_ratio>=1.2 require=point', 'fail', 'breach'],
      ['cdd<=-0.05 require=significant', 'warn', 'not-significant'],
      ['mh_odds_ratio>=1.2 bound=upper', 'warn', 'interval-includes-bound'],
      ['mh_odds_ratio>=1.4 bound=upper', 'fail', 'breach'],
    ]);
    expect(findings[3]!.message).toBe('cdd of gender=Female (vs the rest) is -0.019, above -0.05, but not significant at α = 0.05: p = 0.22 after Holm (Cochran–Mantel–Haenszel test)');
    const junit = runCli([...AUDIT, ...rules.flatMap((r) => ['--rule', r]), '--format', 'junit']).stdout;
    expect(junit).toContain('<failure message="standardised_rate_ratio of gender=Female (vs Male) is 1.110, below 1.2; p = 0.22 after Holm (Cochran–Mantel–Haenszel test)" type="breach">');
  });

  it('refuses a stratum column that is also a group column, and a stratified rule without strata (exit 2, one line each)', () => {
    const both = runCli(['audit', 'test/fixtures/ucb-admissions.csv', '--group', 'gender,department', '--prediction', 'admitted', '--strata', 'department']);
    expect(both.exitCode).toBe(2);
    expect(both.stderr).toContain('strata: "department" is an audited attribute\'s column; a legitimate factor is a column the groups are compared within, not one of the groups');
    const noStrata = runCli(['audit', 'test/fixtures/ucb-admissions.csv', '--group', 'gender', '--prediction', 'admitted', '--rule', 'cdd<=0.05']);
    expect(noStrata.exitCode).toBe(2);
    expect(noStrata.stderr).toContain('rule "cdd<=0.05" compares groups within strata: give the legitimate factors with --strata <columns>');
  });

  it('fairgate explain cdd writes the formula', () => {
    const run = runCli(['explain', 'cdd']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/CDD = Σ_s n_s·\(D_s − A_s\) \/ Σ_s n_s over the strata s of --strata/);
    expect(runCli(['explain', 'mantel-haenszel']).stdout).toMatch(/^mh_odds_ratio — Mantel–Haenszel odds ratio of selection/);
    expect(runCli(['explain', 'drift']).stdout).toContain('--drift "disparate_impact<=0.1 from=first"');
  });
});
