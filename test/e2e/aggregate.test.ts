import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-aggregate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DATA = path.join(ROOT, 'fixtures/marketing/data.csv');
const FLAGS = ['--group', 'gender,ethnicity,age_band,region,gender+ethnicity', '--prediction', 'targeted', '--label', 'converted', '--score', 'score'];
/** The fields that describe what a run read; everything else must be identical. */
const PROVENANCE = ['file', 'sha256', 'bytes', 'sources'] as const;

function withoutProvenance(report: Record<string, unknown>): Record<string, unknown> {
  const input = { ...(report.input as Record<string, unknown>) };
  for (const key of PROVENANCE) delete input[key];
  const { command: _command, ...rest } = report;
  return { ...rest, input };
}

/** The fixture cut into shards at the given data rows, each with the header. */
function shards(cuts: number[]): string[] {
  const [header, ...rows] = readFileSync(DATA, 'utf8').trimEnd().split('\n');
  const bounds = [0, ...cuts, rows.length];
  return bounds.slice(1).map((end, i) => {
    const file = path.join(dir, `shard-${cuts.join('-')}-${i}.csv`);
    writeFileSync(file, [header, ...rows.slice(bounds[i], end)].join('\n') + '\n');
    return file;
  });
}

function aggregate(file: string, extra: string[] = []): string {
  const out = `${file}.json`;
  const run = runCli(['aggregate', file, ...FLAGS, ...extra, '-o', out]);
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  return out;
}

describe('fairgate aggregate + audit --from-aggregates', () => {
  const direct = runCli(['audit', DATA, ...FLAGS, '--format', 'json']);
  const report = JSON.parse(direct.stdout) as Record<string, unknown>;

  it('merging shard aggregates gives the report of one run on the whole file, except what describes the inputs', () => {
    for (const cuts of [[7000, 14000], [1, 19999], [10000]]) {
      const files = shards(cuts).map((f) => aggregate(f));
      const merged = runCli(['audit', '--from-aggregates', ...files, '--format', 'json']);
      expect(merged.stderr).toBe('');
      expect(merged.exitCode).toBe(direct.exitCode);
      const mergedReport = JSON.parse(merged.stdout) as Record<string, unknown>;
      assertValidReport(mergedReport);
      expect(withoutProvenance(mergedReport)).toEqual(withoutProvenance(report));
      const input = mergedReport.input as { file: string; sources: { data: { file: string } }[] };
      expect(input.file).toBe(files.join(', '));
      expect(input.sources.map((s) => path.basename(s.data.file))).toEqual(files.map((f) => path.basename(f, '.json')));
    }
  });

  it('the table report too is identical, apart from the input named in its first line', () => {
    const files = shards([5000]).map((f) => aggregate(f));
    const merged = runCli(['audit', '--from-aggregates', ...files]).stdout;
    const whole = runCli(['audit', DATA, ...FLAGS]).stdout;
    expect(merged.startsWith(`${files.join(', ')}: 20000 of 20000 rows`)).toBe(true);
    expect(merged.replace(files.join(', '), DATA)).toBe(whole);
  });

  it('refuses aggregates computed with other options, saying what differs (exit 2)', () => {
    const [a, b] = shards([10000]);
    const run = runCli(['audit', '--from-aggregates', aggregate(a!), aggregate(b!, ['--bins', '20'])]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/its statistics were computed with other options than .*\(bins: 10 vs 20\)/);
  });

  it('refuses flags that would change the statistics, and accepts judging flags', () => {
    const files = shards([10000]).map((f) => aggregate(f));
    const changed = runCli(['audit', '--from-aggregates', ...files, '--group', 'gender']);
    expect(changed.exitCode).toBe(2);
    expect(changed.stderr).toContain('groups: the statistics were computed with');
    const judged = runCli(['audit', '--from-aggregates', ...files, '--rule', 'ece<=0.05', '--format', 'json']);
    expect(judged.exitCode).toBe(1);
    expect(JSON.parse(judged.stdout).findings.some((f: { rule: string; status: string }) => f.rule === 'ece<=0.05' && f.status === 'fail')).toBe(true);
  });

  it('wants either a data file or --from-aggregates', () => {
    expect(runCli(['audit', ...FLAGS]).stderr).toMatch(/^fairgate: no data file given; standard input is read only when - stands in for the file name: fairgate audit - /);
    expect(runCli(['audit', 'data.csv', '--from-aggregates', 'a.json', ...FLAGS]).stderr).toContain('give a data file or --from-aggregates <files…>, not both');
  });
});
