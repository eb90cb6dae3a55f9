import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const DATA = path.join(ROOT, 'fixtures/marketing/data.csv');

/** The fixture's rows, parsed independently of fairgate (plain comma-separated, no quoting). */
function fixtureRows(): { gender: string; score: number }[] {
  const [header, ...lines] = readFileSync(DATA, 'utf8').trim().split('\n');
  const cols = header!.split(',');
  const gi = cols.indexOf('gender');
  const si = cols.indexOf('score');
  return lines.map((l) => l.split(',')).map((f) => ({ gender: f[gi] || '(missing)', score: Number(f[si]) }));
}

/** Oracle: sort the whole file by score, cut at the k-th row, select all rows at or above the cut-off. */
function selectedBySort(k: number) {
  const rows = fixtureRows();
  const cutoff = [...rows].sort((a, b) => b.score - a.score)[k - 1]!.score;
  const perGroup = new Map<string, number>();
  for (const r of rows) if (r.score >= cutoff) perGroup.set(r.gender, (perGroup.get(r.gender) ?? 0) + 1);
  return { cutoff, selected: rows.filter((r) => r.score >= cutoff).length, tied: rows.filter((r) => r.score === cutoff).length, perGroup };
}

function audit(args: string[], input?: string, env?: Record<string, string>) {
  const run = runCli(['audit', ...args, '--group', 'gender', '--score', 'score', '--format', 'json'], { ...(input ? { input } : {}), ...(env ? { env } : {}) });
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout);
  assertValidReport(report);
  return report;
}

describe('--top-k and --top-percent on the bundled fixture (scores with 4 decimals, many ties)', () => {
  it.each([1, 100, 5000, 6001, 19_999])('--top-k %i selects what a sort of the whole file selects', (k) => {
    const expected = selectedBySort(k);
    const report = audit([DATA, '--top-k', String(k)]);
    expect(report.selection).toEqual({ method: 'top-k', k, rows: 20_000, cutoff: expected.cutoff, comparison: '>=', selected: expected.selected, tiedAtCutoff: expected.tied });
    for (const g of report.attributes[0].groups) expect(g.selected).toBe(expected.perGroup.get(g.key) ?? 0);
  });

  it('--top-percent 30 is --top-k 6000', () => {
    const percent = audit([DATA, '--top-percent', '30']);
    const topK = audit([DATA, '--top-k', '6000']);
    expect(percent.selection).toEqual({ ...topK.selection, method: 'top-percent', percent: 30 });
    expect(percent.attributes).toEqual(topK.attributes);
  });

  it('says when ties make the selection exceed k (k = 5000 cuts through 3 rows tied at 0.1686)', () => {
    expect(selectedBySort(5000)).toMatchObject({ cutoff: 0.1686, selected: 5001, tied: 3 });
    const report = audit([DATA, '--top-k', '5000']);
    expect(report.notices).toContainEqual({ code: 'selection-ties', message: '3 rows share the cut-off score 0.1686; all are selected, so 5001 rows are selected for k = 5000' });
  });

});

describe('standard input with a score cut-off', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'fairgate-spool-test-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('is spooled to a temporary file, gives the file report, and the copy is deleted', () => {
    const fromFile = audit([DATA, '--top-k', '777']);
    const fromStdin = audit(['-', '--top-k', '777'], readFileSync(DATA, 'utf8'), { TMPDIR: tmp });
    expect(fromStdin.selection).toEqual(fromFile.selection);
    expect(fromStdin.attributes).toEqual(fromFile.attributes);
    expect(fromStdin.input.sha256).toBe(fromFile.input.sha256);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('deletes the copy when the audit fails', () => {
    const run = runCli(['audit', '-', '--group', 'nope', '--score', 'score', '--top-k', '5'], { input: readFileSync(DATA, 'utf8'), env: { TMPDIR: tmp } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/column "nope" not found/);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('score cut-off flags are checked', () => {
  it.each([
    [['--top-k', '5'], /topK: selects the highest scores, so it needs a score column/],
    [['--score', 'score', '--top-k', '0'], /--top-k: expected a number >= 1, got 0\n$/],
    [['--score', 'score', '--top-k', '2.5'], /--top-k: expected a whole number, got "2.5"\n$/],
    [['--score', 'score', '--top-k', '5', '--top-percent', '10'], /give either topK \(--top-k\) or topPercent/],
    [['--score', 'score', '--top-k', '5', '--prediction', 'targeted'], /not both/],
    [['--score', 'score', '--top-percent', '120'], /--top-percent: expected a number <= 100, got 120\n$/],
  ])('%j is a usage error', (flags, message) => {
    const run = runCli(['audit', DATA, '--group', 'gender', ...flags]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
