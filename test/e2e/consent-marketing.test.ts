import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

/**
 * The marketing fixture's consent column (yes / no / empty) with its planted
 * breach: 27 targeted customers in West had opted out. The counts equal a
 * direct count of the file's rows; the gate fails the run (exit 1) and its
 * finding names West; without --consent the same audit passes (exit 0); one
 * thread, worker threads and two aggregated shards give the same statistics.
 */
const DATA = path.join(ROOT, 'fixtures/marketing/data.csv');
const FLAGS = ['-g', 'region,age_band', '--prediction', 'targeted'];
const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-consent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Group { key: string; metrics: Record<string, number | null> }
interface Report { status: string; attributes: { name: string; groups: Group[] }[]; findings: { rule: string; group: string; attribute: string; status: string; value: number | null; message: string }[]; notices: { code: string; message: string }[] }

function report(args: readonly string[], exit: number): Report {
  const run = runCli(['audit', ...args, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(exit);
  const parsed = JSON.parse(run.stdout) as Report;
  assertValidReport(parsed);
  return parsed;
}

/** Per region: [selected ∧ opted out, selected ∧ unknown, opted out, consent known], counted from the CSV text. */
function directCounts(): Map<string, number[]> {
  const [header, ...lines] = readFileSync(DATA, 'utf8').trim().split('\n');
  const col = (name: string) => header!.split(',').indexOf(name);
  const [r, t, c] = [col('region'), col('targeted'), col('consent')];
  const out = new Map<string, number[]>();
  for (const line of lines) {
    const f = line.split(',');
    const counts = out.get(f[r]!) ?? [0, 0, 0, 0];
    const selected = f[t] === '1';
    if (f[c] === 'no') counts[2]! += 1;
    if (f[c] !== '') counts[3]! += 1;
    if (selected && f[c] === 'no') counts[0]! += 1;
    if (selected && f[c] === '') counts[1]! += 1;
    out.set(f[r]!, counts);
  }
  return out;
}

const metricsOf = (rep: Report) => rep.attributes.map((a) => [a.name, a.groups.map((g) => [g.key, g.metrics.unconsented_selected, g.metrics.unknown_consent_selected, g.metrics.opt_out_rate])]);

describe('the marketing fixture with --consent consent', () => {
  const withConsent = report([DATA, ...FLAGS, '--consent', 'consent'], 1);

  it('counts what a direct count of the rows gives, and West holds the planted 27', () => {
    const region = withConsent.attributes.find((a) => a.name === 'region')!;
    for (const [key, [unconsented, unknown, out, known]] of directCounts()) {
      const g = region.groups.find((x) => x.key === key)!;
      expect([g.metrics.unconsented_selected, g.metrics.unknown_consent_selected, g.metrics.opt_out_rate]).toEqual([unconsented, unknown, out! / known!]);
    }
    expect(region.groups.find((g) => g.key === 'West')!.metrics.unconsented_selected).toBe(27);
  });

  it('fails on unconsented_selected==0 naming West, and passes without --consent', () => {
    const failed = withConsent.findings.filter((f) => f.status === 'fail' && f.attribute === 'region');
    expect(failed.map((f) => [f.rule, f.group, f.value])).toEqual([['unconsented_selected==0', 'West', 27]]);
    expect(failed[0]!.message).toBe('unconsented_selected of region=West is 27, above 0 (rows selected although they opted out)');
    expect(report([DATA, ...FLAGS], 0).status).toBe('pass');
  });

  it('says opting out clusters in 65+', () => {
    const messages = withConsent.notices.filter((n) => n.code === 'consent-opt-out').map((n) => n.message);
    expect(messages).toHaveLength(2);
    expect(messages[1]).toMatch(/^opting out differs across age_band \(χ² = [\d.]+, df = 5, p < 0\.0001\): 16\.1 % of 65\+ opted out/);
  });

  it('gives the same statistics on worker threads and from two aggregated shards', () => {
    expect(metricsOf(report([DATA, ...FLAGS, '--consent', 'consent', '--threads', '2'], 1))).toEqual(metricsOf(withConsent));
    const lines = readFileSync(DATA, 'utf8').trim().split('\n');
    const half = Math.floor(lines.length / 2);
    const shards = [lines.slice(0, half), [lines[0]!, ...lines.slice(half)]].map((part, i) => {
      const csv = path.join(dir, `part${i}.csv`);
      writeFileSync(csv, part.join('\n') + '\n');
      const out = path.join(dir, `part${i}.json`);
      expect(runCli(['aggregate', csv, ...FLAGS, '--consent', 'consent', '-o', out]).exitCode).toBe(0);
      return out;
    });
    expect(metricsOf(report(['--from-aggregates', ...shards], 1))).toEqual(metricsOf(withConsent));
  });

  it('every report format carries the finding that names West', () => {
    for (const format of ['table', 'markdown', 'html', 'csv', 'junit']) {
      const run = runCli(['audit', DATA, ...FLAGS, '--consent', 'consent', '--format', format]);
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain(format === 'csv' ? 'region,West' : 'West');
      expect(run.stdout).toContain('unconsented_selected');
    }
  });

  it('is explained by fairgate explain, and counted by fairgate sql (test/sql/duckdb-consent-candidate.test.ts runs it)', () => {
    const explain = runCli(['explain', 'unconsented_selected']);
    expect(explain.exitCode).toBe(0);
    expect(explain.stdout).toContain('--no-consent-gate');
    const sql = runCli(['sql', '--dialect', 'duckdb', '--table', 't', ...FLAGS, '--consent', 'consent']);
    expect(sql.exitCode).toBe(0);
    expect(sql.stdout).toContain(`SELECT 'consent' AS kind`);
  });

});
