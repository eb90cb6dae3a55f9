import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const DATA = path.join(ROOT, 'fixtures/marketing/data.csv');
const ARGS = ['audit', DATA, '-g', 'ethnicity', '--outcome', 'offer_value', '--rule', 'mean_outcome_ratio>=0.9'];
const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-offer-value-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each ethnicity's mean offer, recomputed from the raw rows (no fairgate code). */
function meansByEthnicity(): Map<string, number> {
  const [header, ...rows] = readFileSync(DATA, 'utf8').trimEnd().split('\n');
  const names = header!.split(',');
  const [e, v] = [names.indexOf('ethnicity'), names.indexOf('offer_value')];
  const sums = new Map<string, [number, number]>();
  for (const row of rows) {
    const cells = row.split(',');
    const [s, n] = sums.get(cells[e]!) ?? [0, 0];
    sums.set(cells[e]!, [s + Number(cells[v]), n + 1]);
  }
  return new Map([...sums].map(([k, [s, n]]) => [k, s / n]));
}

describe('README example: --outcome offer_value on ethnicity catches the planted offer-tier bias', () => {
  it('fails exactly Black customers\' mean offer (0.78 of the highest group, significant after Holm); the other groups pass', () => {
    const run = runCli([...ARGS, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout);
    assertValidReport(report);
    const means = meansByEthnicity();
    const reference = [...means].sort((a, b) => b[1] - a[1])[0]!;
    expect(reference[0]).toBe('Asian');
    const failed = report.findings.filter((f: { status: string }) => f.status === 'fail');
    expect(failed.map((f: { group: string }) => f.group)).toEqual(['Black']);
    expect(failed[0]).toMatchObject({ reference: 'Asian', test: 'welch', reason: 'breach' });
    expect(failed[0].value).toBeCloseTo(means.get('Black')! / reference[1], 12);
    expect(failed[0].value).toBeLessThan(0.8);
    expect(failed[0].pValueAdjusted).toBeLessThan(0.05);
    expect(report.findings.filter((f: { status: string }) => f.status === 'pass')).toHaveLength(4);
  });

  it('the terminal names the failure and the HTML report draws the offers per group', () => {
    const html = path.join(dir, 'offers.html');
    const run = runCli([...ARGS, '-o', html]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('✗ fail  mean_outcome_ratio of ethnicity=Black (vs Asian) is 0.782, below 0.9');
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<svg class="chart box-chart"');
    expect(page).toMatch(/Black: 10th–90th percentile [^.]*, mean 8\.41\./);
  });
});
