import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { assertValidReport } from '../helpers/report-schema.js';
import type { AuditResult } from '../../src/model/audit-result.js';

/**
 * The README's model swap on the bundled marketing file: `model_b` uses one
 * cut-off for every gender (the gender bias of `targeted` gone) and a higher
 * one for region East (a new regional bias). The paired counts against a
 * recount of the raw rows, the regression gate failing on East alone, the
 * side-by-side table in the terminal, and shards folded by `fairgate
 * aggregate` giving the one-pass report.
 */
const DATA = path.join(ROOT, 'fixtures/marketing/data.csv');
const ARGS = ['audit', 'fixtures/marketing/data.csv', '-g', 'gender,region', '--prediction', 'targeted', '--candidate', 'model_b'];
const GATE = ['--rule', 'regression(disparate_impact)<=0.05'];
const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-candidate-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const [header, ...lines] = readFileSync(DATA, 'utf8').trimEnd().split('\n');
const col = (name: string) => header!.split(',').indexOf(name);

/** Per attribute and group: rows, rows selected by both, by `targeted` only, by `model_b` only. */
function recount(attribute: string): Map<string, { n: number; both: number; b: number; c: number }> {
  const [g, d, m] = [col(attribute), col('targeted'), col('model_b')];
  const out = new Map<string, { n: number; both: number; b: number; c: number }>();
  for (const line of lines) {
    const cells = line.split(',');
    const key = cells[g] === '' ? '(missing)' : cells[g]!;
    const x = out.get(key) ?? { n: 0, both: 0, b: 0, c: 0 };
    const [dd, mm] = [cells[d] === '1', cells[m] === '1'];
    out.set(key, { n: x.n + 1, both: x.both + (dd && mm ? 1 : 0), b: x.b + (dd && !mm ? 1 : 0), c: x.c + (!dd && mm ? 1 : 0) });
  }
  return out;
}

