import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/model/audit-result.js';
import { findingSentence } from '../../src/render/prose/finding-sentence.js';
import { REPORTERS } from '../../src/render/reporters/index.js';
import { auditCsv, csvOf } from '../helpers/csv-audit.js';
import { assertValidResult } from '../helpers/report-schema.js';

/** Ranked outputs (--rank) and score cut-offs (--top-k) in every human format. */
const ctx = { isColor: false };
const render = (result: AuditResult) => Object.fromEntries(Object.entries(REPORTERS).map(([format, reporter]) => [format, reporter(result, ctx)])) as Record<keyof typeof REPORTERS, string>;

// One list of four: A at ranks 1 and 4, B at 2 and 3. Exposure 1/log2(1 + rank):
// A (1 + 1/log2 5) / 2 = 0.7153, B (1/log2 3 + 1/2) / 2 = 0.5655; B's exposure ratio 0.7905.
const RANKED = csvOf(['g', 'r', 'y'], [['A', 1, 1], ['B', 2, 1], ['B', 3, 0], ['A', 4, 0]]);
const exposure = { A: (1 + 1 / Math.log2(5)) / 2, B: (1 / Math.log2(3) + 1 / 2) / 2 };

describe('ranked outputs in every format', async () => {
  const result = await auditCsv(RANKED, { columns: { rank: 'r', label: 'y' }, groups: ['g'], k: 2, minGroupSize: 1, rules: ['exposure_ratio>=0.8 require=point'] });
  const out = render(result);

  it('reads the exposure ratio as a share of the reference\'s exposure, the two exposures as plain numbers', () => {
    assertValidResult(result);
    const b = result.findings.find((f) => f.group === 'B')!;
    expect(b.value).toBeCloseTo(exposure.B / exposure.A, 12);
    expect(findingSentence(b, result, 'plain')).toBe(`The mean position-discounted exposure of B (g) was ${(100 * exposure.B / exposure.A).toFixed(1)} % of that of A (${exposure.B.toFixed(3)} vs ${exposure.A.toFixed(3)}); the rule requires at least 80 %.`);
  });

  it('shows the exposures, shares and selection at k in the headline tables of Markdown and HTML', () => {
    expect(out.markdown).toContain('| group | n | exposure | exp. share | row share | sel@k | exp. ratio | verdict |');
    expect(out.markdown).toContain(`| B | 2 | ${exposure.B.toFixed(3)} | ${(exposure.B / (exposure.A + exposure.B)).toFixed(3)} | 0.500 | 0.500 (`);
    expect(out.html).toContain('<th scope="col" class="num"><abbr title="mean position-discounted exposure">exposure</abbr></th>');
  });

  it('describes the ranked lists in the method (Markdown, HTML) and above the terminal table', () => {
    const fact = 'rank column r (1 = top), one list, 4 ranked rows; exposure = 1/log2(1 + rank); selection at k with k = 2';
    expect(out.markdown).toContain(`- Ranked lists: ${fact}`);
    expect(out.html).toContain(`<dt>Ranked lists</dt><dd>${fact}</dd>`);
    expect(out.table).toContain(`Ranked lists: ${fact}`);
  });

  it('draws the exposure share beside the row share and the relevant share, with the values in the chart description', () => {
    const chart = out.html.match(/<svg[^>]*aria-label="Share of exposure[\s\S]*?<\/svg>/)?.[0];
    expect(chart).toBeDefined();
    expect(chart).toContain('<title id="attr-1-exp-title">Share of exposure against share of ranked rows and of relevant rows by g</title>');
    expect(chart).toMatch(/B: exposure share 44\.1 % ✗ fail, row share 50\.0 %, relevant share 50\.0 %/);
  });

  it('CSV: the rows ranked in the top k per group', () => {
    const [head, ...rows] = out.csv.trimEnd().split('\r\n').map((l) => l.split(','));
    expect(rows.map((r) => [r[1], r[head!.indexOf('atK')]])).toEqual([['(overall)', '2'], ['A', '1'], ['B', '1']]);
  });
});

describe('a decision from the scores (--top-k) in every format', async () => {
  // scores 0.9, 0.8, 0.8, 0.1: the top 2 include both rows tied at 0.8, so 3 are selected
  const scored = csvOf(['g', 's'], [['A', 0.9], ['A', 0.8], ['B', 0.8], ['B', 0.1]]);
  const result = await auditCsv(scored, { columns: { score: 's' }, groups: ['g'], topK: 2, minGroupSize: 1, rules: ['disparate_impact>=0.8'] });
  const out = render(result);

  it('says how the cut-off made the decision, ties included', () => {
    const fact = 'the 2 highest scores of 4 rows: score ≥ 0.8000 selected, 3 rows, 2 rows tied at the cut-off, all selected';
    expect(out.markdown).toContain(`- Decision from the scores: ${fact}`);
    expect(out.html).toContain(`<dt>Decision from the scores</dt><dd>${fact}</dd>`);
    expect(out.table).toContain(`Decision from the scores: ${fact}`);
    expect(out.markdown).toContain('> **Note:** 2 rows share the cut-off score 0.8; all are selected, so 3 rows are selected for k = 2');
  });
});
