import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { SHARED, runCli } from '../helpers/run-cli.js';
import { loadFixture } from '../unit/stats/fixture-loader.js';

/** AIF360's generalized_entropy_error and between_group_generalized_entropy_error on COMPAS's raw rows (scripts/fixtures/generalized_entropy.py). */
interface CompasCase { attribute: string; alpha: number; rows: number; ge: number; between: number }
const CASES = loadFixture<CompasCase[]>('generalized_entropy_compas');

const COMPAS = path.join(SHARED, 'compas/compas-scores-two-years.csv');
const FLAGS = ['--group', 'race,sex,race+sex', '--prediction', 'score_text', '--prediction-positive', 'Medium,High', '--label', 'two_year_recid'];
interface Inequality { alpha: number; generalizedEntropy: number | null; betweenGroup: number | null; rows: number }
interface Report { attributes: { name: string; inequality?: Inequality }[]; findings: { metric: string; attribute: string; group: string; value: number | null; status: string; reason: string }[] }

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-entropy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function audit(args: string[], stderr: RegExp = /^$/): Report {
  const run = runCli(['audit', ...args, '--format', 'json']);
  expect(run.stderr).toMatch(stderr);
  const report = JSON.parse(run.stdout);
  assertValidReport(report);
  return report as Report;
}

describe('inequality of benefit on COMPAS, against AIF360 on the raw rows', () => {
  for (const alpha of [...new Set(CASES.map((c) => c.alpha))]) {
    it(`α = ${alpha}: GE and the between-group part of race, sex and race+sex to 1e-9`, () => {
      const report = audit([COMPAS, ...FLAGS, ...(alpha === 2 ? [] : ['--entropy-alpha', String(alpha)])]);
      for (const c of CASES.filter((k) => k.alpha === alpha)) {
        const got = report.attributes.find((a) => a.name === c.attribute)!.inequality!;
        expect(got.alpha).toBe(alpha);
        expect(got.rows).toBe(c.rows);
        // α = 0 with false negatives: AIF360 gives +∞, the report null (undefined)
        if (Number.isFinite(c.ge)) expect(Math.abs(got.generalizedEntropy! - c.ge)).toBeLessThan(1e-9);
        else expect(got.generalizedEntropy).toBeNull();
        expect(Math.abs(got.betweenGroup! - c.between)).toBeLessThan(1e-9 * Math.max(1, c.between));
      }
    });
  }

  it('rules: a point rule per attribute on its (overall) rows; an infinite GE is inconclusive; no test is ever asked for', () => {
    const race = CASES.find((c) => c.alpha === 2 && c.attribute === 'race')!;
    const report = audit([COMPAS, ...FLAGS, '--rule', 'generalized_entropy<=0.2', '--rule', 'between_group_entropy<=0.001']);
    const on = (metric: string, attribute: string) => report.findings.find((f) => f.metric === metric && f.attribute === attribute)!;
    expect(on('generalized_entropy', 'race')).toMatchObject({ group: '(overall)', status: 'pass', reason: 'within-bound' });
    expect(on('between_group_entropy', 'race')).toMatchObject({ group: '(overall)', status: 'fail', reason: 'breach' });
    expect(on('between_group_entropy', 'race').value).toBeCloseTo(race.between, 12);
    expect(on('between_group_entropy', 'sex')).toMatchObject({ status: 'pass' });
    // the run's only checks are undefined: it judged nothing (exit 3, said on stderr)
    const zero = audit([COMPAS, ...FLAGS, '--entropy-alpha', '0', '--rule', 'generalized_entropy<=0.2'], /no check could be judged/);
    expect(zero.findings.find((f) => f.attribute === 'race')).toMatchObject({ value: null, status: 'inconclusive', reason: 'undefined-value' });
  });

  it('merged aggregates of two halves give the values of the whole file', () => {
    const [header, ...rows] = readFileSync(COMPAS, 'utf8').trimEnd().split('\n');
    const halves = [rows.slice(0, 3000), rows.slice(3000)].map((part, i) => {
      const file = path.join(dir, `half-${i}.csv`);
      writeFileSync(file, [header, ...part].join('\n') + '\n');
      const out = `${file}.json`;
      expect(runCli(['aggregate', file, ...FLAGS, '-o', out]).exitCode).toBe(0);
      return out;
    });
    const merged = audit(['--from-aggregates', ...halves, '--entropy-alpha', '1']);
    for (const c of CASES.filter((k) => k.alpha === 1)) {
      const got = merged.attributes.find((a) => a.name === c.attribute)!.inequality!;
      expect(Math.abs(got.generalizedEntropy! - c.ge)).toBeLessThan(1e-9);
      expect(Math.abs(got.betweenGroup! - c.between)).toBeLessThan(1e-9);
    }
  });

  it('small-cell suppression withholds the between-group part of an attribute with a hidden group (it would tell the hidden mean), not GE over its rows', () => {
    const report = audit([COMPAS, ...FLAGS, '--suppress-below', '50', '--rule', 'between_group_entropy<=0.01', '--rule', 'generalized_entropy<=0.2']);
    const race = report.attributes.find((a) => a.name === 'race')!.inequality!;
    const sex = report.attributes.find((a) => a.name === 'sex')!.inequality!;
    const whole = CASES.filter((c) => c.alpha === 2);
    expect(race.betweenGroup).toBeNull();
    expect(Math.abs(race.generalizedEntropy! - whole[0]!.ge)).toBeLessThan(1e-9);
    expect(Math.abs(sex.betweenGroup! - whole.find((c) => c.attribute === 'sex')!.between)).toBeLessThan(1e-9);
    const on = (metric: string, attribute: string) => report.findings.find((f) => f.metric === metric && f.attribute === attribute)!;
    expect(on('between_group_entropy', 'race')).toMatchObject({ status: 'suppressed', value: null });
    expect(on('generalized_entropy', 'race')).toMatchObject({ status: 'pass' });
    expect(on('between_group_entropy', 'sex')).toMatchObject({ status: 'pass' });
  });

  it('refused: require=significant (no test), bound=upper (no interval), a regression bound, and an α that is not a number', () => {
    for (const [flag, words] of [
      ['--rule=generalized_entropy<=0.2 require=significant', /can require significance/],
      ['--rule=between_group_entropy<=0.01 bound=upper', /no confidence interval/],
      ['--rule=regression(generalized_entropy)<=0.01', /regression bounds judge per-group metrics/],
      ['--entropy-alpha=two', /--entropy-alpha/],
    ] as const) {
      const run = runCli(['audit', COMPAS, ...FLAGS, flag]);
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toMatch(words);
    }
  });
});