describe('--candidate model_b on the marketing file', () => {
  const run = runCli([...ARGS, ...GATE, '--format', 'json']);
  const report = JSON.parse(run.stdout) as AuditResult;

  it('pairs every group as a recount of the rows does; the regression gate fails on East alone', () => {
    expect(run.exitCode, run.stderr).toBe(1);
    assertValidReport(report);
    for (const [i, attribute] of ['gender', 'region'].entries()) {
      const counted = recount(attribute);
      for (const g of report.candidate!.changes[i]!.groups) {
        const x = counted.get(g.key)!;
        expect([g.n, g.both, g.baselineOnly, g.candidateOnly]).toEqual([x.n, x.both, x.b, x.c]);
        expect(g.selectedToNot.rate).toBeCloseTo(x.b / (x.both + x.b), 14);
        expect(g.notToSelected.rate).toBeCloseTo(x.c / (x.n - x.both - x.b), 14);
        const candidate = report.candidate!.attributes[i]!.groups.find((c) => c.key === g.key)!;
        expect(candidate.metrics.selection_rate).toBeCloseTo((x.both + x.c) / x.n, 14);
      }
    }
    const failed = report.findings.filter((f) => f.status === 'fail').map((f) => `${f.attribute}=${f.group}`);
    expect(failed).toEqual(['region=East']);
    const ratio = (i: number, key: string) => report.candidate!.attributes[i]!.groups.find((g) => g.key === key)!.disparities.disparate_impact!.value!;
    const before = (i: number, key: string) => report.attributes[i]!.groups.find((g) => g.key === key)!.disparities.disparate_impact!.value!;
    // the planted trade: Female's impact ratio rises from about 0.71 to parity, East's falls from about 0.84 below 0.6
    expect(before(0, 'Female')).toBeLessThan(0.75);
    expect(ratio(0, 'Female')).toBeGreaterThan(0.95);
    expect(before(1, 'East')).toBeGreaterThan(0.8);
    expect(ratio(1, 'East')).toBeLessThan(0.6);
  });

  it('the terminal shows both models side by side and the gate in words', () => {
    const text = runCli([...ARGS, ...GATE, '--no-color']);
    expect(text.exitCode).toBe(1);
    expect(text.stdout).toContain('Candidate model: model_b beside the audited decision');
    expect(text.stdout).toMatch(/│ East\s+│ 3345 │ 0\.262 │ 0\.185 │\s+0\.836 │ 0\.581 │\s+29\.5 % │\s+0\.0 % │\s+< 0\.0001 │\s+✗ fail │/);
    expect(text.stdout).toContain('✗ fail  disparate_impact of region=East fell from 0.836 to 0.581 (−0.255) with candidate model_b, more than the allowed 0.05');
  });

  it('every report format carries the comparison and the gate', () => {
    const out = (format: string) => runCli([...ARGS, ...GATE, '--format', format]).stdout;
    expect(out('markdown')).toContain('### Candidate model: model\\_b beside the audited decision');
    expect(out('markdown')).toMatch(/\| East \| 3345 \| 0\.262 \| 0\.185 \| 0\.836 \| 0\.581 \| 29\.5 % \(26\.6–32\.6 %\) \|/);
    const html = out('html');
    expect(html).toContain('<section id="candidate" aria-labelledby="candidate-h">');
    expect(html).toMatch(/<th scope="row">East<\/th>.*<span class="badge v-fail">✗ fail<\/span><\/td><\/tr>/);
    const [head, ...rows] = out('csv').trimEnd().split('\r\n');
    const columns = head!.split(',');
    const east = rows.find((r) => r.startsWith('region,East,'))!.split(',');
    expect(Number(east[columns.indexOf('candidate_disparate_impact')])).toBeCloseTo(0.5811711597056379, 14);
    expect(east[columns.indexOf('candidate_verdict')]).toBe('fail');
    expect(east[columns.indexOf('verdict')]).toBe('');
    expect(out('junit')).toContain('<failure message="disparate_impact of region=East fell from 0.836 to 0.581 (−0.255) with candidate model_b, more than the allowed 0.05" type="regressed">');
  });

  it('shards folded by fairgate aggregate --candidate give the one-pass report', () => {
    const bounds = [0, 7000, 13001, lines.length];
    const files = bounds.slice(1).map((end, i) => {
      const shard = path.join(dir, `shard-${i}.csv`);
      writeFileSync(shard, [header, ...lines.slice(bounds[i], end)].join('\n') + '\n');
      const out = `${shard}.json`;
      const folded = runCli(['aggregate', shard, ...ARGS.slice(2), '-o', out]);
      expect(folded.stderr).toBe('');
      return out;
    });
    const merged = runCli(['audit', '--from-aggregates', ...files, ...GATE, '--format', 'json']);
    expect(merged.exitCode, merged.stderr).toBe(1);
    const result = JSON.parse(merged.stdout) as AuditResult;
    expect(result.candidate).toEqual(report.candidate);
    expect(result.findings).toEqual(report.findings);
  });

  it('masks the groups the audit masks (--suppress-below), and fairgate sql counts the candidate', () => {
    const masked = JSON.parse(runCli([...ARGS, '--suppress-below', '200', '--format', 'json']).stdout) as AuditResult;
    assertValidReport(masked);
    const missing = masked.candidate!.changes[0]!.groups.find((g) => g.key === '(missing)')!;
    expect(missing).toMatchObject({ suppressed: 'primary', n: null, both: null, baselineOnly: null, candidateOnly: null });
    expect(masked.candidate!.attributes[0]!.groups.find((g) => g.key === '(missing)')!.suppressed).toBe('primary');
    const sql = runCli(['sql', '--dialect', 'duckdb', '--table', 't', '-g', 'gender', '--prediction', 'targeted', '--candidate', 'model_b']);
    expect(sql.exitCode).toBe(0);
    expect(sql.stdout).toContain(`SELECT 'candidate' AS kind`);
  });
});
