import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/reporters/markdown.js';
import { BASIC, HOSTILE_NAMES, makeResult, resultWithGroupNames } from '../helpers/make-result.js';

const ctx = { isColor: false };

/** The rows of the first GFM table after a heading: cells split on unescaped pipes. */
function tableAfter(md: string, heading: string): string[][] {
  const lines = md.slice(md.indexOf(heading)).split('\n');
  const start = lines.findIndex((l) => l.startsWith('| '));
  const rows: string[][] = [];
  for (let i = start; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!.slice(2, -2).split(/(?<!\\) \| /));
  return rows;
}

describe('Markdown reporter', () => {
  it('matches the snapshot (time fixed)', async () => {
    await expect(renderMarkdown(makeResult(BASIC), ctx)).toMatchFileSnapshot('__snapshots__/basic.md');
  });

  it('leads with the verdict and states failures as sentences with their numbers', () => {
    const md = renderMarkdown(makeResult(BASIC), ctx);
    expect(md.split('\n')[0]).toBe('## ✗ Fairness audit of decisions.csv: FAIL — 3 of 12 checks failed');
    // Female 50/200 = 25.0 % vs Male 90/200 = 45.0 % → 55.6 %
    const stats = (unit: string) => String.raw`; 95 % CI -?[\d.]+(${unit})?(–| to )-?[\d.]+${unit}; (not )?statistically significant`;
    expect(md).toMatch(new RegExp(String.raw`\n- ✗ Female \(gender\) was targeted at 55\.6 % of the rate of Male \(25\.0 % vs 45\.0 %${stats(' %')}\); the four-fifths rule requires at least 80 %\.\n`));
    // TPR 30/60 = 50.0 % vs 50/70 = 71.4 % → 21.4 points below
    expect(md).toMatch(new RegExp(String.raw`\n- ! The true positive rate of Female \(gender\) was 21\.4 points below that of Male \(50\.0 % vs 71\.4 %${stats(' points')}\); the rule requires a gap of at most 10 points either way, but the breach is not statistically significant at α = 0\.05, so this is a warning, not a failure\.\n`));
    expect(md).toContain('<summary>Checks without a verdict, each in words (4)</summary>');
    expect(md).toContain('No verdict for Unknown (gender) on disparate\\_impact&gt;=0.8: 10 rows, fewer than the minimum of 30.');
  });

  it('keeps every group table rectangular and every hostile name inert', () => {
    const md = renderMarkdown(resultWithGroupNames(HOSTILE_NAMES), ctx);
    const rows = tableAfter(md, '### group');
    expect(rows).toHaveLength(2 + HOSTILE_NAMES.length);
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
    expect(md).not.toMatch(/<script|<img|@team|(?<!\\)\]\(http/);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(md).toContain('a\\|b \\*\\*bold\\*\\* \\[link\\](http&#58;//x) &#64;<!-- -->team &#35;1');
  });

  it('ends with method and provenance, including the resolved configuration', () => {
    const md = renderMarkdown(makeResult(BASIC), ctx);
    expect(md).toMatch(/<summary>Method<\/summary>[\s\S]*four-fifths rule[\s\S]*<summary>Provenance<\/summary>/);
    expect(md).toContain('| Input SHA-256 | abababababababababababababababababababababababababababababababab |');
    expect(md).toContain('| Rows left out (reason) | 3 empty label |');
    expect(md).toMatch(/```yaml\n[\s\S]*minGroupSize: 30[\s\S]*```/);
  });
});
