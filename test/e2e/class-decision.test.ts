import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import type { AuditResult } from '../../src/model/audit-result.js';

/**
 * A multi-class decision audit of the marketing fixture: `offer_tier` (none /
 * standard / premium, none exactly when targeted = 0) has a planted
 * disparity, targeted Black customers get premium far less often. The
 * per-class rule catches it and nothing else fails; the audit is the same on
 * one thread, two threads and two shards aggregated and merged; and it runs
 * beside the binary decision of --prediction in one report.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-classes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DATA = path.join(ROOT, 'fixtures/marketing/data.csv');
const CLASSES = ['-g', 'ethnicity', '--decision', 'offer_tier', '--favourable', 'premium>standard>none'];
const RULES = ['--rule', 'class_impact>=0.8 class=premium', '--rule', 'tvd<=0.1'];

function audit(args: readonly string[], exit = 1): AuditResult {
  const out = path.join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  const run = runCli(['audit', ...args, '-o', out]);
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(exit);
  const report = JSON.parse(readFileSync(out, 'utf8')) as AuditResult;
  assertValidReport(report);
  return report;
}

describe('offer tiers of the marketing fixture by ethnicity', () => {
  const one = audit([DATA, ...CLASSES, ...RULES, '--threads', '1']);

  it('catches the planted tier disparity: Black customers get premium about half as often as White customers, significant after Holm', () => {
    const failed = one.findings.filter((f) => f.status === 'fail');
    expect(failed.map((f) => [f.rule, f.group])).toEqual([['class_impact>=0.8 class=premium', 'Black']]);
    const black = one.attributes[0]!.groups.find((g) => g.key === 'Black')!;
    const premium = black.classes!.shares.find((s) => s.class === 'premium')!;
    expect(premium.impact!.reference).toBe('White');
    expect(premium.impact!.value).toBeGreaterThan(0.45);
    expect(premium.impact!.value).toBeLessThan(0.65);
    expect(premium.impact!.interval![1]).toBeLessThan(0.8);
    expect(premium.impact!.pValueAdjusted).toBeLessThan(1e-6);
    // the mix of tiers moves by about 5 points: within tvd<=0.1, so the distance alone would not catch it
    expect(black.disparities.tvd!.value).toBeGreaterThan(0.03);
    expect(black.disparities.tvd!.value).toBeLessThan(0.1);
    // "none" follows targeting, which the fixture does not tie to ethnicity: the share reaching standard or better is level
    const atLeastStandard = black.classes!.atLeast!.find((s) => s.class === 'standard')!;
    expect(Math.abs(atLeastStandard.impact!.value! - 1)).toBeLessThan(0.05);
    expect(one.attributes[0]!.classes!.independence!.pValue).toBeLessThan(1e-10);
  });

  it('one thread = two threads = two shards aggregated and merged', () => {
    expect(audit([DATA, ...CLASSES, ...RULES, '--threads', '2']).attributes).toEqual(one.attributes);
    const lines = readFileSync(DATA, 'utf8').trimEnd().split('\n');
    const shards = [lines.slice(1, 7001), lines.slice(7001)].map((rows, i) => {
      const file = path.join(dir, `shard-${i}.csv`);
      writeFileSync(file, [lines[0], ...rows].join('\n') + '\n');
      const out = path.join(dir, `shard-${i}.json`);
      const run = runCli(['aggregate', file, ...CLASSES, '-o', out]);
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      return out;
    });
    expect(audit(['--from-aggregates', ...shards, ...RULES]).attributes).toEqual(one.attributes);
  });

  it('runs beside the binary decision (--prediction) in one report', () => {
    const both = audit([DATA, ...CLASSES, '--prediction', 'targeted', ...RULES, '--rule', 'disparate_impact>=0.8']);
    const black = both.attributes[0]!.groups.find((g) => g.key === 'Black')!;
    expect(black.metrics.selection_rate).toBeTypeOf('number');
    expect(black.classes!.shares.map((s) => s.class)).toEqual(['premium', 'standard', 'none']);
    expect(both.findings.filter((f) => f.status === 'fail').map((f) => f.rule)).toContain('class_impact>=0.8 class=premium');
  });

  it('the terminal shows the class section', () => {
    const run = runCli(['audit', DATA, ...CLASSES, ...RULES]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('classes of offer_tier: premium > standard > none (most favourable first); shares ×ratio to White');
    expect(run.stdout).toMatch(/│ Black +│ +2564 │ 0\.062 ×0\.54 │/);
  });

  it('fairgate sql counts groups × classes in every dialect (test/sql/duckdb-classes.test.ts and clickhouse.test.ts run it)', () => {
    for (const dialect of ['duckdb', 'clickhouse']) {
      const query = runCli(['sql', '--dialect', dialect, '--table', 't', ...CLASSES]);
      expect(query.exitCode).toBe(0);
      expect(query.stdout).toMatch(/SELECT (CAST\()?'class'/);
    }
  });

});
