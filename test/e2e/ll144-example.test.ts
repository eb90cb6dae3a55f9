import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/model/audit-result.js';
import { assertValidReport } from '../helpers/report-schema.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

/**
 * The committed LL144 example reports of the bundled fixture (reports/examples/),
 * written by the real reporters (`-o` .json, .md, .html) as a user gets them.
 * A change in the numbers or the layout fails here; after checking the diff,
 * update them with `npx vitest run test/e2e/ll144-example.test.ts -u`.
 */
function ll144Run(config: string, name: string, extensions: readonly string[]): Record<string, string> {
  // Relative paths in a scratch folder, so the command recorded in the reports is the one to rerun.
  const cwd = mkdtempSync(path.join(tmpdir(), 'fairgate-ll144-example-'));
  symlinkSync(path.join(ROOT, 'fixtures'), path.join(cwd, 'fixtures'));
  const outputs = extensions.flatMap((ext) => ['-o', `reports/examples/${name}.${ext}`]);
  const run = runCli(['audit', 'fixtures/marketing/data.csv', '-c', `fixtures/marketing/${config}`, ...outputs, '--quiet'], { cwd, env: { GITHUB_ACTIONS: '' } });
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0); // ll144 warns on impact ratios under 0.8; it does not fail
  return Object.fromEntries(extensions.map((ext) => [ext, readFileSync(path.join(cwd, 'reports/examples', `${name}.${ext}`), 'utf8')]));
}

function reportOf(json: string): AuditResult {
  const report = JSON.parse(json) as AuditResult;
  assertValidReport(report);
  return report;
}

describe('ll144 report of the bundled marketing fixture', () => {
  const files = ll144Run('ll144.config.yaml', 'marketing-ll144', ['json', 'md', 'html']);
  const report = reportOf(files.json!);
  const section = report.presets!.ll144!;

  it('finds the injected gender bias: Female impact ratio 0.714 against Male', () => {
    const sex = section.tables.find((t) => t.kind === 'sex')!;
    expect(sex.reference).toBe('Male');
    expect(sex.unknown).toBe(190);
    expect(sex.categories.find((c) => c.key === 'Female')!.impactRatio).toBeCloseTo(2462 / 9855 / (3349 / 9573), 12);
    expect(sex.categories.find((c) => c.key === 'Non-binary')).toMatchObject({ applicants: 382, isExcluded: true });
    expect(report.findings.filter((f) => f.status === 'warn' && f.attribute === 'gender').map((f) => f.group)).toEqual(['(missing)', 'Female']);
  });

  it('lays the Markdown and HTML reports out as the published tables, right after the summary', () => {
    const md = files.md!;
    expect(md.indexOf('### NYC Local Law 144 bias audit')).toBeGreaterThan(md.indexOf('| verdict | checks |'));
    expect(md.indexOf('### NYC Local Law 144 bias audit')).toBeLessThan(md.indexOf('### gender'));
    expect(md).toContain('| Female | 9,855 | 2,462 | 25.0 % | 0.714 |');
    const html = files.html!;
    expect(html.indexOf('<section id="ll144"')).toBeGreaterThan(html.indexOf('<section id="summary"'));
    expect(html.indexOf('<section id="ll144"')).toBeLessThan(html.indexOf('<section id="attr-1"'));
    expect(html).toContain('<li><a href="#ll144">NYC Local Law 144 tables</a></li>');
  });

  it('is committed as JSON, Markdown and HTML', async () => {
    await expect(files.json).toMatchFileSnapshot('../../reports/examples/marketing-ll144.json');
    await expect(files.md).toMatchFileSnapshot('../../reports/examples/marketing-ll144.md');
    await expect(files.html).toMatchFileSnapshot('../../reports/examples/marketing-ll144.html');
  });

  it('has a scoring-rate variant (score above the median) committed as Markdown', async () => {
    const scoring = ll144Run('ll144-scoring.config.yaml', 'marketing-ll144-scoring', ['json', 'md']);
    expect(reportOf(scoring.json!).presets!.ll144!.rateKind).toBe('scoring');
    expect(scoring.md).toContain('### NYC Local Law 144 bias audit: scoring rates and impact ratios');
    await expect(scoring.md).toMatchFileSnapshot('../../reports/examples/marketing-ll144-scoring.md');
  });
});
