import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { assertValidReport } from '../helpers/report-schema.js';
import type { AuditResult } from '../../src/model/audit-result.js';

/**
 * The README's audit over time on the bundled marketing file (its contact date
 * column carries a planted drift of Female's selection rate): every month's
 * impact ratios and the drift findings against a recount of the raw rows, and
 * the terminal lines the README shows.
 */
const ARGS = ['audit', 'fixtures/marketing/data.csv', '--group', 'gender', '--prediction', 'targeted', '--period', 'date', '--every', 'month', '--drift', 'disparate_impact<=0.1 from=first'];

/** Per month and gender (empty = (missing)): rows and rows targeted, read straight from the file. */
function recount(): Map<string, Map<string, { n: number; selected: number }>> {
  const [header, ...lines] = readFileSync(path.join(ROOT, 'fixtures/marketing/data.csv'), 'utf8').trimEnd().split('\n');
  const col = (name: string) => header!.split(',').indexOf(name);
  const [g, d, t] = [col('gender'), col('targeted'), col('date')];
  const months = new Map<string, Map<string, { n: number; selected: number }>>();
  for (const line of lines) {
    const cells = line.split(',');
    const month = cells[t]!.slice(0, 7);
    const group = cells[g] === '' ? '(missing)' : cells[g]!;
    if (!months.has(month)) months.set(month, new Map());
    const counts = months.get(month)!.get(group) ?? { n: 0, selected: 0 };
    months.get(month)!.set(group, { n: counts.n + 1, selected: counts.selected + Number(cells[d]) });
  }
  return months;
}

describe('audits over time: the marketing file by month with a drift rule', () => {
  const months = recount();
  /** Impact ratio against the group with the highest selection rate (the default reference), per month and group. */
  const ratios = new Map(
    [...months].map(([month, groups]) => {
      const rate = (k: string) => groups.get(k)!.selected / groups.get(k)!.n;
      const best = Math.max(...[...groups.keys()].filter((k) => k !== '(missing)').map(rate));
      return [month, new Map([...groups.keys()].map((k) => [k, rate(k) / best]))];
    }),
  );

  it("every month's impact ratios equal a recount of its rows; drift findings are each month's change from January beyond ±0.1", () => {
    const run = runCli([...ARGS, '--format', 'json']);
    expect(run.exitCode, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as AuditResult;
    assertValidReport(report);
    expect(report.windows!.windows.map((w) => w.window)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    for (const w of report.windows!.windows) {
      const expected = ratios.get(w.window)!;
      expect(w.overall.n).toBe([...months.get(w.window)!.values()].reduce((s, c) => s + c.n, 0));
      for (const group of w.attributes[0]!.groups) expect(group.disparities.disparate_impact!.value).toBeCloseTo(expected.get(group.key)!, 12);
    }
    // the planted drift: Female falls month by month
    const female = ['2025-01', '2025-02', '2025-03', '2025-04'].map((m) => ratios.get(m)!.get('Female')!);
    expect(female.every((v, i) => i === 0 || v < female[i - 1]!)).toBe(true);
    const drift = report.findings.filter((f) => f.rule === 'drift(disparate_impact)<=0.1 from=first' && f.group !== 'Male');
    const expected = ['2025-02', '2025-03', '2025-04'].flatMap((m) =>
      [...ratios.get(m)!.keys()].filter((k) => k !== 'Male').sort().map((k) => {
        const change = ratios.get(m)!.get(k)! - ratios.get('2025-01')!.get(k)!;
        return [m, k, Math.abs(change) > 0.1 ? 'fail' : 'pass'];
      }),
    );
    expect(drift.map((f) => [f.window, f.group, f.status]).sort()).toEqual(expected.sort());
    for (const f of drift) expect(f.change).toBeCloseTo(ratios.get(f.window!)!.get(f.group)! - ratios.get('2025-01')!.get(f.group)!, 12);
    expect(drift.filter((f) => f.group === 'Female').map((f) => [f.window, f.status])).toEqual([['2025-02', 'pass'], ['2025-03', 'fail'], ['2025-04', 'fail']]);
  }, 120_000);

  it("prints the README's trend table and drift finding", () => {
    const run = runCli(ARGS);
    expect(run.exitCode).toBe(1);
    for (const line of [
      'Trend: disparate impact (impact ratio) of gender by month',
      '│ window  │    n │ (missing) │ Female │  Male │ Non-binary │ window verdict │',
      '│ 2025-01 │ 5227 │     0.995 │  0.817 │ 1.000 │      0.875 │           pass │',
      '│ 2025-02 │ 5101 │     0.593 │  0.778 │ 1.000 │      0.787 │           fail │',
      '│ 2025-03 │ 4976 │     0.878 │  0.673 │ 1.000 │      0.932 │           fail │',
      '│ 2025-04 │ 4696 │     0.618 │  0.568 │ 1.000 │      0.756 │           fail │',
      '  ✗ fail  drift of disparate_impact of gender=Female (vs Male): 0.673 in 2025-03, 0.817 in 2025-01 (−0.144), beyond ±0.1',
    ]) {
      expect(run.stdout.split('\n')).toContain(line);
    }
  }, 120_000);
});
