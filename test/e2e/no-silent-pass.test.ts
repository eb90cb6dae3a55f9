import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { runCli } from '../helpers/run-cli.js';
import { seededUniform } from '../helpers/seeded-uniform.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-no-silent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 600 seeded rows: sex, a decision coded Y/N, an age 18–95
const next = seededUniform(7);
const rows = Array.from({ length: 600 }, () => ({ sex: next() < 0.5 ? 'F' : 'M', pred: next() < 0.3 ? 'Y' : 'N', age: 18 + Math.floor(next() * 78) }));
const csv = ['sex,pred,age', ...rows.map((r) => `${r.sex},${r.pred},${r.age}`)].join('\n') + '\n';
writeFileSync(path.join(dir, 'data.csv'), csv);
writeFileSync(path.join(dir, 'data.csv.gz'), gzipSync(csv));
const recount = (v: string) => rows.filter((r) => r.pred === v).length;

describe('a positive set that matches nothing', () => {
  it('is exit 2 from a gzip file, naming the values with their rows and the case match', () => {
    const run = runCli(['audit', 'data.csv.gz', '-g', 'sex', '--prediction', 'pred', '--prediction-positive', 'y'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`values found, most frequent first: "N" (${recount('N')} rows), "Y" (${recount('Y')} rows); did you mean --prediction-positive Y?`);
  });

  it('is refused by fairgate aggregate too, which writes nothing', () => {
    const run = runCli(['aggregate', 'data.csv', '-g', 'sex', '--prediction', 'pred', '--prediction-positive', 'y', '-o', 'a.json'], { cwd: dir });
    expect([run.exitCode, run.stderr.startsWith('fairgate: data.csv: prediction column "pred" holds none of the positive values "y"')]).toEqual([2, true]);
  });
});

describe('a run in which no check could be judged', () => {
  const args = ['audit', 'data.csv', '-g', 'sex', '--prediction', 'pred', '--prediction-positive', 'Y', '--min-group-size', '1000', '--rule', 'disparate_impact>=0.8'];
  const sentence = 'no check could be judged: all 2 checks are inconclusive (2 small group); pass --allow-no-verdict (config: allowNoVerdict: true) to accept this';

  it('exits 3 with the sentence; the JUnit report fails a case that says so; GitHub Actions gets an ::error', () => {
    const run = runCli([...args, '-o', 'junit.xml', '--quiet'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(run.exitCode).toBe(3);
    expect(run.stderr.split('\n').filter((l) => l !== '')).toHaveLength(2); // the annotation and the sentence, nothing else under --quiet
    expect(run.stderr).toContain(`fairgate: ${sentence}\n`);
    expect(run.stderr).toMatch(/^::error title=fairgate%3A no check could be judged::no check could be judged/m);
    const junit = readFileSync(path.join(dir, 'junit.xml'), 'utf8');
    expect(junit).toContain('<testsuites name="fairgate audit of data.csv" tests="3" failures="1"');
    expect(junit).toContain(`<testcase classname="fairgate" name="a check was judged" time="0">\n      <failure message="${sentence}" type="no-verdict">${sentence}</failure>`);
  });

  it('exits 0 with --allow-no-verdict or allowNoVerdict in the config, and the report says which', () => {
    const flag = runCli([...args, '--allow-no-verdict', '-o', 'r.json', '--quiet'], { cwd: dir });
    expect([flag.exitCode, flag.stderr]).toEqual([0, '']);
    const report = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'));
    assertValidReport(report);
    expect([report.config.allowNoVerdict, report.summary.inconclusive, report.status]).toEqual([true, 2, 'inconclusive']);
    writeFileSync(path.join(dir, 'allow.yaml'), 'allowNoVerdict: true\n');
    expect(runCli([...args, '-c', 'allow.yaml', '--quiet'], { cwd: dir }).exitCode).toBe(0);
  });
});

describe('banding through the CLI', () => {
  it('groups an age column into half-open bands, lowest first, through an aggregate file as directly', () => {
    const direct = runCli(['audit', 'data.csv', '-g', 'age', '--prediction', 'pred', '--prediction-positive', 'Y', '--bins', 'age=25,45,65', '-o', 'd.json', '--quiet'], { cwd: dir });
    expect(direct.stderr).toBe('');
    const agg = runCli(['aggregate', 'data.csv', '-g', 'age', '--prediction', 'pred', '--prediction-positive', 'Y', '--bins', 'age=25,45,65', '-o', 'a.json'], { cwd: dir });
    expect(agg.exitCode).toBe(0);
    expect(runCli(['audit', '--from-aggregates', 'a.json', '-o', 'm.json', '--quiet'], { cwd: dir }).stderr).toBe('');
    const band = (age: number) => (age < 25 ? '<25' : age < 45 ? '25–45' : age < 65 ? '45–65' : '≥65');
    const expected = ['<25', '25–45', '45–65', '≥65'].map((key) => ({ key, n: rows.filter((r) => band(r.age) === key).length }));
    for (const file of ['d.json', 'm.json']) {
      const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      expect(report.attributes[0].groups.map((g: { key: string; n: number }) => ({ key: g.key, n: g.n }))).toEqual(expected);
    }
  });

  it('suggests bands for an unbanded numeric attribute of many values', () => {
    const run = runCli(['audit', 'data.csv', '-g', 'age', '--prediction', 'pred', '--prediction-positive', 'Y', '--allow-no-verdict'], { cwd: dir });
    expect(run.stdout).toMatch(/note: age looks numeric and has 78 distinct values, each its own group \(most too small to judge\); to audit it in bands, give edges, e\.g\. --bins age=\d+,\d+,\d+,\d+ /);
  });
});
