import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/report/audit-result.js';
import { renderLl144Page } from '../../src/report/ll144/render-html.js';
import { renderLl144Markdown } from '../../src/report/ll144/render-markdown.js';
import { assertValidReport } from '../helpers/report-schema.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * The committed LL144 example reports of the bundled fixture (reports/examples/).
 * A change in the numbers or the layout fails here; after checking the diff,
 * update them with `npx vitest run test/e2e/ll144-example.test.ts -u`.
 */
function ll144Report(config: string): AuditResult {
  const run = runCli(['audit', 'fixtures/marketing/data.csv', '-c', `fixtures/marketing/${config}`, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0); // ll144 warns on impact ratios under 0.8; it does not fail
  const report = JSON.parse(run.stdout) as AuditResult;
  assertValidReport(report);
  return report;
}

const about = (r: AuditResult) => ({ file: r.input.file, sha256: r.input.sha256, generatedAt: r.generatedAt, tool: r.tool });

describe('ll144 report of the bundled marketing fixture', () => {
  const report = ll144Report('ll144.config.yaml');
  const section = report.presets!.ll144!;

  it('finds the injected gender bias: Female impact ratio 0.714 against Male', () => {
    const sex = section.tables.find((t) => t.kind === 'sex')!;
    expect(sex.reference).toBe('Male');
    expect(sex.unknown).toBe(190);
    expect(sex.categories.find((c) => c.key === 'Female')!.impactRatio).toBeCloseTo(2462 / 9855 / (3349 / 9573), 12);
    expect(sex.categories.find((c) => c.key === 'Non-binary')).toMatchObject({ applicants: 382, isExcluded: true });
    expect(report.findings.filter((f) => f.status === 'warn' && f.attribute === 'gender').map((f) => f.group)).toEqual(['(missing)', 'Female']);
  });

  it('is committed as JSON, Markdown and HTML', async () => {
    await expect(JSON.stringify(report, null, 2) + '\n').toMatchFileSnapshot('../../reports/examples/marketing-ll144.json');
    await expect(renderLl144Markdown(section, about(report))).toMatchFileSnapshot('../../reports/examples/marketing-ll144.md');
    await expect(renderLl144Page(section, about(report))).toMatchFileSnapshot('../../reports/examples/marketing-ll144.html');
  });

  it('has a scoring-rate variant (score above the median) committed as Markdown', async () => {
    const scoring = ll144Report('ll144-scoring.config.yaml');
    expect(scoring.presets!.ll144!.rateKind).toBe('scoring');
    await expect(renderLl144Markdown(scoring.presets!.ll144!, about(scoring))).toMatchFileSnapshot('../../reports/examples/marketing-ll144-scoring.md');
  });
});
