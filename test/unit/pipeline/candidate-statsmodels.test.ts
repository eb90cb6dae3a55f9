import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/pipeline/audit.js';
import type { CandidateGroupChange } from '../../../src/model/candidate-section.js';
import { configFrom } from '../../helpers/csv-audit.js';
import { ROOT } from '../../helpers/run-cli.js';
import { expectClose, loadFixture } from '../stats/fixture-loader.js';

/**
 * The marketing file's two models paired per group against statsmodels
 * (scripts/fixtures/candidate_paired.py): the counts of the 2×2 table from
 * pandas, McNemar's exact and continuity-corrected chi-square tests, and the
 * flip rates' Wilson intervals (proportion_confint).
 */
interface Paired {
  n: number;
  both: number;
  b: number;
  c: number;
  neither: number;
  exact: { statistic: number; p: number };
  chiSquare: { statistic: number; p: number } | null;
  selectedToNot: [number, number] | null;
  notToSelected: [number, number] | null;
}
const fx = loadFixture<{ overall: Paired; attributes: Record<string, Record<string, Paired>> }>('candidate_paired');

function expectPaired(g: CandidateGroupChange, x: Paired): void {
  expect([g.n, g.both, g.baselineOnly, g.candidateOnly, g.neither]).toEqual([x.n, x.both, x.b, x.c, x.neither]);
  expectClose(g.mcnemar!.statistic, x.exact.statistic, 0, 0, 'exact statistic');
  expectClose(g.mcnemar!.pValue, x.exact.p, 1e-12, 1e-15, 'exact p');
  if (x.chiSquare === null) expect(g.mcnemar!.chiSquare).toBeNull();
  else {
    expectClose(g.mcnemar!.chiSquare!.statistic, x.chiSquare.statistic, 1e-12, 0, 'chi-square statistic');
    expectClose(g.mcnemar!.chiSquare!.pValue, x.chiSquare.p, 1e-12, 1e-15, 'chi-square p');
  }
  for (const [mine, theirs] of [[g.selectedToNot.interval, x.selectedToNot], [g.notToSelected.interval, x.notToSelected]] as const) {
    if (theirs === null) expect(mine).toBeUndefined();
    else for (let i = 0; i < 2; i++) expectClose(mine![i]!, theirs[i]!, 1e-12, 1e-15, 'Wilson');
  }
}

describe('--candidate model_b on the marketing file against statsmodels', () => {
  it('paired counts, McNemar (exact and corrected chi-square) and the flip rates\' Wilson intervals of every group', async () => {
    const config = configFrom({ columns: { prediction: 'targeted', candidate: 'model_b' }, groups: ['gender', 'region'] });
    const file = path.join(ROOT, 'fixtures/marketing/data.csv');
    const input = { name: 'data.csv', path: file, open: () => { throw new Error('the file path is used'); } };
    const result = await runAudit(config, { input, threads: 1, tool: { name: 'fairgate', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' });
    const section = result.candidate!;
    expectPaired(section.overallChange, fx.overall);
    for (const a of section.changes) {
      const expected = fx.attributes[a.name]!;
      expect(a.groups.map((g) => g.key).sort()).toEqual(Object.keys(expected).sort());
      for (const g of a.groups) expectPaired(g, expected[g.key]!);
    }
  });
});
